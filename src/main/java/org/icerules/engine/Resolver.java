package org.icerules.engine;

import org.icerules.model.Action;
import org.icerules.model.Case;
import org.icerules.model.Claim;
import org.icerules.model.FactSchema;
import org.icerules.model.FactSpec;
import org.icerules.model.Provision;
import org.icerules.model.Regime;
import org.icerules.model.Status;
import org.icerules.model.Verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where legal precedence lives, in plain Java: from the rules that fired, drop every norm
 * whose provision an exception that fired overrides; if what remains agrees, that is the
 * verdict; if it disagrees, the verdict is {@code conflict} naming every side; if nothing
 * remains, {@code silent}. No salience, no engine state: a test can drive it directly.
 */
public final class Resolver {
    private Resolver() {
    }

    /**
     * @param rules    every rule of the regime that concludes about {@code action}
     * @param fired    names of the rules that fired for this case
     * @param readings the readings in force for this regime (switch → value)
     */
    public static Verdict resolve(Regime regime, Action action, List<RuleInfo> rules, Set<String> fired,
                                  Case facts, Map<String, String> readings) {
        List<RuleInfo> firing = rules.stream().filter(r -> r.concludes(action) && fired.contains(r.name())).toList();
        Set<String> defeated = new HashSet<>();
        for (RuleInfo r : firing) {
            if (r.status() == null) {
                continue;
            }
            if (r.overridesAll()) {
                // a scope rule: it defeats every provision here except other scope rules'
                firing.stream().filter(o -> !o.overridesAll()).forEach(o -> defeated.add(o.provision()));
            } else {
                defeated.addAll(r.overrides());
            }
        }
        List<RuleInfo> deciding = new ArrayList<>();
        Set<String> overridden = new LinkedHashSet<>();
        for (RuleInfo r : firing) {
            if (r.status() == null) {
                continue;
            }
            if (defeated.contains(r.provision())) {
                overridden.add(r.provision());
            } else {
                deciding.add(r);
            }
        }
        Set<Status> statuses = new LinkedHashSet<>();
        deciding.forEach(r -> statuses.add(r.status()));
        Status status = statuses.isEmpty() ? Status.SILENT
                : statuses.size() == 1 ? statuses.iterator().next() : Status.CONFLICT;

        List<Provision> provisions = provisions(regime, deciding.stream().map(RuleInfo::provision).toList());
        List<Claim> claims = new ArrayList<>();
        if (status == Status.CONFLICT) {
            Set<String> seen = new HashSet<>();
            for (Provision p : provisions) {
                for (RuleInfo r : deciding) {
                    if (r.provision().equals(p.id()) && seen.add(p.id() + "/" + r.status())) {
                        claims.add(new Claim(p, r.status()));
                    }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        for (RuleInfo r : firing) {
            if (r.note() != null && (r.status() == null || deciding.contains(r)) && !notes.contains(r.note())) {
                notes.add(r.note());
            }
        }
        List<String> because = because(action, rules, deciding, fired, facts, readings);
        return new Verdict(regime.id(), action, status, provisions, because,
                provisions(regime, overridden), List.copyOf(notes), List.copyOf(claims));
    }

    /**
     * The facts that mattered: those the deciding rules read, and those read by the
     * exceptions to the deciding provisions that did not apply (their absence decided too).
     */
    private static List<String> because(Action action, List<RuleInfo> rules, List<RuleInfo> deciding,
                                        Set<String> fired, Case facts, Map<String, String> readings) {
        Set<String> decidingProvisions = new HashSet<>();
        deciding.forEach(r -> decidingProvisions.add(r.provision()));
        List<RuleInfo> relevant = new ArrayList<>(deciding);
        for (RuleInfo r : rules) {
            if (r.concludes(action) && !fired.contains(r.name())
                    && (r.overridesAll() || r.overrides().stream().anyMatch(decidingProvisions::contains))) {
                relevant.add(r);
            }
        }
        Set<String> factNames = new HashSet<>();
        Map<String, String> switches = new TreeMap<>();
        boolean date = false;
        for (RuleInfo r : relevant) {
            factNames.addAll(r.reads());
            r.switches().keySet().forEach(s -> switches.put(s, readings.get(s)));
            date |= r.readsDate();
        }
        List<String> out = new ArrayList<>();
        for (FactSpec f : FactSchema.facts()) {
            if (factNames.contains(f.name())) {
                out.add(f.name() + " = " + f.format(f.get(facts)));
            }
        }
        if (date) {
            out.add("date = " + facts.date());
        }
        switches.forEach((k, v) -> out.add("reading " + k + " = " + v));
        return List.copyOf(out);
    }

    /** The provisions with these ids, deduplicated, in the order the regime declares them. */
    static List<Provision> provisions(Regime regime, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return regime.provisions().stream().filter(p -> wanted.contains(p.id())).toList();
    }
}
