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
import org.icerules.report.WhySentence;
import org.icerules.report.StandingWords;
import org.icerules.law.LawInForce;

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

    /** The regimes named, else those of the case's place (and the places containing it). */
    static ObjectNode evaluate(Evaluator evaluator, org.icerules.law.Places places, CaseRequest req) {
        List<CompiledRegime> regimes = places.select(req.regimes(), req.jurisdiction());
        List<Verdict> verdicts = evaluator.evaluateAll(regimes, req.facts(), req.readings());
        Map<String, String> inForce = new TreeMap<>();
        for (CompiledRegime r : regimes) {
            inForce.putAll(Evaluator.readingsFor(r, req.readings()));
        }
        ObjectNode root = Json.object();
        JsonShapes.putCase(root, req.facts(), inForce);
        root.set("regimes", Json.strings(regimes.stream().map(CompiledRegime::id).toList()));
        root.set("actions", Json.strings(req.facts().vocabulary().actionIds()));
        // each column's standing on the date, as run --format json gives it (the page marks those not in force)
        root.set("standing", JsonShapes.standing(regimes.stream().map(CompiledRegime::regime).toList(),
                req.facts().date()));
        // and in the words of the run table's column marks and legend (empty when in force)
        ObjectNode marks = Json.object();
        ObjectNode notes = Json.object();
        for (CompiledRegime r : regimes) {
            marks.put(r.id(), StandingWords.mark(StandingWords.standing(r.regime(), req.facts().date())));
            notes.put(r.id(), StandingWords.legend(r.regime(), req.facts().date()));
        }
        root.set("standingMarks", marks);
        root.set("standingNotes", notes);
        ArrayNode vs = Json.array();
        if (req.unknown().isEmpty()) {
            WhySentence why = Words.of(evaluator.catalog()).why();
            ArrayNode known = JsonShapes.verdicts(verdicts);
            for (int i = 0; i < verdicts.size(); i++) {
                ((ObjectNode) known.get(i)).put("whySentence", why.of(verdicts.get(i)));
            }
            root.set("verdicts", known);
            root.set("differing", Json.strings(differing(verdicts)));
            // among the regimes in force that speak: a layer's silence leaves the others' answer standing
            root.set("differingInForce", Json.strings(differing(verdicts.stream()
                    .filter(v -> v.status() != Status.SILENT
                            && LawInForce.inForce(evaluator.catalog().get(v.regime()).regime(), req.facts().date()))
                    .toList())));
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
        root.set("differingInForce", Json.strings(differingInForce(vs, evaluator, req)));
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

    /** With facts unknown: the actions whose (contingent) status differs among the regimes in force on the date that speak. */
    private static List<String> differingInForce(ArrayNode vs, Evaluator evaluator, CaseRequest req) {
        Map<String, Set<String>> seen = new java.util.LinkedHashMap<>();
        req.facts().vocabulary().actionIds().forEach(a -> seen.put(a, new java.util.TreeSet<>()));
        for (var n : vs) {
            if (!n.get("status").asText().equals(Status.SILENT.wire())
                    && LawInForce.inForce(evaluator.catalog().get(n.get("regime").asText()).regime(), req.facts().date())) {
                seen.get(n.get("action").asText()).add(n.get("status").asText());
            }
        }
        return seen.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }
}
