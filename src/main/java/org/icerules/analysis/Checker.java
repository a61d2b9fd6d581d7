package org.icerules.analysis;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.engine.Resolver;
import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Claim;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code check}: runs every regime over each action's whole fact space with every switch
 * combination, and reports every conflict (with the provisions that clash and an example),
 * every rule that never applies, every rule that applies only to be overridden, and every fact
 * of the vocabulary that no rule reads.
 */
public final class Checker {
    private final Evaluator evaluator;

    public Checker(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Checks these regimes; the facts no rule reads are counted over the same regimes. */
    public CheckResult check(List<CompiledRegime> regimes) {
        return check(regimes, regimes);
    }

    /**
     * Checks {@code regimes}; a fact is reported unread when no rule of any of {@code loaded}
     * (every regime of the rules folder, whichever were selected) reads it.
     */
    public CheckResult check(List<CompiledRegime> regimes, List<CompiledRegime> loaded) {
        evaluator.prepare(regimes);
        long cases = 0;
        List<CheckResult.Conflict> conflicts = new ArrayList<>();
        List<CheckResult.Finding> findings = new ArrayList<>();
        for (CompiledRegime regime : regimes) {
            Set<String> everFired = new HashSet<>();
            Set<String> reported = new HashSet<>();
            for (Action action : regime.vocabulary().actions()) {
                List<RuleInfo> rules = regime.rulesFor(action);
                if (rules.isEmpty()) {
                    continue;
                }
                FactSpace space = FactSpace.of(List.of(regime), action);
                Set<String> decided = new HashSet<>();
                Map<List<Claim>, long[]> counts = new LinkedHashMap<>();
                Map<List<Claim>, DiffExample> examples = new LinkedHashMap<>();
                for (long i = 0; i < space.size(); i++) {
                    Point p = space.point(i);
                    cases++;
                    Set<String> fired = evaluator.firedRules(regime, p.facts(), p.readings());
                    Verdict v = Resolver.resolve(regime.regime(), action, rules, fired, p.facts(),
                            Evaluator.readingsFor(regime, p.readings()));
                    for (RuleInfo r : rules) {
                        if (fired.contains(r.name())) {
                            everFired.add(r.name());
                            if (v.provisions().stream().anyMatch(pr -> pr.id().equals(r.provision()))
                                    && (v.status() == Status.CONFLICT || v.status() == r.status())) {
                                decided.add(r.name());
                            }
                        }
                    }
                    if (v.status() == Status.CONFLICT) {
                        counts.computeIfAbsent(v.claims(), k -> new long[1])[0]++;
                        examples.putIfAbsent(v.claims(), new DiffExample(p.facts(), p.readings(), v, v));
                    }
                }
                counts.forEach((claims, n) -> conflicts.add(new CheckResult.Conflict(regime.id(), action, claims, n[0],
                        examples.get(claims))));
                for (RuleInfo r : rules) {
                    if (r.status() != null && everFired.contains(r.name()) && !decided.contains(r.name())) {
                        findings.add(finding(regime, action, "always-overridden", r));
                    }
                }
            }
            for (RuleInfo r : regime.rules()) {
                if (!everFired.contains(r.name()) && reported.add(r.name())) {
                    findings.add(finding(regime, r.actions().isEmpty() ? null : r.actions().get(0), "unreachable", r));
                }
            }
        }
        return new CheckResult(regimes.stream().map(CompiledRegime::id).toList(), cases, conflicts, findings,
                unreadFacts(loaded));
    }

    /** The facts of the vocabulary that no rule of these regimes reads, in spec order. */
    public static List<String> unreadFacts(List<CompiledRegime> regimes) {
        Set<String> read = new HashSet<>();
        regimes.forEach(r -> r.rules().forEach(rule -> read.addAll(rule.reads())));
        return regimes.isEmpty() ? List.of() : regimes.get(0).vocabulary().facts().stream().map(FactSpec::name)
                .filter(f -> !read.contains(f)).toList();
    }

    private static CheckResult.Finding finding(CompiledRegime regime, Action action, String kind, RuleInfo r) {
        return new CheckResult.Finding(regime.id(), action, kind, r.name(), r.provision(), r.file(), r.line());
    }
}
