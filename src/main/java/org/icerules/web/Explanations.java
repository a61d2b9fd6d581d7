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
import org.icerules.report.StandingWords;

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
        org.icerules.analysis.Explanation e = new Explainer(evaluator).explain(regime, req.action(), req.facts(),
                req.readings());
        ObjectNode n = AnalysisJson.explanation(e);
        n.put("regimeTitle", regime.regime().title());
        // as explain --format json says them: the regime's standing on the date and the why in plain words
        n.put("standing", regime.regime().validity().standingOn(req.facts().date()).wire());
        n.put("standingNote", StandingWords.legend(regime.regime(), req.facts().date()));
        n.put("whySentence", Words.of(evaluator.catalog()).why().of(e.verdict()));
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
