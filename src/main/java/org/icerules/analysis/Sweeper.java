package org.icerules.analysis;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code sweep}: a case under every combination of the readings its regimes offer. A regime
 * sees only its own switches, so each regime is swept over its own combinations; the verdicts
 * that change are reported with the switches that change them.
 */
public final class Sweeper {
    private final Evaluator evaluator;

    public Sweeper(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The scenario's own readings do not matter here: every reading of every switch is tried. */
    public SweepResult sweep(Case facts, List<CompiledRegime> regimes) {
        evaluator.prepare(regimes);
        List<SwitchSpec> all = new ArrayList<>();
        long combinations = 1;
        int verdicts = 0;
        List<SweepResult.Varying> varying = new ArrayList<>();
        for (CompiledRegime regime : regimes) {
            List<SwitchSpec> switches = regime.regime().switches();
            all.addAll(switches);
            for (SwitchSpec s : switches) {
                combinations = Math.multiplyExact(combinations, s.values().size());
            }
            List<Map<String, String>> combos = combinations(switches);
            List<List<Verdict>> byCombo = new ArrayList<>();
            for (Map<String, String> combo : combos) {
                byCombo.add(evaluator.evaluate(regime, facts, combo));
            }
            for (Action a : regime.vocabulary().actions()) {
                verdicts++;
                List<SweepResult.Variant> variants = new ArrayList<>();
                for (int i = 0; i < combos.size(); i++) {
                    variants.add(new SweepResult.Variant(combos.get(i), byCombo.get(i).get(a.index())));
                }
                if (variants.stream().map(v -> answer(v.verdict())).distinct().count() > 1) {
                    List<String> dependsOn = dependsOn(switches, variants);
                    varying.add(new SweepResult.Varying(regime.id(), a, dependsOn, collapse(variants, dependsOn)));
                }
            }
        }
        return new SweepResult(List.copyOf(all), combinations, verdicts, varying);
    }

    /** Every combination of the switches' values, the first switch turning slowest. */
    static List<Map<String, String>> combinations(List<SwitchSpec> switches) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new TreeMap<>());
        for (SwitchSpec s : switches) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : s.values()) {
                    Map<String, String> m = new TreeMap<>(partial);
                    m.put(s.name(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    /** What a reader would see change: the status, the deciding provisions, the notes. */
    static List<Object> answer(Verdict v) {
        return List.of(v.status(), v.provisions(), v.notes());
    }

    /**
     * One variant per reading of the switches the verdict depends on, naming only those: the
     * answer cannot depend on the others (each of their changes alone leaves it as it is).
     */
    static List<SweepResult.Variant> collapse(List<SweepResult.Variant> variants, List<String> dependsOn) {
        Map<Map<String, String>, SweepResult.Variant> out = new LinkedHashMap<>();
        for (SweepResult.Variant v : variants) {
            Map<String, String> key = new TreeMap<>(v.readings());
            key.keySet().retainAll(dependsOn);
            out.putIfAbsent(key, new SweepResult.Variant(key, v.verdict()));
        }
        return List.copyOf(out.values());
    }

    /** The switches for which two combinations differing only in that switch give different answers. */
    static List<String> dependsOn(List<SwitchSpec> switches, List<SweepResult.Variant> variants) {
        List<String> out = new ArrayList<>();
        for (SwitchSpec s : switches) {
            Map<Map<String, String>, Object> seen = new LinkedHashMap<>();
            boolean depends = false;
            for (SweepResult.Variant v : variants) {
                Map<String, String> others = new TreeMap<>(v.readings());
                others.remove(s.name());
                Object prior = seen.putIfAbsent(others, answer(v.verdict()));
                if (prior != null && !prior.equals(answer(v.verdict()))) {
                    depends = true;
                }
            }
            if (depends) {
                out.add(s.name());
            }
        }
        return out;
    }
}
