package org.icerules.analysis;

import org.icerules.Vocab;
import org.icerules.RegimeVerifier;
import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.verdicts.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the analysis says a regime's rules read is the whole truth, checked with the plain
 * evaluator (a fresh session per case, no verdict memo — the memo keys on exactly those
 * reads, so it cannot check them): on every case of every regime × action fact space,
 * <ul>
 * <li>changing every fact, switch and (if no rule compares it) the date that the rules for the
 * action do not read never changes the verdict, not even its {@code because};</li>
 * <li>moving a number or the date within its bucket (between the same thresholds) never
 * changes what is decided.</li>
 * </ul>
 */
class UnreadFactsTest {
    private static final RegimeCatalog CATALOG = RegimeVerifier.projectCatalog();
    private static final Evaluator PLAIN = Evaluator.plain(CATALOG);

    @Test
    void noVerdictDependsOnWhatTheAnalysisSaysIsUnread() {
        long cases = 0;
        List<String> failures = new ArrayList<>();
        for (CompiledRegime regime : CATALOG.regimes()) {
            for (Action action : Vocab.actions()) {
                FactSpace space = FactSpace.of(List.of(regime), action);
                Reads reads = Reads.of(regime, action);
                long seed = (regime.id() + "/" + action.id()).hashCode();
                // the plain path is the slow part: both cores (the evaluator is thread-safe)
                LongStream.range(0, space.size()).parallel()
                        .mapToObj(i -> check(regime, action, space, reads, i, new Random(seed * 31 + i)))
                        .filter(f -> f != null).limit(5).forEachOrdered(failures::add);
                cases += space.size();
            }
        }
        assertThat(failures).as("verdicts that changed with something the analysis says is not read").isEmpty();
        assertThat(cases).as("cases tried").isGreaterThan(1000);
    }

    /** What the rules for one action read, by the analysis. */
    private record Reads(Set<String> facts, boolean date, Set<String> switches) {
        static Reads of(CompiledRegime regime, Action action) {
            Set<String> switches = new TreeSet<>();
            boolean date = false;
            for (RuleInfo r : regime.rulesFor(action)) {
                switches.addAll(r.switches().keySet());
                date |= r.readsDate();
            }
            return new Reads(FactSpace.factsRead(regime, action), date, switches);
        }
    }

    /** Null when both perturbations of case {@code i} keep its verdict; else what changed. */
    private static String check(CompiledRegime regime, Action action, FactSpace space, Reads reads, long i,
                                Random random) {
        Point p = space.point(i);
        Verdict before = PLAIN.evaluate(regime, action, p.facts(), p.readings());

        Map<String, Object> unread = new HashMap<>();
        for (FactSpec f : Vocab.facts()) {
            if (!reads.facts().contains(f.name())) {
                unread.put(f.name(), randomValue(f, random));
            }
        }
        LocalDate date = reads.date() ? p.facts().date() : LocalDate.of(2013, 1, 1).plusDays(random.nextInt(5000));
        Map<String, String> readings = new TreeMap<>(p.readings());
        for (SwitchSpec s : regime.regime().switches()) {
            if (!reads.switches().contains(s.name())) {
                readings.put(s.name(), s.values().get(random.nextInt(s.values().size())));
            }
        }
        Case elsewhere = Vocab.with(p.facts(), date, unread);
        Verdict after = PLAIN.evaluate(regime, action, elsewhere, readings);
        if (!after.equals(before)) {
            return describe(regime, action, p, before, elsewhere, readings, after);
        }

        Map<String, Object> within = new HashMap<>(unread);
        LocalDate day = date;
        for (int d = 0; d < space.dimensions().size(); d++) {
            Dimension dim = space.dimensions().get(d);
            if (dim.buckets() == null) {
                continue;
            }
            Bucket b = dim.buckets().get(p.index(d));
            if (dim.kind() == Dimension.Kind.DATE) {
                day = randomDay(b, random);
            } else {
                within.put(dim.name(), randomNumber(b, random));
            }
        }
        Case moved = Vocab.with(p.facts(), day, within);
        Verdict again = PLAIN.evaluate(regime, action, moved, readings);
        boolean same = again.status() == before.status() && again.provisions().equals(before.provisions())
                && again.overridden().equals(before.overridden()) && again.notes().equals(before.notes())
                && again.claims().equals(before.claims());
        return same ? null : describe(regime, action, p, before, moved, readings, again);
    }

    private static String describe(CompiledRegime regime, Action action, Point p, Verdict before, Case other,
                                   Map<String, String> readings, Verdict after) {
        return regime.id() + " / " + action.id() + "\n  " + Vocab.toWire(p.facts()) + " " + p.readings()
                + "\n    → " + before.status() + " " + ids(before) + " " + before.because() + "\n  "
                + Vocab.toWire(other) + " " + readings + "\n    → " + after.status() + " " + ids(after) + " "
                + after.because();
    }

    private static List<String> ids(Verdict v) {
        return v.provisions().stream().map(org.icerules.model.law.Provision::id).toList();
    }

    private static Object randomValue(FactSpec f, Random random) {
        if (f.type() == FactType.NUMBER) {
            return random.nextInt(4000) / 4.0;
        }
        List<Object> domain = f.domain();
        return domain.get(random.nextInt(domain.size()));
    }

    /** A number of the bucket other than (usually) its representative. */
    private static double randomNumber(Bucket b, Random random) {
        if (b.isPoint()) {
            return (Double) b.lower();
        }
        double low = b.lower() == null ? 0 : (Double) b.lower();
        double high = b.upper() == null ? low + 1000 : (Double) b.upper();
        double v = low + random.nextDouble() * (high - low);
        return b.contains(v) ? v : (Double) b.representative();
    }

    /** A day of the bucket other than (usually) its representative. */
    private static LocalDate randomDay(Bucket b, Random random) {
        if (b.isPoint()) {
            return (LocalDate) b.lower();
        }
        LocalDate low = b.lower() == null ? ((LocalDate) b.upper()).minusDays(3000) : ((LocalDate) b.lower()).plusDays(1);
        LocalDate high = b.upper() == null ? low.plusDays(3000) : ((LocalDate) b.upper()).minusDays(1);
        long span = ChronoUnit.DAYS.between(low, high);
        return span <= 0 ? (LocalDate) b.representative() : low.plusDays(random.nextLong(span + 1));
    }
}
