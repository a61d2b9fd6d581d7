package org.icerules.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.engine.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.model.Provision;
import org.icerules.model.Regime;
import org.icerules.model.Verdict;
import org.icerules.report.Json;

import java.util.List;

/** The answer to POST /api/explain: one cell of the matrix, with everything a reader needs to check it. */
final class Explanations {
    private Explanations() {
    }

    static ObjectNode explain(Evaluator evaluator, CaseRequest req) {
        CompiledRegime regime = evaluator.catalog().get(req.regime());
        Verdict v = evaluator.evaluate(regime, req.action(), req.facts(), req.readings());
        Regime r = regime.regime();
        ObjectNode root = Json.object();
        root.put("regime", r.id());
        root.put("regimeTitle", r.title());
        root.put("action", req.action().id());
        root.put("question", "May the city " + req.action().question() + "?");
        root.put("status", v.status().wire());
        root.set("interpretations", Json.stringMap(Evaluator.readingsFor(regime, req.readings())));
        root.set("provisions", provisions(v.provisions()));
        root.set("because", Json.strings(v.because()));
        root.set("overridden", provisions(v.overridden()));
        root.set("notes", Json.strings(v.notes()));
        root.set("verdict", Json.verdict(v));
        return root;
    }

    /** Provisions with everything the regimes page shows: citation, basis, source and summary. */
    static ArrayNode provisions(List<Provision> ps) {
        ArrayNode a = Json.array();
        for (Provision p : ps) {
            ObjectNode n = Json.provision(p);
            n.put("source", p.source());
            n.put("summary", p.summary());
            a.add(n);
        }
        return a;
    }
}
