package org.icerules.analysis;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Regime;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code compare}: the regime × action matrix of one scenario, and the actions on which the
 * regimes shown disagree.
 *
 * @param readings the switches of the regimes shown, with the reading in force
 * @param rows     action → the verdict of each regime, in regime order
 */
public record Comparison(Scenario scenario, List<Regime> regimes, Map<String, String> readings,
                         Map<Action, List<Verdict>> rows) {

    public static Comparison of(Evaluator evaluator, Scenario s, List<CompiledRegime> regimes,
                                Map<String, String> chosen) {
        Map<Action, List<Verdict>> rows = new java.util.TreeMap<>(); // in vocabulary order
        Map<String, String> inForce = new java.util.TreeMap<>();
        for (CompiledRegime r : regimes) {
            inForce.putAll(Evaluator.readingsFor(r, chosen));
        }
        for (Verdict v : evaluator.evaluateAll(regimes, s.facts(), chosen)) {
            rows.computeIfAbsent(v.action(), a -> new ArrayList<>()).add(v);
        }
        return new Comparison(s, regimes.stream().map(CompiledRegime::regime).toList(), inForce, rows);
    }

    /** True if the regimes shown give this action different statuses. */
    public boolean disagree(Action a) {
        Set<Status> statuses = new TreeSet<>();
        rows.get(a).forEach(v -> statuses.add(v.status()));
        return statuses.size() > 1;
    }

    /** True if some regime shown says something of this action (a status other than silent, or a provision). */
    public boolean anySaid(Action a) {
        return rows.get(a).stream().anyMatch(v -> v.status() != Status.SILENT || !v.provisions().isEmpty());
    }

    public List<Action> disagreeing() {
        return rows.keySet().stream().filter(this::disagree).toList();
    }
}
