package org.icerules.analysis;

import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.law.SwitchSpec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The cases worth trying for one action under some regimes: one axis per fact their rules
 * for that action read (numbers and dates cut at the thresholds those rules use), one for the
 * date if a rule compares it, and — when asked — one per interpretation switch those rules
 * read. Every other fact keeps the base case's value: a verdict cannot depend on a fact no
 * deciding rule reads, so this covers the whole fact space for that action.
 * <p>
 * The one place that enumerates: {@code diff}, {@code check}, {@code explain} and
 * {@code sweep} all go through here.
 */
public final class FactSpace {
    /** The day used when no rule reads the date: the day after the ordinance came into force. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2017, 9, 1);
    /** More cases than this is a sign that one action's rules read far too much: refuse, saying which. */
    public static final long LIMIT = 5_000_000;

    private final List<Dimension> dimensions;
    private final Case base;
    private final Map<String, String> baseReadings;
    private final long size;

    private FactSpace(List<Dimension> dimensions, Case base, Map<String, String> baseReadings) {
        this.dimensions = List.copyOf(dimensions);
        this.base = base;
        this.baseReadings = Map.copyOf(baseReadings);
        long n = 1;
        for (Dimension d : dimensions) {
            n = n > LIMIT ? n : n * d.size(); // stop growing once past the limit: never overflows
        }
        this.size = n;
    }

    /** Every fact at its default on {@link #DEFAULT_DATE}, every switch the rules read varied. */
    public static FactSpace of(Collection<CompiledRegime> regimes, Action action) {
        return of(regimes, action, regimes.iterator().next().vocabulary().defaults(DEFAULT_DATE), Map.of(), true);
    }

    /**
     * @param base         the case that gives every fact no rule reads (and the date, if no rule reads it)
     * @param readings     the readings held fixed: a switch named here is never an axis
     * @param withSwitches whether the other switches the rules read become axes
     */
    public static FactSpace of(Collection<CompiledRegime> regimes, Action action, Case base,
                               Map<String, String> readings, boolean withSwitches) {
        Set<String> facts = new TreeSet<>();
        Map<String, Set<Double>> numbers = new TreeMap<>();
        Set<LocalDate> dates = new TreeSet<>();
        boolean readsDate = false;
        Map<String, SwitchSpec> switches = new TreeMap<>();
        for (CompiledRegime regime : regimes) {
            for (RuleInfo r : regime.rulesFor(action)) {
                facts.addAll(r.reads());
                r.numberThresholds().forEach((k, v) -> numbers.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
                dates.addAll(r.dateThresholds());
                readsDate |= r.readsDate();
                for (String s : r.switches().keySet()) {
                    regime.regime().switchNamed(s).ifPresent(spec -> switches.putIfAbsent(s, spec));
                }
            }
        }
        List<Dimension> dims = new ArrayList<>();
        for (FactSpec f : base.vocabulary().facts()) {
            if (facts.contains(f.name())) {
                dims.add(Dimension.ofFact(f, numbers.getOrDefault(f.name(), Set.of())));
            }
        }
        if (readsDate) {
            dims.add(Dimension.ofDate(dates, base.date()));
        }
        if (withSwitches) {
            switches.values().stream().filter(s -> !readings.containsKey(s.name()))
                    .forEach(s -> dims.add(Dimension.ofSwitch(s)));
        }
        FactSpace space = new FactSpace(dims, base, readings);
        if (space.size() > LIMIT) {
            throw new InputException(new InputProblem(null, 0, 0, "action " + action.id(), "the rules of "
                    + regimes.stream().map(CompiledRegime::id).toList() + " for this action read " + dims.size()
                    + " facts and switches (" + dims.stream().map(Dimension::label).toList() + "): " + space.size()
                    + " cases, more than the " + LIMIT + " this tool enumerates; split the rules or read fewer facts"));
        }
        return space;
    }

    /**
     * The cases that differ only in the {@code unknown} facts the rules for this action read
     * (numbers cut at the thresholds those rules compare them with); every other fact, the date
     * and every reading held as in {@code known}. No axis for an unknown fact no rule reads: its
     * value cannot change the answer. Refused past {@code limit} cases, naming the facts.
     */
    public static FactSpace ofUnknowns(Collection<CompiledRegime> regimes, Action action, Case known,
                                       Map<String, String> readings, Collection<String> unknown, long limit) {
        Set<String> read = new TreeSet<>();
        Map<String, Set<Double>> numbers = new TreeMap<>();
        for (CompiledRegime regime : regimes) {
            for (RuleInfo r : regime.rulesFor(action)) {
                read.addAll(r.reads());
                r.numberThresholds().forEach((k, v) -> numbers.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
            }
        }
        List<Dimension> dims = new ArrayList<>();
        for (FactSpec f : known.vocabulary().facts()) {
            if (unknown.contains(f.name()) && read.contains(f.name())) {
                dims.add(Dimension.ofFact(f, numbers.getOrDefault(f.name(), Set.of())));
            }
        }
        FactSpace space = new FactSpace(dims, known, readings);
        if (space.size() > limit) {
            throw new InputException(new InputProblem(null, 0, 0, "action " + action.id(), "the unknown facts "
                    + dims.stream().map(d -> d.label() + " (" + d.size() + " values)").toList() + " make "
                    + space.size() + " combinations for " + regimes.stream().map(CompiledRegime::id).toList()
                    + ", more than the " + limit + " this tool weighs; find out one of them, or ask fewer at a time"));
        }
        return space;
    }

    /** The facts the regime's rules for this action read, by spec name. */
    public static Set<String> factsRead(CompiledRegime regime, Action action) {
        Set<String> out = new TreeSet<>();
        regime.rulesFor(action).forEach(r -> out.addAll(r.reads()));
        return out;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    public Case base() {
        return base;
    }

    /** How many cases: the product of the axes' sizes. */
    public long size() {
        return size;
    }

    /** The case with these value indexes, one per axis. */
    public Point at(int[] indices) {
        Map<String, Object> facts = new LinkedHashMap<>();
        LocalDate date = base.date();
        Map<String, String> readings = new TreeMap<>(baseReadings);
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dim = dimensions.get(d);
            Object v = dim.values().get(indices[d]);
            switch (dim.kind()) {
                case FACT -> facts.put(dim.name(), v);
                case DATE -> date = (LocalDate) v;
                case SWITCH -> readings.put(dim.name(), (String) v);
            }
        }
        return new Point(indices, base.with(date, facts), readings);
    }

    /** The case with the given ordinal, the last axis turning fastest. */
    public Point point(long ordinal) {
        return at(indicesOf(ordinal));
    }

    int[] indicesOf(long ordinal) {
        int[] idx = new int[dimensions.size()];
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            int n = dimensions.get(d).size();
            idx[d] = (int) (ordinal % n);
            ordinal /= n;
        }
        return idx;
    }

    /** Visits every case, in ordinal order. */
    public void forEach(Consumer<Point> visitor) {
        for (long i = 0; i < size; i++) {
            visitor.accept(point(i));
        }
    }

    /** The value indexes of a case on each axis (its bucket, for numbers and dates); -1 where it is off the axis. */
    public int[] locate(Case c, Map<String, String> readings) {
        int[] idx = new int[dimensions.size()];
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dim = dimensions.get(d);
            Object v = switch (dim.kind()) {
                case FACT -> dim.fact().get(c);
                case DATE -> c.date();
                case SWITCH -> readings.get(dim.name());
            };
            idx[d] = v == null ? -1 : dim.indexOf(v);
        }
        return idx;
    }

    /** The base case with one axis set to the value at {@code index} (for "why not"). */
    public Point change(Case from, Map<String, String> readings, int[] dims, int[] indexes) {
        Map<String, Object> facts = new LinkedHashMap<>();
        LocalDate date = from.date();
        Map<String, String> r = new TreeMap<>(readings);
        int[] idx = locate(from, readings);
        for (int i = 0; i < dims.length; i++) {
            Dimension dim = dimensions.get(dims[i]);
            Object v = dim.values().get(indexes[i]);
            idx[dims[i]] = indexes[i];
            switch (dim.kind()) {
                case FACT -> facts.put(dim.name(), v);
                case DATE -> date = (LocalDate) v;
                case SWITCH -> r.put(dim.name(), (String) v);
            }
        }
        return new Point(idx, from.with(date, facts), r);
    }
}
