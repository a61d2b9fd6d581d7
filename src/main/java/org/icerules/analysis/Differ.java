package org.icerules.analysis;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code diff}: two regimes over every case of each action's fact space (the facts either
 * regime's rules read, bucketed; the switches they read), and where they disagree, a short
 * list of patterns that say when, each with its count and one example.
 */
public final class Differ {
    private final Evaluator evaluator;

    public Differ(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Every action in {@code actions} (all actions when empty), in action order, every reading tried. */
    public DiffResult diff(CompiledRegime first, CompiledRegime second, List<Action> actions) {
        return diff(first, second, actions, Map.of());
    }

    /** As above, with the switches named in {@code fixed} held at that reading instead of varied. */
    public DiffResult diff(CompiledRegime first, CompiledRegime second, List<Action> actions,
                           Map<String, String> fixed) {
        evaluator.prepare(List.of(first, second));
        List<ActionDiff> out = new ArrayList<>();
        for (Action a : first.vocabulary().actions()) {
            if (actions.isEmpty() || actions.contains(a)) {
                out.add(diff(first, second, a, fixed));
            }
        }
        return new DiffResult(first.regime(), second.regime(), out, new TreeMap<>(fixed), first.vocabulary());
    }

    public ActionDiff diff(CompiledRegime first, CompiledRegime second, Action action) {
        return diff(first, second, action, Map.of());
    }

    public ActionDiff diff(CompiledRegime first, CompiledRegime second, Action action, Map<String, String> fixed) {
        FactSpace space = FactSpace.of(List.of(first, second), action,
                first.vocabulary().defaults(FactSpace.DEFAULT_DATE), fixed, true);
        int n = Math.toIntExact(space.size());
        List<int[]> points = new ArrayList<>(n);
        Status[] a = new Status[n];
        Status[] b = new Status[n];
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Point p = space.point(i);
            points.add(p.indices());
            a[i] = evaluator.evaluate(first, action, p.facts(), p.readings()).status();
            b[i] = evaluator.evaluate(second, action, p.facts(), p.readings()).status();
            if (a[i] != b[i]) {
                // key sorts by the first status, then the second, in Status order
                groups.computeIfAbsent(a[i].ordinal() + "/" + b[i].ordinal(), k -> new ArrayList<>()).add(i);
            }
        }
        int[] radix = space.dimensions().stream().mapToInt(Dimension::size).toArray();
        List<DiffPattern> patterns = new ArrayList<>();
        long disagreeing = 0;
        for (List<Integer> group : groups.values()) {
            disagreeing += group.size();
            List<int[]> positives = group.stream().map(points::get).toList();
            boolean[] inGroup = new boolean[n];
            group.forEach(i -> inGroup[i] = true);
            List<int[]> negatives = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!inGroup[i]) {
                    negatives.add(points.get(i));
                }
            }
            for (PatternFinder.Term t : PatternFinder.cover(positives, negatives, radix)) {
                patterns.add(pattern(space, first, second, action, t, group, points, a[group.get(0)], b[group.get(0)]));
            }
        }
        List<String> axes = space.dimensions().stream().map(Dimension::label).toList();
        return new ActionDiff(action, axes, n, disagreeing, patterns);
    }

    private DiffPattern pattern(FactSpace space, CompiledRegime first, CompiledRegime second, Action action,
                                PatternFinder.Term term, List<Integer> group, List<int[]> points, Status sa, Status sb) {
        List<Condition> conditions = conditions(space, term);
        long count = 0;
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i : group) {
            if (term.matches(points.get(i))) {
                count++;
                int d = distanceFromDefaults(space, points.get(i));
                if (d < bestDistance) {
                    best = i;
                    bestDistance = d;
                }
            }
        }
        Point p = space.at(points.get(best));
        Verdict va = evaluator.evaluate(first, action, p.facts(), p.readings());
        Verdict vb = evaluator.evaluate(second, action, p.facts(), p.readings());
        return new DiffPattern(action, sa, sb, conditions, count, new DiffExample(p.facts(), p.readings(), va, vb));
    }

    static List<Condition> conditions(FactSpace space, PatternFinder.Term term) {
        List<Condition> out = new ArrayList<>();
        for (int d = 0; d < space.dimensions().size(); d++) {
            BitSet allowed = term.allowed()[d];
            if (allowed == null) {
                continue;
            }
            Dimension dim = space.dimensions().get(d);
            List<String> values = new ArrayList<>();
            if (dim.buckets() == null) {
                allowed.stream().forEach(i -> values.add(dim.format(i)));
            }
            out.add(new Condition(dim.label(), dim.describe(allowed), List.copyOf(values)));
        }
        for (List<PatternFinder.Literal> clause : term.anyOf()) {
            List<String> names = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (PatternFinder.Literal l : clause) {
                Dimension dim = space.dimensions().get(l.dim());
                names.add(dim.label());
                texts.add(dim.describe(l.values()));
            }
            out.add(new Condition(String.join(" | ", names), "(" + String.join(" or ", texts) + ")", List.of()));
        }
        return out;
    }

    /** How many axes are away from their defaults: the example a reader grasps fastest. */
    static int distanceFromDefaults(FactSpace space, int[] indices) {
        int d = 0;
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] != space.dimensions().get(i).defaultIndex()) {
                d++;
            }
        }
        return d;
    }
}
