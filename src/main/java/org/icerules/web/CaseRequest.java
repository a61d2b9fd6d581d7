package org.icerules.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.InputException;
import org.icerules.model.Scenario;
import org.icerules.report.Json;
import org.icerules.scenario.ScenarioLoader;
import org.icerules.yaml.DidYouMean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case as the JSON API takes it: the date, the facts and the interpretations under the same
 * names and values as a scenario file, optionally its place ({@code jurisdiction}: the regimes asked
 * by default are that place's, as for {@code run}; default the rules folder's), and optionally the regimes to ask (and, for explain,
 * one regime and one action). A fact may be {@code "unknown"}, as in a file: the answers are then
 * contingent ({@code unknown} names those facts). The case part is checked by the scenario loader itself, so the
 * web and the files accept exactly the same things and say the same when they don't.
 */
record CaseRequest(Case facts, Map<String, String> readings, List<String> regimes, String regime, Action action,
                   Set<String> unknown, String jurisdiction) {
    private static final Set<String> CASE_KEYS = Set.of("date", "jurisdiction", "facts", "interpretations");

    /**
     * @param needsCell whether {@code regime} and {@code action} are required (explain) or refused (evaluate)
     */
    static CaseRequest parse(ObjectNode body, RegimeCatalog catalog, ScenarioLoader loader, boolean needsCell) {
        List<String> allowed = new ArrayList<>(List.of("date", "jurisdiction", "facts", "interpretations", "regimes"));
        if (needsCell) {
            allowed.addAll(List.of("regime", "action"));
        }
        body.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw ApiError.badRequest(k, "unknown key '" + k + "'" + DidYouMean.hint(k, allowed)
                        + "; allowed: " + String.join(", ", allowed));
            }
        });
        Scenario s = scenario(body, loader);
        List<String> regimes = regimes(body.get("regimes"), catalog);
        String regime = null;
        Action action = null;
        if (needsCell) {
            regime = text(body, "regime");
            if (catalog.find(regime).isEmpty()) {
                throw ApiError.badRequest("regime", "unknown regime '" + regime + "'"
                        + DidYouMean.hint(regime, catalog.ids()) + "; known: " + String.join(", ", catalog.ids()));
            }
            String actionId = text(body, "action");
            action = catalog.vocabulary().action(actionId);
            if (action == null) {
                throw ApiError.badRequest("action", "unknown action '" + actionId + "'"
                        + DidYouMean.hint(actionId, catalog.vocabulary().actionIds()) + "; known: "
                        + String.join(", ", catalog.vocabulary().actionIds()));
            }
        }
        // the place as named (null: the default), so a link or receipt names it only when the request did
        String place = body.has("jurisdiction") ? s.jurisdiction() : null;
        return new CaseRequest(s.facts(), s.readings(), regimes, regime, action, s.unknown(), place);
    }

    /** The case part, validated as a one-scenario file would be (JSON is YAML). */
    private static Scenario scenario(ObjectNode body, ScenarioLoader loader) {
        ObjectNode doc = Json.object();
        doc.put("id", "request");
        body.fields().forEachRemaining(e -> {
            if (CASE_KEYS.contains(e.getKey())) {
                doc.set(e.getKey(), e.getValue());
            }
        });
        try {
            List<Scenario> parsed = loader.loadText(doc.toString(), "request", "request");
            return parsed.get(0);
        } catch (InputException e) {
            throw ApiError.of(e);
        }
    }

    private static List<String> regimes(JsonNode node, RegimeCatalog catalog) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiError.badRequest("regimes", "expected a list of regime ids, found " + kind(node));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String field = "regimes[" + i + "]";
            if (!item.isTextual()) {
                throw ApiError.badRequest(field, "expected a regime id, found " + kind(item));
            }
            String id = item.asText();
            if (catalog.find(id).isEmpty()) {
                throw ApiError.badRequest(field, "unknown regime '" + id + "'"
                        + DidYouMean.hint(id, catalog.ids()) + "; known: " + String.join(", ", catalog.ids()));
            }
            out.add(id);
        }
        return List.copyOf(out);
    }

    private static String text(ObjectNode body, String key) {
        JsonNode n = body.get(key);
        if (n == null || n.isNull()) {
            throw ApiError.badRequest(key, "is required");
        }
        if (!n.isTextual()) {
            throw ApiError.badRequest(key, "expected text, found " + kind(n));
        }
        return n.asText();
    }

    static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
