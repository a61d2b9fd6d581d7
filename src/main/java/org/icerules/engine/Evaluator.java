package org.icerules.engine;

import org.icerules.engine.fast.FastPath;
import org.icerules.engine.fast.FreshSession;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.InParallel;
import org.icerules.regime.RegimeCatalog;

/**
 * Runs a case through regimes: inserts the facts and the readings, fires the rules, and
 * hands what fired to the {@link Resolver}. Every command that enumerates goes through here,
 * so there is one source of truth for what a regime says.
 *
 * <p>By default a regime's verdicts are remembered per {@link FactKey} (the facts, number and
 * date thresholds and readings its rules can tell apart) and rules fire in a reused session;
 * {@link #plain} does neither — a fresh session for every case — and is the reference the fast
 * path is tested against over the whole fact space.
 */
public final class Evaluator {
    /** How verdicts are reached; all three give the same verdicts. */
    public enum Mode {
        /** A fresh session per case, nothing remembered: the reference. */
        PLAIN,
        /** One reused session per regime and thread, nothing remembered. */
        REUSED_SESSIONS,
        /** Verdicts remembered per fact key; reused sessions on a miss. The default. */
        REMEMBERED
    }

    private final RegimeCatalog catalog;
    private final Mode mode;

    public Evaluator(RegimeCatalog catalog) {
        this(catalog, Mode.REMEMBERED);
    }

    public Evaluator(RegimeCatalog catalog, Mode mode) {
        this.catalog = catalog;
        this.mode = mode;
    }

    /** The reference path: nothing remembered, a fresh session per case. Slow; for tests and benchmarks. */
    public static Evaluator plain(RegimeCatalog catalog) {
        return new Evaluator(catalog, Mode.PLAIN);
    }

    public RegimeCatalog catalog() {
        return catalog;
    }

    /** Every action under each regime named (all regimes when {@code regimeIds} is empty), regime by regime. */
    public List<Verdict> evaluate(Case facts, Map<String, String> readings, List<String> regimeIds) {
        return evaluateAll(catalog.select(regimeIds), facts, readings);
    }

    /**
     * Every action under each regime, regime by regime in the order given. Regimes evaluated for the
     * first time are evaluated side by side ({@link InParallel}): a first evaluation makes the rule
     * base and has Drools compile each constraint as it is first tested, most of a cold run; after
     * that a case costs microseconds, and the regimes are taken one after another.
     */
    public List<Verdict> evaluateAll(List<CompiledRegime> regimes, Case facts, Map<String, String> readings) {
        List<Verdict> out = new ArrayList<>(regimes.size() * facts.vocabulary().actions().size());
        if (cold(regimes)) {
            InParallel.each(regimes, r -> evaluate(r, facts, readings)).forEach(out::addAll);
        } else { // the warm path, called per case by the workbench and batch: a plain loop
            for (CompiledRegime r : regimes) {
                out.addAll(evaluate(r, facts, readings));
            }
        }
        return out;
    }

    /** Each regime's verdicts, with the readings chosen for it, side by side as {@link #evaluateAll} does. */
    public List<List<Verdict>> evaluateEach(List<CompiledRegime> regimes, Case facts,
                                            Function<CompiledRegime, Map<String, String>> readings) {
        Function<CompiledRegime, List<Verdict>> one = r -> evaluate(r, facts, readings.apply(r));
        return cold(regimes) ? InParallel.each(regimes, one) : regimes.stream().map(one).toList();
    }

    /** Whether more than one of these regimes has yet to make its rule base (worth a thread each). */
    private static boolean cold(List<CompiledRegime> regimes) {
        int unmade = 0;
        for (CompiledRegime r : regimes) {
            if (!r.ruleBaseMade() && ++unmade > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes the rule bases of these regimes not made yet, side by side: for a command about to
     * go through many regimes one by one ({@code check}, {@code diff}, {@code test}, …), which
     * would otherwise make each when it comes to it, on one core.
     */
    public void prepare(java.util.Collection<CompiledRegime> regimes) {
        List<CompiledRegime> unmade = regimes.stream().distinct().filter(r -> !r.ruleBaseMade()).toList();
        if (unmade.size() > 1) {
            InParallel.each(unmade, CompiledRegime::kieBase);
        }
    }

    /** Every action under one regime, in the order of the action list. */
    public List<Verdict> evaluate(CompiledRegime regime, Case facts, Map<String, String> readings) {
        sameVocabulary(regime, facts);
        if (mode == Mode.PLAIN) {
            Map<String, String> inForce = readingsFor(regime, readings);
            return resolveAll(regime, facts, inForce, FreshSession.fire(regime, facts, inForce));
        }
        FastPath rt = FastPath.of(regime);
        if (mode == Mode.REUSED_SESSIONS) {
            Map<String, String> inForce = readingsFor(regime, readings);
            return resolveAll(regime, facts, inForce, rt.fire(facts, inForce));
        }
        return rt.verdicts(facts, readings, () -> {
            Map<String, String> inForce = readingsFor(regime, readings);
            return resolveAll(regime, facts, inForce, rt.fire(facts, inForce));
        });
    }

    /** One action under one regime. */
    public Verdict evaluate(CompiledRegime regime, Action action, Case facts, Map<String, String> readings) {
        return evaluate(regime, facts, readings).get(action.index());
    }

    /**
     * A case made from another vocabulary is an instance of other classes: no rule of this regime
     * would match it, and every answer would be a silent "silent". Refused instead.
     */
    private static void sameVocabulary(CompiledRegime regime, Case facts) {
        if (facts.vocabulary() != regime.vocabulary() && !facts.vocabulary().hash().equals(regime.vocabulary().hash())) {
            throw new IllegalArgumentException("the case was made from another vocabulary than the one "
                    + regime.id() + " was compiled against; make it with the catalog's vocabulary()");
        }
    }

    private static List<Verdict> resolveAll(CompiledRegime regime, Case facts, Map<String, String> inForce,
                                            Set<String> fired) {
        List<Action> actions = regime.vocabulary().actions();
        List<Verdict> out = new ArrayList<>(actions.size());
        for (Action a : actions) {
            out.add(Resolver.resolve(regime.regime(), a, regime.rulesFor(a), fired, facts, inForce));
        }
        return List.copyOf(out);
    }

    /** The regime's switches with the chosen value, or the default where none was chosen. */
    public static Map<String, String> readingsFor(CompiledRegime regime, Map<String, String> chosen) {
        Map<String, String> out = new TreeMap<>();
        for (SwitchSpec s : regime.regime().switches()) {
            out.put(s.name(), chosen.getOrDefault(s.name(), s.defaultValue()));
        }
        return out;
    }

    /**
     * The names of the rules of this regime that fire on these facts (the regime's switches
     * at {@code readings}, else their defaults): what {@code explain} shows as the rule that decided.
     */
    public Set<String> firedRules(CompiledRegime regime, Case facts, Map<String, String> readings) {
        sameVocabulary(regime, facts);
        if (mode == Mode.PLAIN) {
            return FreshSession.fire(regime, facts, readingsFor(regime, readings));
        }
        FastPath rt = FastPath.of(regime);
        if (mode == Mode.REUSED_SESSIONS) {
            return Set.copyOf(rt.fire(facts, readingsFor(regime, readings)));
        }
        return rt.fired(facts, readings, () -> rt.fire(facts, readingsFor(regime, readings)));
    }

}
