package org.icerules.web;

import org.icerules.analysis.Contingent;
import org.icerules.analysis.ContingentVerdict;
import org.icerules.report.ContingentJson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.report.Json;
import org.icerules.report.JsonShapes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The answer to POST /api/evaluate: every chosen regime × every action, with the verdicts in
 * the shape of {@code run --format json}, and the actions on which the regimes disagree.
 */
final class Matrix {
    private Matrix() {
    }

    static ObjectNode evaluate(Evaluator evaluator, CaseRequest req) {
        List<CompiledRegime> regimes = evaluator.catalog().select(req.regimes());
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, String> inForce = new TreeMap<>();
        for (CompiledRegime r : regimes) {
            verdicts.addAll(evaluator.evaluate(r, req.facts(), req.readings()));
            inForce.putAll(Evaluator.readingsFor(r, req.readings()));
        }
        ObjectNode root = Json.object();
        JsonShapes.putCase(root, req.facts(), inForce);
        root.set("regimes", Json.strings(regimes.stream().map(CompiledRegime::id).toList()));
        root.set("actions", Json.strings(req.facts().vocabulary().actionIds()));
        ArrayNode vs = Json.array();
        if (req.unknown().isEmpty()) {
            root.set("verdicts", JsonShapes.verdicts(verdicts));
            root.set("differing", Json.strings(differing(verdicts)));
            return root;
        }
        // facts unknown: every verdict contingent, "depends" where the unknowns decide
        root.set("unknown", Json.strings(req.unknown()));
        Contingent contingent = new Contingent(evaluator);
        Map<Action, Set<String>> statuses = new java.util.TreeMap<>(); // in vocabulary order
        for (Verdict v : verdicts) {
            ContingentVerdict cv = contingent.verdict(evaluator.catalog().get(v.regime()), v.action(), req.facts(),
                    req.readings(), req.unknown());
            ObjectNode n = ContingentJson.verdict(cv, v, req.unknown());
            statuses.computeIfAbsent(v.action(), a -> new java.util.TreeSet<>()).add(n.get("status").asText());
            vs.add(n);
        }
        root.set("verdicts", vs);
        List<String> differing = new ArrayList<>();
        statuses.forEach((a, s) -> {
            if (s.size() > 1) {
                differing.add(a.id());
            }
        });
        root.set("differing", Json.strings(differing));
        return root;
    }

    /** The actions, in action order, whose status is not the same under every regime evaluated. */
    static List<String> differing(List<Verdict> verdicts) {
        Map<Action, Set<Status>> seen = new java.util.TreeMap<>(); // in vocabulary order
        for (Verdict v : verdicts) {
            seen.computeIfAbsent(v.action(), a -> EnumSet.noneOf(Status.class)).add(v.status());
        }
        List<String> out = new ArrayList<>();
        seen.forEach((a, statuses) -> {
            if (statuses.size() > 1) {
                out.add(a.id());
            }
        });
        return out;
    }
}
