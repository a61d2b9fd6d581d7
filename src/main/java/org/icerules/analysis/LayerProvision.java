package org.icerules.analysis;

import org.icerules.model.Provision;
import org.icerules.model.Status;

/** A provision of one layer and what it says of the action: the unit a combined answer cites. */
public record LayerProvision(String regime, String regimeShort, String level, Provision provision, Status status) {

    /** "ordinance 2017: D.R.M.C. § 28-253" */
    public String display() {
        return regimeShort + ": " + provision.cite();
    }
}
