package org.icerules.analysis;

import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.law.SwitchSpec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One axis of a {@link FactSpace}: a fact, the case's date, or an interpretation switch, with
 * the values worth trying. Enum, bool and switch axes take every value; number and date axes
 * take one value per {@link Bucket} cut at the thresholds the rules compare against.
 */
public final class Dimension {
    public enum Kind { FACT, DATE, SWITCH }

    private final Kind kind;
    private final String name;
    private final FactSpec fact;
    private final List<Object> values;
    private final List<Bucket> buckets;
    private final int defaultIndex;

    private Dimension(Kind kind, String name, FactSpec fact, List<Object> values, List<Bucket> buckets,
                      Object defaultValue) {
        this.kind = kind;
        this.name = name;
        this.fact = fact;
        this.values = List.copyOf(values);
        this.buckets = buckets == null ? null : List.copyOf(buckets);
        this.defaultIndex = indexOf(defaultValue);
    }

    /** A fact axis; {@code thresholds} are the constants its rules compare a number fact against. */
    static Dimension ofFact(FactSpec fact, Set<Double> thresholds) {
        if (fact.type() != FactType.NUMBER) {
            return new Dimension(Kind.FACT, fact.name(), fact, fact.domain(), null, fact.defaultValue());
        }
        List<Bucket> buckets = numberBuckets(new TreeSet<>(thresholds), (Double) fact.defaultValue());
        return new Dimension(Kind.FACT, fact.name(), fact,
                buckets.stream().map(b -> (Object) b.representative()).toList(), buckets, fact.defaultValue());
    }

    static Dimension ofDate(Set<LocalDate> thresholds, LocalDate base) {
        List<Bucket> buckets = dateBuckets(new TreeSet<>(thresholds), base);
        return new Dimension(Kind.DATE, "date", null, buckets.stream().map(b -> (Object) b.representative()).toList(),
                buckets, base);
    }

    static Dimension ofSwitch(SwitchSpec s) {
        return new Dimension(Kind.SWITCH, s.name(), null, new ArrayList<>(s.values()), null, s.defaultValue());
    }

    /** A value below, at and between each threshold, and one above the last (numbers are never negative). */
    static List<Bucket> numberBuckets(TreeSet<Double> thresholds, double whenNone) {
        List<Bucket> out = new ArrayList<>();
        Double prev = null;
        for (double t : thresholds) {
            if (t < 0) {
                continue;
            }
            if (prev == null && t > 0) {
                out.add(new Bucket(t >= 1 ? t - 1 : t / 2, null, false, t, false));
            } else if (prev != null) {
                out.add(new Bucket((prev + t) / 2, prev, false, t, false));
            }
            out.add(new Bucket(t, t, true, t, true));
            prev = t;
        }
        out.add(prev == null ? new Bucket(whenNone, null, false, null, false)
                : new Bucket(prev + 1, prev, false, null, false));
        return out;
    }

    /** The day before, the day of and the day after each threshold (one day stands for a run of days). */
    static List<Bucket> dateBuckets(TreeSet<LocalDate> thresholds, LocalDate whenNone) {
        List<Bucket> out = new ArrayList<>();
        LocalDate prev = null;
        for (LocalDate d : thresholds) {
            if (prev == null) {
                out.add(new Bucket(d.minusDays(1), null, false, d, false));
            } else if (prev.plusDays(1).isBefore(d)) {
                out.add(new Bucket(prev.plusDays(1), prev, false, d, false));
            }
            out.add(new Bucket(d, d, true, d, true));
            prev = d;
        }
        out.add(prev == null ? new Bucket(whenNone, null, false, null, false)
                : new Bucket(prev.plusDays(1), prev, false, null, false));
        return out;
    }

    public Kind kind() {
        return kind;
    }

    /** The fact's spec name, {@code date}, or the switch name. */
    public String name() {
        return name;
    }

    /** How the axis is named to a reader: {@code advised-of-rights}, {@code date}, {@code reading <regime>.<switch>}. */
    public String label() {
        return kind == Kind.SWITCH ? "reading " + name : name;
    }

    /** The fact behind a FACT axis, else null. */
    public FactSpec fact() {
        return fact;
    }

    public List<Object> values() {
        return values;
    }

    /** The index of the default value (the fact's default, the base date, the switch's default reading). */
    public int defaultIndex() {
        return defaultIndex;
    }

    public int size() {
        return values.size();
    }

    /** The buckets of a number or date axis, else null. */
    public List<Bucket> buckets() {
        return buckets;
    }

    /** Wire spelling of the value at this index. */
    public String format(int index) {
        return format(values.get(index));
    }

    public String format(Object value) {
        return value instanceof String s ? s : Vocabulary.formatValue(value);
    }

    /** The index of the value, or of the bucket holding it; -1 if it is none of them. */
    @SuppressWarnings("rawtypes")
    public int indexOf(Object value) {
        if (buckets != null) {
            for (int i = 0; i < buckets.size(); i++) {
                if (buckets.get(i).contains((Comparable) value)) {
                    return i;
                }
            }
            return -1;
        }
        return values.indexOf(value);
    }

    /** The bucket of a value as a condition, e.g. {@code hours-until-release < 48}; null on a discrete axis. */
    public String range(int index) {
        if (buckets == null) {
            return null;
        }
        BitSet one = new BitSet();
        one.set(index);
        return describe(one);
    }

    /**
     * The values at these indexes as one condition a reader can check: {@code detainer = i-247a},
     * {@code purpose ≠ criminal-investigation}, {@code warrant = judicial or transfer-writ},
     * {@code hours-until-release < 48}, {@code date ≥ 2021-01-21}.
     */
    public String describe(BitSet allowed) {
        String who = label();
        if (buckets != null) {
            return describeRanges(who, allowed);
        }
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            (allowed.get(i) ? in : out).add(format(i));
        }
        if (in.size() == 1) {
            return who + " = " + in.get(0);
        }
        if (out.size() == 1) {
            return who + " ≠ " + out.get(0);
        }
        return who + " = " + String.join(" or ", in);
    }

    private String describeRanges(String who, BitSet allowed) {
        List<String> parts = new ArrayList<>();
        Function<Comparable<?>, String> fmt = this::format;
        int i = allowed.nextSetBit(0);
        while (i >= 0) {
            int end = allowed.nextClearBit(i) - 1;
            Bucket first = buckets.get(i);
            Bucket last = buckets.get(end);
            if (first.lower() == null && last.upper() == null) {
                parts.add(who + " any");
            } else if (first == last && first.isPoint()) {
                parts.add(who + " = " + fmt.apply(first.lower()));
            } else if (first.lower() == null) {
                parts.add(who + (last.upperInclusive() ? " ≤ " : " < ") + fmt.apply(last.upper()));
            } else if (last.upper() == null) {
                parts.add(who + (first.lowerInclusive() ? " ≥ " : " > ") + fmt.apply(first.lower()));
            } else {
                parts.add(fmt.apply(first.lower()) + (first.lowerInclusive() ? " ≤ " : " < ") + who
                        + (last.upperInclusive() ? " ≤ " : " < ") + fmt.apply(last.upper()));
            }
            i = allowed.nextSetBit(end + 1);
        }
        return String.join(" or ", parts);
    }

    @Override
    public String toString() {
        return label() + " " + values;
    }
}
