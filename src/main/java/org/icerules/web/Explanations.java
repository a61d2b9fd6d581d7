package org.icerules.web;

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
        ObjectNode n = AnalysisJson.explanation(
                new Explainer(evaluator).explain(regime, req.action(), req.facts(), req.readings()));
        n.put("regimeTitle", regime.regime().title());
        return n;
    }
}
