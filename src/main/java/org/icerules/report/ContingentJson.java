package org.icerules.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.analysis.Condition;
import org.icerules.analysis.Contingency;
import org.icerules.analysis.ContingentVerdict;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Contingent answers as JSON, added beside the usual fields: a verdict whose status depends
 * says {@code "status": "depends"}, and every verdict given while facts are unknown carries a
 * {@code contingent} object (documented in the OpenAPI document).
 */
public final class ContingentJson {
    private ContingentJson() {
    }

    /** A verdict while facts are unknown: {@code atKnown} (the facts as given) when definite, else "depends". */
    public static ObjectNode verdict(ContingentVerdict v, Verdict atKnown, Collection<String> unknown) {
        ObjectNode n;
        if (v.isDefinite()) {
            n = JsonShapes.verdict(atKnown);
            // an unknown fact holds a placeholder in the case: say "unknown", never the placeholder
            ArrayNode because = Json.array();
            n.get("because").forEach(b -> {
                String line = b.asText();
                String fact = line.contains(" = ") ? line.substring(0, line.indexOf(" = ")) : line;
                because.add(unknown.contains(fact) ? fact + " = unknown" : line);
            });
            n.set("because", because);
        } else {
            n = Json.object();
            n.put("regime", v.regime());
            n.put("action", v.action().id());
            n.put("status", "depends");
            Map<String, Provision> all = new LinkedHashMap<>();
            v.answer().branches().forEach(b -> b.answer().provisions().forEach(p -> all.putIfAbsent(p.id(), p)));
            n.set("provisions", JsonShapes.provisions(all.values()));
            n.set("because", Json.array());
            n.set("overridden", Json.array());
            n.set("notes", Json.array());
        }
        n.set("contingent", contingency(v.answer(), unknown, Verdict::provisions));
        return n;
    }

    /** The body: unknown, matters, whatever, cases, branches (status, provisions, when, cases). */
    public static <T> ObjectNode contingency(Contingency<T> c, Collection<String> unknown,
                                             Function<T, List<Provision>> provisions) {
        ObjectNode n = Json.object();
        n.put("status", c.isDefinite() ? c.status().wire() : "depends");
        n.set("unknown", Json.strings(unknown));
        ArrayNode matters = Json.array();
        for (Contingency.Decider d : c.matters()) {
            ObjectNode m = Json.object();
            m.put("fact", d.fact());
            m.put("remainingBits", Math.round(d.remainingBits() * 1000) / 1000.0);
            m.set("byValue", Json.strings(d.byValue()));
            matters.add(m);
        }
        n.set("matters", matters);
        List<String> whatever = new ArrayList<>(c.idle());
        whatever.addAll(c.unread());
        n.set("whatever", Json.strings(whatever));
        n.put("cases", c.cases());
        ArrayNode branches = Json.array();
        for (Contingency.Branch<T> b : c.branches()) {
            ObjectNode bn = Json.object();
            bn.put("status", b.status().wire());
            bn.set("provisions", JsonShapes.provisions(provisions.apply(b.answer())));
            ArrayNode when = Json.array();
            for (List<Condition> pattern : b.patterns()) {
                when.add(Json.strings(pattern.stream().map(Condition::text).toList()));
            }
            bn.set("when", when);
            bn.put("cases", b.cases());
            branches.add(bn);
        }
        n.set("branches", branches);
        return n;
    }
}
