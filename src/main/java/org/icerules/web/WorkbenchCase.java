package org.icerules.web;

import org.icerules.model.Scenario;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A request's case as the scenario the reports are written for, and as the workbench link that
 * reproduces it (a relative address: it works on whichever host serves the workbench).
 */
final class WorkbenchCase {
    static final String ID = "case";

    private WorkbenchCase() {
    }

    static Scenario scenario(CaseRequest req) {
        return new Scenario(ID, "the case from the workbench", req.facts().date(), null, null, req.facts(),
                req.readings(), Map.of(), link(req), 0, req.unknown(), Map.of(), req.jurisdiction());
    }

    /** {@code ?date=…&fact=value…&switch=value}: only what differs from the defaults, as the page writes it. */
    static String link(CaseRequest req) {
        StringBuilder b = new StringBuilder("?date=").append(req.facts().date());
        Map<String, String> facts = req.facts().vocabulary().toWire(req.facts());
        Map<String, String> defaults = req.facts().vocabulary().toWire(req.facts().vocabulary().defaults(req.facts().date()));
        facts.forEach((k, v) -> {
            String value = req.unknown().contains(k) ? "unknown" : v;
            if (!value.equals(defaults.get(k))) {
                b.append('&').append(enc(k)).append('=').append(enc(value));
            }
        });
        req.readings().forEach((k, v) -> b.append('&').append(enc(k)).append('=').append(enc(v)));
        if (req.jurisdiction() != null) {
            b.append("&jurisdiction=").append(enc(req.jurisdiction()));
        }
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
