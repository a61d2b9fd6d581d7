package org.icerules.analysis;

import org.icerules.engine.Evaluator;
import org.icerules.model.Scenario;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.regime.CompiledRegime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a scenario's {@code expect}. With every fact known, a status is the verdict's. With
 * some unknown, a status must hold whatever they are, and {@code depends} must not — and, when
 * it names facts, exactly those must be the ones that change the answer.
 */
public final class ExpectationCheck {
    /** One expectation that did not hold. */
    public record Failure(String regime, Action action, String expected, String got) {
    }

    /** How many expectations were checked and which failed. */
    public record Result(int checked, List<Failure> failures) {
    }

    private final Evaluator evaluator;
    private final Contingent contingent;

    public ExpectationCheck(Evaluator evaluator) {
        this.evaluator = evaluator;
        this.contingent = new Contingent(evaluator);
    }

    /** Every expectation of the scenario for the regimes {@code wanted} accepts. */
    public Result check(Scenario s, Map<String, String> readings, Predicate<String> wanted) {
        int checked = 0;
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<String, Map<Action, Status>> e : s.expect().entrySet()) {
            if (!wanted.test(e.getKey())) {
                continue;
            }
            CompiledRegime regime = evaluator.catalog().get(e.getKey());
            for (Map.Entry<Action, Status> x : e.getValue().entrySet()) {
                checked++;
                String got = got(regime, x.getKey(), s, readings, x.getValue());
                if (got != null) {
                    failures.add(new Failure(e.getKey(), x.getKey(), x.getValue().wire(), got));
                }
            }
        }
        for (Map.Entry<String, Map<Action, Set<String>>> e : s.expectDepends().entrySet()) {
            if (!wanted.test(e.getKey())) {
                continue;
            }
            CompiledRegime regime = evaluator.catalog().get(e.getKey());
            for (Map.Entry<Action, Set<String>> x : e.getValue().entrySet()) {
                checked++;
                ContingentVerdict v = contingent.verdict(regime, x.getKey(), s.facts(), readings, s.unknown());
                boolean ok = !v.isDefinite() && (x.getValue().isEmpty()
                        || Set.copyOf(v.answer().matterNames()).equals(x.getValue()));
                if (!ok) {
                    String expected = "depends" + (x.getValue().isEmpty() ? "" : " on " + String.join(", ", x.getValue()));
                    failures.add(new Failure(e.getKey(), x.getKey(), expected, describe(v)));
                }
            }
        }
        return new Result(checked, List.copyOf(failures));
    }

    /** What was found instead of {@code expected}, or null when it holds. */
    private String got(CompiledRegime regime, Action action, Scenario s, Map<String, String> readings, Status expected) {
        if (!s.hasUnknowns()) {
            Verdict v = evaluator.evaluate(regime, action, s.facts(), readings);
            return v.status() == expected ? null
                    : v.status().wire() + (v.provisions().isEmpty() ? "" : " (" + v.provisions().get(0).cite() + ")");
        }
        ContingentVerdict v = contingent.verdict(regime, action, s.facts(), readings, s.unknown());
        return v.isDefinite() && v.answer().status() == expected ? null : describe(v);
    }

    /** "forbidden whatever the warrant", "depends on warrant". */
    static String describe(ContingentVerdict v) {
        Contingency<Verdict> c = v.answer();
        if (c.isDefinite()) {
            String w = c.whatever();
            return c.status().wire() + (w.isEmpty() ? "" : " " + w);
        }
        return "depends on " + String.join(", ", c.matterNames());
    }
}
