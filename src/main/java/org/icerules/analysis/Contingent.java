package org.icerules.analysis;

import org.icerules.engine.Evaluator;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.model.law.Provision;
import org.icerules.regime.CompiledRegime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Answers from what is known: for one action, every combination of the unknown facts' values
 * (numbers at the thresholds the rules compare, via {@link FactSpace#ofUnknowns}) with the known
 * facts held fixed, evaluated and summarised as a {@link Contingency}. Exact and exhaustive, so
 * refused past {@link #LIMIT} combinations.
 */
public final class Contingent {
    /** More combinations than this is refused, naming the facts: ask fewer unknowns at a time. */
    public static final long LIMIT = 4096;
    private final Evaluator evaluator;

    public Contingent(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** What one regime says of one action when the {@code unknown} facts could be anything. */
    public ContingentVerdict verdict(CompiledRegime regime, Action action, Case known, Map<String, String> readings,
                                     Set<String> unknown) {
        FactSpace space = FactSpace.ofUnknowns(List.of(regime), action, known, readings, unknown, LIMIT);
        Contingency<Verdict> c = summarise(space, unknown,
                p -> evaluator.evaluate(regime, action, p.facts(), p.readings()),
                Verdict::status, v -> v.provisions().stream().map(Provision::id).toList());
        return new ContingentVerdict(regime.id(), action, c);
    }

    /** Every action under each regime, in regime then action order. */
    public List<ContingentVerdict> verdicts(Collection<CompiledRegime> regimes, Case known,
                                            Map<String, String> readings, Set<String> unknown) {
        List<ContingentVerdict> out = new ArrayList<>();
        for (CompiledRegime r : regimes) {
            for (Action a : r.vocabulary().actions()) {
                out.add(verdict(r, a, known, readings, unknown));
            }
        }
        return out;
    }

    /**
     * Evaluates every case of the space and summarises: one branch per distinct answer (status
     * and deciding provisions), each with short exact patterns ({@link PatternFinder}).
     *
     * @param unknown  every unknown fact (those the space has no axis for are reported as unread)
     * @param deciding what tells two answers of the same status apart: their deciding provisions
     */
    public static <T> Contingency<T> summarise(FactSpace space, Collection<String> unknown, Function<Point, T> answer,
                                               Function<T, Status> status, Function<T, List<String>> deciding) {
        int n = Math.toIntExact(space.size());
        List<int[]> points = new ArrayList<>(n);
        Status[] statuses = new Status[n];
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, T> answers = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Point p = space.point(i);
            points.add(p.indices());
            T a = answer.apply(p);
            statuses[i] = status.apply(a);
            String key = statuses[i].ordinal() + "/" + String.join(",", deciding.apply(a));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            answers.putIfAbsent(key, a);
        }
        int[] radix = space.dimensions().stream().mapToInt(Dimension::size).toArray();
        List<Contingency.Branch<T>> branches = new ArrayList<>();
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.comparingInt(k -> Integer.parseInt(k.substring(0, k.indexOf('/'))))); // stable: first seen within a status
        for (String key : keys) {
            List<Integer> group = groups.get(key);
            List<List<Condition>> patterns = new ArrayList<>();
            if (groups.size() == 1) {
                patterns.add(List.of());
            } else {
                boolean[] in = new boolean[n];
                group.forEach(i -> in[i] = true);
                List<int[]> positives = group.stream().map(points::get).toList();
                List<int[]> negatives = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (!in[i]) {
                        negatives.add(points.get(i));
                    }
                }
                PatternFinder.cover(positives, negatives, radix).forEach(t -> patterns.add(Differ.conditions(space, t)));
            }
            T a = answers.get(key);
            branches.add(new Contingency.Branch<>(status.apply(a), a, List.copyOf(patterns), group.size()));
        }
        Set<Status> distinct = new TreeSet<>();
        for (Status s : statuses) {
            distinct.add(s);
        }
        List<Contingency.Decider> matters = new ArrayList<>();
        List<String> idle = new ArrayList<>();
        for (int d = 0; d < radix.length; d++) {
            Contingency.Decider decider = decider(space, d, statuses);
            if (decider == null) {
                idle.add(space.dimensions().get(d).label());
            } else {
                matters.add(decider);
            }
        }
        matters.sort(Comparator.comparingDouble(Contingency.Decider::remainingBits)); // stable: spec order on ties
        Set<String> axes = new TreeSet<>(space.dimensions().stream().map(Dimension::name).toList());
        List<String> unread = unknown.stream().filter(u -> !axes.contains(u)).toList();
        Status definite = distinct.size() == 1 ? distinct.iterator().next() : null;
        return new Contingency<>(definite, List.copyOf(branches), List.copyOf(matters), List.copyOf(idle),
                unread, n);
    }

    /** How axis {@code d} splits the statuses; null when no two of its values give different ones with all else equal. */
    static Contingency.Decider decider(FactSpace space, int d, Status[] statuses) {
        Dimension dim = space.dimensions().get(d);
        int r = dim.size();
        long stride = 1;
        for (int e = d + 1; e < space.dimensions().size(); e++) {
            stride *= space.dimensions().get(e).size();
        }
        boolean changes = false;
        List<Map<Status, Integer>> byValue = new ArrayList<>();
        for (int v = 0; v < r; v++) {
            byValue.add(new java.util.EnumMap<>(Status.class));
        }
        for (int i = 0; i < statuses.length; i++) {
            int v = (int) ((i / stride) % r);
            byValue.get(v).merge(statuses[i], 1, Integer::sum);
            if (v == 0) {
                for (int w = 1; w < r; w++) {
                    changes |= statuses[(int) (i + w * stride)] != statuses[i];
                }
            }
        }
        if (!changes) {
            return null;
        }
        double bits = 0;
        List<String> lines = new ArrayList<>();
        for (int v = 0; v < r; v++) {
            Map<Status, Integer> counts = byValue.get(v);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            for (int c : counts.values()) {
                double q = (double) c / total;
                bits -= q * Math.log(q) / Math.log(2) / r;
            }
            java.util.BitSet one = new java.util.BitSet();
            one.set(v);
            lines.add(dim.describe(one) + " → " + String.join(" or ", counts.keySet().stream().map(Status::wire).toList()));
        }
        return new Contingency.Decider(dim.label(), Math.abs(bits) < 1e-12 ? 0 : bits, List.copyOf(lines));
    }
}
