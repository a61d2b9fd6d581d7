package org.icerules.model.law;

import java.util.List;

/**
 * One value of a switch, documented: what it means, who holds that reading (a court, an agency,
 * a party) and the public sources for it.
 */
public record SwitchReading(String value, String meaning, String heldBy, List<String> sources) {
}
