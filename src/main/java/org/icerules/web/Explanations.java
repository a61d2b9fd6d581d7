package org.icerules.web;

import org.icerules.analysis.Contingent;
import org.icerules.analysis.ContingentVerdict;
import org.icerules.report.ContingentJson;
import org.icerules.report.Json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.analysis.Explainer;
import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.report.AnalysisJson;

/**
 * The answer to POST /api/explain: one cell of the matrix exactly as {@code explain --format
 * json} gives it (verdict; why: because, provisions, rules, overridden, exceptions not met;
 * why not), plus the regime's title for the page.
 */
final class Explanations {
    private Explanations() {
    }

    static ObjectNode explain(Evaluator evaluator, CaseRequest req) {
        CompiledRegime regime = evaluator.catalog().get(req.regime());
        if (!req.unknown().isEmpty()) {
            return contingent(evaluator, regime, req);
        }
        ObjectNode n = AnalysisJson.explanation(
                new Explainer(evaluator).explain(regime, req.action(), req.facts(), req.readings()));
        n.put("regimeTitle", regime.regime().title());
        return n;
    }

    /**
     * With facts unknown: the contingent answer (which unknowns matter, each answer and when it
     * holds), in the shape of {@code explain --format json} for such a scenario.
     */
    private static ObjectNode contingent(Evaluator evaluator, CompiledRegime regime, CaseRequest req) {
        ContingentVerdict cv = new Contingent(evaluator).verdict(regime, req.action(), req.facts(), req.readings(),
                req.unknown());
        ObjectNode n = Json.object();
        n.put("regime", regime.id());
        n.put("action", req.action().id());
        n.put("question", req.action().question());
        n.put("date", req.facts().date().toString());
        n.set("verdict", ContingentJson.verdict(cv,
                evaluator.evaluate(regime, req.action(), req.facts(), req.readings()), req.unknown()));
        n.set("contingent", n.get("verdict").get("contingent"));
        n.put("regimeTitle", regime.regime().title());
        return n;
    }
}
