package org.icerules.batch;

import org.icerules.engine.Evaluator;
import org.icerules.law.CombinedAnswer;
import org.icerules.law.LawAnswer;
import org.icerules.law.LawInForce;
import org.icerules.law.LayerProvision;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.regime.CompiledRegime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What is asked of every row: each regime (as a hypothesis) or the law in force on the row's
 * date, on each action chosen. Thread-safe: the evaluator's memo is a concurrent map and its
 * reused sessions are one per thread ({@code engine.fast}).
 */
public final class BatchQuestions {
    private final Evaluator evaluator;
    private final List<CompiledRegime> regimes;
    private final List<Action> actions;
    private final Map<String, String> readings;
    private final LawInForce law;
    private final String jurisdiction;
    private final List<String> include;

    private BatchQuestions(Evaluator evaluator, List<CompiledRegime> regimes, List<Action> actions,
                           Map<String, String> readings, LawInForce law, String jurisdiction, List<String> include) {
        this.evaluator = evaluator;
        this.regimes = List.copyOf(regimes);
        this.actions = List.copyOf(actions);
        this.readings = Map.copyOf(readings);
        this.law = law;
        this.jurisdiction = jurisdiction;
        this.include = include == null ? List.of() : List.copyOf(include);
    }

    /** Each regime as a hypothesis, whatever the row's date says of whether it was law. */
    public static BatchQuestions regimes(Evaluator evaluator, List<CompiledRegime> regimes, List<Action> actions,
                                         Map<String, String> readings) {
        return new BatchQuestions(evaluator, regimes, actions, readings, null, null, null);
    }

    /** The layers in force in the place on each row's date, combined into one answer per action. */
    public static BatchQuestions law(LawInForce law, String jurisdiction, List<String> include, List<Action> actions,
                                     Map<String, String> readings) {
        return new BatchQuestions(null, List.of(), actions, readings, law, jurisdiction, include);
    }

    public boolean isLaw() {
        return law != null;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    /** The columns of the summary: the regimes' ids, or the one answer of the law in force. */
    public List<String> columns() {
        return law != null ? List.of("law in force (" + jurisdiction + ")")
                : regimes.stream().map(CompiledRegime::id).toList();
    }

    public List<Action> actions() {
        return actions;
    }

    public Map<String, String> readings() {
        return readings;
    }

    /** The answers for one row. */
    public Answers ask(BatchCase c) {
        if (law != null) {
            return new Answers(null, law.answer(c.facts(), c.date(), jurisdiction, readings, include));
        }
        List<List<Verdict>> out = new ArrayList<>(regimes.size());
        for (CompiledRegime r : regimes) {
            out.add(evaluator.evaluate(r, c.facts(), readings));
        }
        return new Answers(out, null);
    }

    /** One row's answers, read per column and action (indexes into {@link #columns} and the action enum). */
    public static final class Answers {
        private final List<List<Verdict>> perRegime;
        private final LawAnswer law;

        Answers(List<List<Verdict>> perRegime, LawAnswer law) {
            this.perRegime = perRegime;
            this.law = law;
        }

        public Status status(int column, Action a) {
            return law != null ? law.answers().get(a.index()).status() : perRegime.get(column).get(a.index()).status();
        }

        /** The deciding layer(s) (law in force only), citation(s) and basis, each joined with "; ". */
        public String[] deciding(int column, Action a) {
            if (law != null) {
                CombinedAnswer ca = law.answers().get(a.index());
                return new String[]{join(ca.deciding().stream().map(LayerProvision::regime).distinct().toList()),
                        join(ca.deciding().stream().map(p -> p.provision().cite()).toList()),
                        join(ca.deciding().stream().map(p -> p.provision().basis().wire()).toList())};
            }
            List<Provision> ps = perRegime.get(column).get(a.index()).provisions();
            return new String[]{null, join(ps.stream().map(Provision::cite).toList()),
                    join(ps.stream().map(p -> p.basis().wire()).toList())};
        }

        private static String join(List<String> parts) {
            return parts.stream().collect(Collectors.joining("; "));
        }
    }
}
