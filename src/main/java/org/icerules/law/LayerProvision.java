package org.icerules.law;

import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Status;

/** A provision of one layer and what it says of the action: the unit a combined answer cites. */
public record LayerProvision(String regime, String regimeShort, String level, Provision provision, Status status) {

    /** "ordinance 2017: D.R.M.C. § 28-253" */
    public String display() {
        return regimeShort + ": " + provision.cite();
    }

    /** "ordinance 2017: D.R.M.C. § 28-253; 8 USC 1373: 8 U.S.C. § 1373(a)–(b), 8 U.S.C. § 1644" — one group per layer. */
    public static String joined(java.util.List<LayerProvision> ps) {
        java.util.Map<String, java.util.List<String>> byLayer = new java.util.LinkedHashMap<>();
        for (LayerProvision p : ps) {
            java.util.List<String> cites = byLayer.computeIfAbsent(p.regimeShort(), k -> new java.util.ArrayList<>());
            if (!cites.contains(p.provision().cite())) {
                cites.add(p.provision().cite());
            }
        }
        return byLayer.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
