package org.icerules.engine.fast;

import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.law.SwitchSpec;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RuleInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The part of a case that one regime's verdicts depend on, as a small key: the facts its
 * rules read, each number fact as its place among the constants the rules compare it with,
 * the date as its place among the days the rules compare it with, and the reading of each of
 * the regime's switches. Two cases with the same key fire the same rules, so they get the
 * same verdicts (up to the exact number and date echoed in {@code because}; see
 * {@link VerdictMemo}). A number or date a rule reads without a recognised constant is keyed
 * on its exact value, so the key never merges cases the rules could tell apart.
 */
final class FactKey {
    /** One component of the key. */
    private sealed interface Part permits EnumPart, BoolPart, BucketPart, ExactNumberPart {
    }

    private record EnumPart(Function<Case, Object> get, int size) implements Part {
    }

    private record BoolPart(Function<Case, Object> get) implements Part {
    }

    /** A number fact bucketed by thresholds: below the first, equal to it, between, …, above the last. */
    private record BucketPart(Function<Case, Object> get, double[] thresholds) implements Part {
    }

    private record ExactNumberPart(Function<Case, Object> get) implements Part {
    }

    private final Part[] parts;
    private final int[] bits;
    private final boolean readsDate;
    private final long[] dayThresholds; // epoch days, sorted; null when the date is keyed exactly
    private final SwitchSpec[] switches;
    private final boolean packs; // everything fits one long
    private final List<FactSpec> echoed; // facts whose exact value may appear in because

    FactKey(CompiledRegime regime) {
        Set<String> read = new LinkedHashSet<>();
        boolean date = false;
        Set<LocalDate> days = new TreeSet<>();
        for (RuleInfo r : regime.rules()) {
            read.addAll(r.reads());
            date |= r.readsDate();
            days.addAll(r.dateThresholds());
        }
        List<Part> ps = new ArrayList<>();
        List<Integer> bs = new ArrayList<>();
        List<FactSpec> exactValues = new ArrayList<>();
        boolean exact = false;
        for (FactSpec f : regime.vocabulary().facts()) {
            if (!read.contains(f.name())) {
                continue;
            }
            Function<Case, Object> get = f::get;
            if (f.type() == FactType.BOOL) {
                ps.add(new BoolPart(get));
                bs.add(1);
            } else if (f.type() == FactType.ENUM) {
                int n = f.javaType().getEnumConstants().length;
                ps.add(new EnumPart(get, n));
                bs.add(bitsFor(n));
            } else {
                exactValues.add(f);
                Set<Double> ts = new TreeSet<>();
                regime.rules().forEach(r -> ts.addAll(r.numberThresholds().getOrDefault(f.name(), Set.of())));
                if (ts.isEmpty()) {
                    ps.add(new ExactNumberPart(get));
                    bs.add(64);
                    exact = true;
                } else {
                    double[] t = ts.stream().mapToDouble(Double::doubleValue).toArray();
                    ps.add(new BucketPart(get, t));
                    bs.add(bitsFor(2 * t.length + 1));
                }
            }
        }
        this.parts = ps.toArray(Part[]::new);
        this.bits = bs.stream().mapToInt(Integer::intValue).toArray();
        this.readsDate = date;
        this.dayThresholds = date && !days.isEmpty() ? days.stream().mapToLong(LocalDate::toEpochDay).toArray() : null;
        this.switches = regime.regime().switches().toArray(SwitchSpec[]::new);
        int total = Arrays.stream(bits).sum();
        if (date) {
            total += dayThresholds == null ? 64 : bitsFor(2 * dayThresholds.length + 1);
            exact |= dayThresholds == null;
        }
        for (SwitchSpec s : switches) {
            total += bitsFor(s.values().size() + 1);
        }
        this.packs = !exact && total <= 63;
        this.echoed = List.copyOf(exactValues);
    }

    /** Number facts read: the only facts whose exact value can differ between cases of one key. */
    List<FactSpec> echoedNumbers() {
        return echoed;
    }

    boolean readsDate() {
        return readsDate;
    }

    /** The key of this case under these chosen readings (switch → value; defaults where absent). */
    Object of(Case c, Map<String, String> chosen) {
        if (packs) {
            long k = 0;
            for (int i = 0; i < parts.length; i++) {
                k = (k << bits[i]) | code(parts[i], c);
            }
            if (readsDate) {
                k = k * (2L * dayThresholds.length + 1) + bucket(c.date().toEpochDay(), dayThresholds);
            }
            for (SwitchSpec s : switches) {
                k = k * (s.values().size() + 1) + reading(s, chosen);
            }
            return k;
        }
        Object[] key = new Object[parts.length + 1 + switches.length];
        for (int i = 0; i < parts.length; i++) {
            key[i] = parts[i] instanceof ExactNumberPart e ? e.get().apply(c) : code(parts[i], c);
        }
        key[parts.length] = !readsDate ? null
                : dayThresholds == null ? c.date() : bucket(c.date().toEpochDay(), dayThresholds);
        for (int i = 0; i < switches.length; i++) {
            key[parts.length + 1 + i] = reading(switches[i], chosen);
        }
        return Arrays.asList(key);
    }

    private static long code(Part p, Case c) {
        if (p instanceof EnumPart e) {
            return ((Enum<?>) e.get().apply(c)).ordinal();
        }
        if (p instanceof BoolPart b) {
            return ((Boolean) b.get().apply(c)) ? 1 : 0;
        }
        if (p instanceof BucketPart b) {
            return bucket((Double) b.get().apply(c), b.thresholds());
        }
        throw new IllegalStateException("not a coded part: " + p);
    }

    /** 2i for values strictly between threshold i-1 and i, 2i+1 for a value equal to threshold i. */
    private static long bucket(double v, double[] thresholds) {
        int i = 0;
        while (i < thresholds.length && thresholds[i] < v) {
            i++;
        }
        return i < thresholds.length && thresholds[i] == v ? 2L * i + 1 : 2L * i;
    }

    private static long bucket(long day, long[] thresholds) {
        int i = 0;
        while (i < thresholds.length && thresholds[i] < day) {
            i++;
        }
        return i < thresholds.length && thresholds[i] == day ? 2L * i + 1 : 2L * i;
    }

    /** The index of the chosen value; an unknown value keys apart from all known ones. */
    private static int reading(SwitchSpec s, Map<String, String> chosen) {
        String v = chosen.get(s.name());
        if (v == null) {
            v = s.defaultValue();
        }
        int i = s.values().indexOf(v);
        return i < 0 ? s.values().size() : i;
    }

    private static int bitsFor(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
    }

}
