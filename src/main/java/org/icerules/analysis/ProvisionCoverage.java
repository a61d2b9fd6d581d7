package org.icerules.analysis;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Provision;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How well a scenario library tests each provision. Only verdicts that a scenario's
 * {@code expect} checks are counted, so "covered" means "tested", and counts are numbers of
 * scenarios, not of verdicts.
 * <ul>
 *   <li><b>decided</b>: the provision was among the deciding provisions of a checked verdict;</li>
 *   <li><b>gave way</b>: it applied but an exception (or a scope rule) defeated it;</li>
 *   <li><b>general decided</b> (exceptions only): a provision the exception overrides decided on
 *       an action the exception covers — the exception was checked not applying.</li>
 * </ul>
 * A provision is exercised both ways when it decided at least once, and also: if some exception
 * names it, it gave way at least once; if it is an exception, its general provision decided at
 * least once where it could have applied. A provision whose rules only add notes is not scored.
 */
public final class ProvisionCoverage {
    private ProvisionCoverage() {
    }

    /** The role a provision plays in its regime's precedence. */
    public enum Role {
        RULE("rule"), GENERAL("general"), EXCEPTION("exception"), GENERAL_AND_EXCEPTION("general+exception"),
        SCOPE("scope"), NOTE("note");

        private final String wire;

        Role(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        boolean hasExceptions() {
            return this == GENERAL || this == GENERAL_AND_EXCEPTION;
        }

        boolean isException() {
            return this == EXCEPTION || this == GENERAL_AND_EXCEPTION || this == SCOPE;
        }
    }

    /** One provision's counts and, if it is not exercised both ways, what is missing. */
    public record Tally(String regime, Provision provision, Role role, int decided, int gaveWay, int generalDecided,
                       List<String> gaps) {
        public boolean exercised() {
            return gaps.isEmpty();
        }
    }

    /** Every provision of every regime, in catalog order then declaration order. */
    public record Report(int scenarios, int checks, List<Tally> tallies) {
        public List<Tally> gaps() {
            return tallies.stream().filter(t -> !t.exercised()).toList();
        }

        public boolean complete() {
            return gaps().isEmpty();
        }
    }

    /**
     * @param regimes  the regimes to score (their provisions are the rows)
     * @param readings the readings in force for a scenario (its interpretations, plus any --set)
     */
    public static Report measure(Evaluator evaluator, List<CompiledRegime> regimes, List<Scenario> scenarios,
                                 Function<Scenario, Map<String, String>> readings) {
        evaluator.prepare(regimes);
        Map<String, Counts> counts = new LinkedHashMap<>();
        Map<String, CompiledRegime> byId = new LinkedHashMap<>();
        for (CompiledRegime r : regimes) {
            byId.put(r.id(), r);
            r.regime().provisions().forEach(p -> counts.put(key(r.id(), p.id()), new Counts()));
        }
        int checks = 0;
        for (Scenario s : scenarios) {
            String sid = s.file() + "#" + s.id();
            for (Map.Entry<String, Map<Action, Status>> e : s.expect().entrySet()) {
                CompiledRegime regime = byId.get(e.getKey());
                if (regime == null) {
                    continue;
                }
                for (Action action : e.getValue().keySet()) {
                    checks++;
                    Verdict v = evaluator.evaluate(regime, action, s.facts(), readings.apply(s));
                    tally(regime, action, v, sid, counts);
                }
            }
        }
        List<Tally> tallies = new ArrayList<>();
        for (CompiledRegime r : regimes) {
            for (Provision p : r.regime().provisions()) {
                tallies.add(score(r, p, counts.get(key(r.id(), p.id()))));
            }
        }
        return new Report(scenarios.size(), checks, List.copyOf(tallies));
    }

    private static void tally(CompiledRegime regime, Action action, Verdict v, String sid, Map<String, Counts> counts) {
        Set<String> deciding = new LinkedHashSet<>();
        v.provisions().forEach(p -> deciding.add(p.id()));
        deciding.forEach(p -> counts.get(key(regime.id(), p)).decided.add(sid));
        v.overridden().forEach(p -> counts.get(key(regime.id(), p.id())).gaveWay.add(sid));
        Set<String> scopeProvisions = scopeProvisions(regime);
        for (RuleInfo r : regime.rulesFor(action)) {
            if (!r.isException() || r.status() == null) {
                continue;
            }
            boolean generalDecided = r.overridesAll()
                    ? deciding.stream().anyMatch(p -> !scopeProvisions.contains(p))
                    : r.overrides().stream().anyMatch(deciding::contains);
            if (generalDecided) {
                counts.get(key(regime.id(), r.provision())).generalDecided.add(sid);
            }
        }
    }

    private static Tally score(CompiledRegime regime, Provision p, Counts c) {
        Role role = role(regime, p.id());
        List<String> gaps = new ArrayList<>();
        if (role != Role.NOTE) {
            if (c.decided.isEmpty()) {
                gaps.add("never decided a checked verdict");
            }
            if (role.hasExceptions() && c.gaveWay.isEmpty()) {
                gaps.add("never gave way to its exceptions (" + String.join(", ", exceptionsTo(regime, p.id())) + ")");
            }
            if (role.isException() && c.generalDecided.isEmpty()) {
                gaps.add("never checked not applying: what it overrides ("
                        + String.join(", ", overriddenBy(regime, p.id())) + ") never decided on its actions");
            }
        }
        return new Tally(regime.id(), p, role, c.decided.size(), c.gaveWay.size(), c.generalDecided.size(),
                List.copyOf(gaps));
    }

    static Role role(CompiledRegime regime, String provision) {
        List<RuleInfo> own = regime.rules().stream().filter(r -> r.provision().equals(provision)).toList();
        if (!own.isEmpty() && own.stream().allMatch(r -> r.status() == null)) {
            return Role.NOTE;
        }
        if (own.stream().anyMatch(RuleInfo::overridesAll)) {
            return Role.SCOPE;
        }
        boolean isException = own.stream().anyMatch(r -> r.isException() && r.status() != null);
        boolean hasExceptions = !exceptionsTo(regime, provision).isEmpty();
        if (isException && hasExceptions) {
            return Role.GENERAL_AND_EXCEPTION;
        }
        return isException ? Role.EXCEPTION : hasExceptions ? Role.GENERAL : Role.RULE;
    }

    /** The provisions whose rules name this one in {@code @overrides}. Scope rules are not counted. */
    private static Set<String> exceptionsTo(CompiledRegime regime, String provision) {
        Set<String> out = new TreeSet<>();
        regime.rules().stream().filter(r -> r.overrides().contains(provision)).forEach(r -> out.add(r.provision()));
        return out;
    }

    private static Set<String> overriddenBy(CompiledRegime regime, String provision) {
        Set<String> out = new TreeSet<>();
        regime.rules().stream().filter(r -> r.provision().equals(provision))
                .forEach(r -> r.overrides().forEach(o -> out.add(o.equals("*") ? "any other provision" : o)));
        return out;
    }

    private static Set<String> scopeProvisions(CompiledRegime regime) {
        Set<String> out = new TreeSet<>();
        regime.rules().stream().filter(RuleInfo::overridesAll).forEach(r -> out.add(r.provision()));
        return out;
    }

    private static String key(String regime, String provision) {
        return regime + "\u0000" + provision;
    }

    private static final class Counts {
        final Set<String> decided = new TreeSet<>();
        final Set<String> gaveWay = new TreeSet<>();
        final Set<String> generalDecided = new TreeSet<>();
    }
}
