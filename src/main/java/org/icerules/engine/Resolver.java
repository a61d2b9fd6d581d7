package org.icerules.engine;

import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Claim;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.verdicts.Norm;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.icerules.regime.RuleInfo;

/**
 * Where legal precedence lives, in plain Java. First, what each fired rule concluded becomes a
 * {@link Norm}. Then {@link #decide}: drop every norm whose provision an exception that fired
 * overrides; if what remains agrees, that is the verdict; if it disagrees, the verdict is
 * {@code conflict} naming every side; if nothing remains, {@code silent}. Notes follow their
 * provisions: a note on a defeated provision is not shown. No salience, no
 * engine state: a test can drive either step directly.
 */
public final class Resolver {
    private Resolver() {
    }

    /**
     * The verdict on one action.
     *
     * @param rules    the regime's rules (those about other actions are ignored)
     * @param fired    names of the rules that fired for this case
     * @param readings the readings in force for this regime (switch → value)
     */
    public static Verdict resolve(Regime regime, Action action, List<RuleInfo> rules, Set<String> fired,
                                  Case facts, Map<String, String> readings) {
        List<Norm> norms = norms(regime, action, rules, fired, facts, readings);
        Verdict decided = decide(regime, action, norms);
        List<String> because = because(action, rules, decided, norms, fired, facts, readings);
        return new Verdict(decided.regime(), action, decided.status(), decided.provisions(), because,
                decided.overridden(), decided.notes(), decided.claims());
    }

    /** What each rule that fired concluded about this action, in rule order. */
    public static List<Norm> norms(Regime regime, Action action, List<RuleInfo> rules, Set<String> fired,
                                   Case facts, Map<String, String> readings) {
        List<Norm> norms = new ArrayList<>();
        for (RuleInfo r : rules) {
            if (r.concludes(action) && fired.contains(r.name())) {
                norms.add(new Norm(regime.id(), action, r.status(), r.provision(), r.overrides(), r.note(),
                        r.name(), render(List.of(r), facts, readings)));
            }
        }
        return norms;
    }

    /**
     * Precedence on norms alone. The verdict's {@code because} here is what the deciding norms
     * read; {@link #resolve} adds what the exceptions that did not apply read.
     */
    public static Verdict decide(Regime regime, Action action, List<Norm> norms) {
        Set<String> defeated = new HashSet<>();
        for (Norm n : norms) {
            if (n.status() == null) {
                continue;
            }
            if (n.overrides().contains("*")) {
                // a scope rule: it defeats every provision here except other scope rules'
                norms.stream().filter(o -> !o.overrides().contains("*")).forEach(o -> defeated.add(o.provision()));
            } else {
                defeated.addAll(n.overrides());
            }
        }
        List<Norm> deciding = new ArrayList<>();
        Set<String> overridden = new LinkedHashSet<>();
        for (Norm n : norms) {
            if (n.status() == null) {
                continue;
            }
            if (defeated.contains(n.provision())) {
                overridden.add(n.provision());
            } else {
                deciding.add(n);
            }
        }
        Set<Status> statuses = new LinkedHashSet<>();
        deciding.forEach(n -> statuses.add(n.status()));
        Status status = statuses.isEmpty() ? Status.SILENT
                : statuses.size() == 1 ? statuses.iterator().next() : Status.CONFLICT;

        List<Provision> provisions = provisions(regime, deciding.stream().map(Norm::provision).toList());
        List<Claim> claims = new ArrayList<>();
        if (status == Status.CONFLICT) {
            Set<String> seen = new HashSet<>();
            for (Provision p : provisions) {
                for (Norm n : deciding) {
                    if (n.provision().equals(p.id()) && seen.add(p.id() + "/" + n.status())) {
                        claims.add(new Claim(p, n.status()));
                    }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        for (Norm n : norms) {
            if (n.note() != null && showsNote(n, deciding, defeated) && !notes.contains(n.note())) {
                notes.add(n.note());
            }
        }
        Set<String> because = new LinkedHashSet<>();
        deciding.forEach(n -> because.addAll(n.because()));
        return new Verdict(regime.id(), action, status, provisions, List.copyOf(because),
                provisions(regime, overridden), List.copyOf(notes), List.copyOf(claims));
    }

    /**
     * A note belongs to its provision, so it obeys the same precedence: a concluding rule's note
     * shows only when the rule decides, and a note-only rule's note only while its provision
     * stands — an exception that fired against that provision, or a scope rule that put the case
     * outside the regime, silences the note too (a note-only rule need not repeat their conditions).
     */
    private static boolean showsNote(Norm n, List<Norm> deciding, Set<String> defeated) {
        return n.status() == null ? !defeated.contains(n.provision()) : deciding.contains(n);
    }

    /**
     * The facts that mattered: those the deciding rules read, and those read by the exceptions
     * to the deciding provisions that did not apply (their absence decided too).
     */
    private static List<String> because(Action action, List<RuleInfo> rules, Verdict decided, List<Norm> norms,
                                        Set<String> fired, Case facts, Map<String, String> readings) {
        Set<String> decidingProvisions = new HashSet<>();
        decided.provisions().forEach(p -> decidingProvisions.add(p.id()));
        Set<String> decidingRules = new HashSet<>();
        norms.stream().filter(n -> n.status() != null && decidingProvisions.contains(n.provision()))
                .forEach(n -> decidingRules.add(n.rule()));
        List<RuleInfo> relevant = new ArrayList<>();
        for (RuleInfo r : rules) {
            if (!r.concludes(action)) {
                continue;
            }
            if (decidingRules.contains(r.name())) {
                relevant.add(r);
            } else if (!fired.contains(r.name())
                    && (r.overridesAll() || r.overrides().stream().anyMatch(decidingProvisions::contains))) {
                relevant.add(r);
            }
        }
        return render(relevant, facts, readings);
    }

    /**
     * "fact = value" for every fact these rules read (vocabulary order), then the date, then
     * readings. Runs for every rule that fires on every case the memo has not seen: the facts
     * read are looked up and sorted, not found by going through the whole vocabulary.
     */
    private static List<String> render(List<RuleInfo> rules, Case facts, Map<String, String> readings) {
        if (rules.isEmpty()) {
            return List.of();
        }
        Vocabulary vocabulary = facts.vocabulary();
        Set<String> factNames = new HashSet<>();
        List<FactSpec> read = new ArrayList<>();
        Map<String, String> switches = null;
        boolean date = false;
        for (RuleInfo r : rules) {
            for (String name : r.reads()) {
                if (factNames.add(name)) {
                    read.add(vocabulary.byName(name));
                }
            }
            if (!r.switches().isEmpty()) {
                if (switches == null) {
                    switches = new TreeMap<>();
                }
                for (String s : r.switches().keySet()) {
                    switches.put(s, readings.get(s));
                }
            }
            date |= r.readsDate();
        }
        read.sort(BY_INDEX);
        List<String> out = new ArrayList<>(read.size() + 2);
        for (FactSpec f : read) {
            out.add(FactLines.line(f, facts));
        }
        if (date) {
            out.add("date = " + facts.date());
        }
        if (switches != null) {
            switches.forEach((k, v) -> out.add("reading " + k + " = " + v));
        }
        return List.copyOf(out);
    }

    private static final Comparator<FactSpec> BY_INDEX = Comparator.comparingInt(FactSpec::index);

    /** The provisions with these ids, deduplicated, in the order the regime declares them. */
    static List<Provision> provisions(Regime regime, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of(); // the common case: nothing overridden
        }
        Set<String> wanted = new HashSet<>(ids);
        return regime.provisions().stream().filter(p -> wanted.contains(p.id())).toList();
    }
}
