package org.icerules.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.engine.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.model.FactSchema;
import org.icerules.model.Provision;
import org.icerules.model.Verdict;
import org.icerules.report.Json;

import java.util.List;

/**
 * The answer to POST /api/explain: one cell of the matrix, in the shape of {@code explain
 * --format json} (verdict; why: because, provisions, overridden), plus the regime's title for
 * the page.
 */
final class Explanations {
    private Explanations() {
    }

    static ObjectNode explain(Evaluator evaluator, CaseRequest req) {
        CompiledRegime regime = evaluator.catalog().get(req.regime());
        Verdict v = evaluator.evaluate(regime, req.action(), req.facts(), req.readings());
        ObjectNode n = Json.object();
        n.put("regime", regime.id());
        n.put("regimeTitle", regime.regime().title());
        n.put("action", req.action().id());
        n.put("question", "may the city " + req.action().question() + "?");
        n.put("date", req.facts().date().toString());
        n.set("facts", Json.stringMap(FactSchema.toWire(req.facts())));
        n.set("interpretations", Json.stringMap(Evaluator.readingsFor(regime, req.readings())));
        n.set("verdict", Json.verdict(v));
        ObjectNode why = Json.object();
        why.set("because", Json.strings(v.because()));
        why.set("provisions", provisions(v.provisions()));
        why.set("overridden", provisions(v.overridden()));
        n.set("why", why);
        return n;
    }

    /** Provisions with what a reader cites: citation, basis, source and summary. */
    static ArrayNode provisions(List<Provision> ps) {
        ArrayNode a = Json.array();
        for (Provision p : ps) {
            ObjectNode n = Json.provision(p);
            n.put("source", p.source());
            n.put("summary", p.summary().strip());
            a.add(n);
        }
        return a;
    }
}
