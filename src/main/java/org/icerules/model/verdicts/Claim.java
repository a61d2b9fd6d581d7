package org.icerules.model.verdicts;

import org.icerules.model.law.Provision;

/** One provision's status in a conflict: what it says, so both sides are shown. */
public record Claim(Provision provision, Status status) {
}
