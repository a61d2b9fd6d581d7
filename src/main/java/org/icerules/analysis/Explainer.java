package org.icerules.analysis;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code explain}: the verdict with the rules and provisions behind it ("why"), and every
 * smallest change of one or two facts — over the facts the regime's rules for that action
 * read, numbers and dates by bucket — that would flip the status ("why not").
 */
public final class Explainer {
    private final Evaluator evaluator;

    public Explainer(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public Explanation explain(CompiledRegime regime, Action action, Case facts, Map<String, String> readings) {
        Verdict verdict = evaluator.evaluate(regime, action, facts, readings);
        Set<String> fired = evaluator.firedRules(regime, facts, readings);
        Set<String> deciding = new TreeSet<>();
        verdict.provisions().forEach(p -> deciding.add(p.id()));
        Set<String> overridden = new TreeSet<>();
        verdict.overridden().forEach(p -> overridden.add(p.id()));
        List<RuleInfo> decidingRules = new ArrayList<>();
        List<RuleInfo> overruled = new ArrayList<>();
        List<RuleInfo> unmet = new ArrayList<>();
        Set<String> switchesRead = new TreeSet<>();
        for (RuleInfo r : regime.rulesFor(action)) {
            switchesRead.addAll(r.switches().keySet());
            if (!fired.contains(r.name()) && r.status() != null
                    && (r.overridesAll() || r.overrides().stream().anyMatch(deciding::contains))) {
                unmet.add(r);
            }
            if (!fired.contains(r.name()) || r.status() == null) {
                continue;
            }
            if (deciding.contains(r.provision())
                    && (verdict.status() == Status.CONFLICT || r.status() == verdict.status())) {
                decidingRules.add(r);
            } else if (overridden.contains(r.provision())) {
                overruled.add(r);
            }
        }
        return new Explanation(regime.regime(), action, facts, verdict, decidingRules, overruled, unmet,
                Evaluator.readingsFor(regime, readings), List.copyOf(switchesRead),
                whyNot(regime, action, facts, readings, verdict.status()));
    }

    /** One-fact changes that flip the status, then two-fact changes neither half of which flips it alone. */
    List<Counterfactual> whyNot(CompiledRegime regime, Action action, Case facts, Map<String, String> readings,
                                Status status) {
        FactSpace space = FactSpace.of(List.of(regime), action, facts, readings, false);
        List<Dimension> dims = space.dimensions();
        int[] at = space.locate(facts, readings);
        List<Counterfactual> out = new ArrayList<>();
        boolean[][] flips = new boolean[dims.size()][];
        for (int d = 0; d < dims.size(); d++) {
            flips[d] = new boolean[dims.get(d).size()];
            for (int v = 0; v < dims.get(d).size(); v++) {
                if (v == at[d]) {
                    continue;
                }
                Counterfactual c = tryChange(space, regime, action, facts, readings, status, new int[]{d}, new int[]{v});
                if (c != null) {
                    flips[d][v] = true;
                    out.add(c);
                }
            }
        }
        for (int d1 = 0; d1 < dims.size(); d1++) {
            for (int d2 = d1 + 1; d2 < dims.size(); d2++) {
                for (int v1 = 0; v1 < dims.get(d1).size(); v1++) {
                    for (int v2 = 0; v2 < dims.get(d2).size(); v2++) {
                        if (v1 == at[d1] || v2 == at[d2] || flips[d1][v1] || flips[d2][v2]) {
                            continue;
                        }
                        Counterfactual c = tryChange(space, regime, action, facts, readings, status,
                                new int[]{d1, d2}, new int[]{v1, v2});
                        if (c != null) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    private Counterfactual tryChange(FactSpace space, CompiledRegime regime, Action action, Case facts,
                                     Map<String, String> readings, Status status, int[] dims, int[] values) {
        Point p = space.change(facts, readings, dims, values);
        Verdict v = evaluator.evaluate(regime, action, p.facts(), p.readings());
        if (v.status() == status) {
            return null;
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < dims.length; i++) {
            Dimension dim = space.dimensions().get(dims[i]);
            Object before = switch (dim.kind()) {
                case FACT -> dim.fact().get(facts);
                case DATE -> facts.date();
                case SWITCH -> readings.get(dim.name());
            };
            changes.add(new Change(dim.label(), dim.format(before), dim.format(values[i]), dim.range(values[i])));
        }
        return new Counterfactual(List.copyOf(changes), v);
    }

    /** The provision a counterfactual would rest on, for one-line summaries. */
    public static String decidingCite(Verdict v) {
        List<Provision> ps = v.provisions();
        return ps.isEmpty() ? "no provision" : ps.get(0).cite();
    }
}
