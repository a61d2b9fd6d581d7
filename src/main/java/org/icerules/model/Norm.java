package org.icerules.model;

import java.util.List;

/**
 * What one fired rule concluded about one action: a status resting on a provision and, for
 * an exception, the provisions it overrides. A rule that only adds a note has a null status.
 */
public record Norm(String regime, Action action, Status status, String provision,
                   List<String> overrides, String note, String rule, List<String> because) {
}
