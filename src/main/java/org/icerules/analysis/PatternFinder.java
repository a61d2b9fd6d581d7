package org.icerules.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Short descriptions of a set of cases: conjunctions of "axis takes one of these values" that
 * match every case in {@code positives} and none in {@code negatives}. Greedy, in the style of
 * prime implicants: start from one uncovered case, drop the condition whose removal keeps the
 * term clean and covers the most cases, repeat, then widen what is left value by value; move
 * on to the next uncovered case; finally drop terms the others already cover. Deterministic.
 */
final class PatternFinder {
    private PatternFinder() {
    }

    /** "This axis takes one of these values." */
    record Literal(int dim, BitSet values) {
        boolean matches(int[] p) {
            return values.get(p[dim]);
        }
    }

    /**
     * A conjunction: for each axis the allowed value indexes (null where the axis does not
     * matter), and clauses of the form "one of these literals holds".
     */
    record Term(BitSet[] allowed, List<List<Literal>> anyOf) {
        Term(BitSet[] allowed) {
            this(allowed, List.of());
        }

        boolean matches(int[] p) {
            for (int d = 0; d < allowed.length; d++) {
                if (allowed[d] != null && !allowed[d].get(p[d])) {
                    return false;
                }
            }
            for (List<Literal> clause : anyOf) {
                if (clause.stream().noneMatch(l -> l.matches(p))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Shortens the list by exact merges: two terms equal but for one literal each become one,
     * {@code A and (x or y)} — or, on the same axis, {@code A and x ∈ (S1 ∪ S2)}. Repeats until
     * no pair merges. The union of the terms is unchanged.
     */
    static List<Term> merge(List<Term> terms, int[] radix) {
        List<Term> out = new ArrayList<>(terms);
        boolean merged = true;
        while (merged) {
            merged = false;
            search:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    Term m = mergePair(out.get(i), out.get(j), radix);
                    if (m != null) {
                        out.set(i, m);
                        out.remove(j);
                        merged = true;
                        break search;
                    }
                }
            }
        }
        return out;
    }

    private static Term mergePair(Term a, Term b, int[] radix) {
        if (!a.anyOf().equals(b.anyOf())) {
            return null;
        }
        List<Integer> differ = new ArrayList<>();
        for (int d = 0; d < radix.length; d++) {
            if (!java.util.Objects.equals(a.allowed()[d], b.allowed()[d])) {
                differ.add(d);
            }
        }
        if (differ.size() == 1) {
            int d = differ.get(0);
            if (a.allowed()[d] == null || b.allowed()[d] == null) {
                return null; // one contains the other: nothing to gain
            }
            BitSet[] allowed = a.allowed().clone();
            BitSet union = (BitSet) a.allowed()[d].clone();
            union.or(b.allowed()[d]);
            allowed[d] = union.cardinality() == radix[d] ? null : union;
            return new Term(allowed, a.anyOf());
        }
        if (differ.size() == 2) {
            int d1 = differ.get(0);
            int d2 = differ.get(1);
            Term x = a.allowed()[d1] != null && a.allowed()[d2] == null ? a : b;
            Term y = x == a ? b : a;
            if (x.allowed()[d1] == null || x.allowed()[d2] != null || y.allowed()[d2] == null || y.allowed()[d1] != null) {
                return null;
            }
            BitSet[] allowed = x.allowed().clone();
            allowed[d1] = null;
            List<List<Literal>> anyOf = new ArrayList<>(x.anyOf());
            anyOf.add(List.of(new Literal(d1, x.allowed()[d1]), new Literal(d2, y.allowed()[d2])));
            return new Term(allowed, List.copyOf(anyOf));
        }
        return null;
    }

    static List<Term> cover(List<int[]> positives, List<int[]> negatives, int[] radix) {
        List<Term> terms = new ArrayList<>();
        boolean[] covered = new boolean[positives.size()];
        for (int i = 0; i < positives.size(); i++) {
            if (covered[i]) {
                continue;
            }
            Term t = grow(positives.get(i), positives, negatives, radix);
            terms.add(t);
            for (int j = 0; j < positives.size(); j++) {
                covered[j] |= t.matches(positives.get(j));
            }
        }
        return merge(narrowed(withoutRedundant(terms, positives), positives), radix);
    }

    private static Term grow(int[] seed, List<int[]> positives, List<int[]> negatives, int[] radix) {
        BitSet[] allowed = new BitSet[radix.length];
        for (int d = 0; d < radix.length; d++) {
            allowed[d] = new BitSet(radix[d]);
            allowed[d].set(seed[d]);
        }
        while (true) {
            int best = -1;
            int bestCount = -1;
            for (int d = 0; d < radix.length; d++) {
                if (allowed[d] == null) {
                    continue;
                }
                BitSet kept = allowed[d];
                allowed[d] = null;
                if (clean(allowed, negatives)) {
                    int c = count(allowed, positives);
                    if (c > bestCount) {
                        best = d;
                        bestCount = c;
                    }
                }
                allowed[d] = kept;
            }
            if (best < 0) {
                break;
            }
            allowed[best] = null;
        }
        for (int d = 0; d < radix.length; d++) {
            if (allowed[d] == null) {
                continue;
            }
            for (int v = 0; v < radix[d]; v++) {
                if (!allowed[d].get(v)) {
                    allowed[d].set(v);
                    if (!clean(allowed, negatives)) {
                        allowed[d].clear(v);
                    }
                }
            }
            if (allowed[d].cardinality() == radix[d]) {
                allowed[d] = null;
            }
        }
        return new Term(allowed);
    }

    private static boolean clean(BitSet[] allowed, List<int[]> negatives) {
        Term t = new Term(allowed);
        for (int[] n : negatives) {
            if (t.matches(n)) {
                return false;
            }
        }
        return true;
    }

    private static int count(BitSet[] allowed, List<int[]> positives) {
        Term t = new Term(allowed);
        int c = 0;
        for (int[] p : positives) {
            if (t.matches(p)) {
                c++;
            }
        }
        return c;
    }

    /**
     * Makes the terms overlap less, so their counts read naturally: from each term, drops the
     * values of a condition whose cases the earlier terms already cover. Coverage is unchanged.
     */
    static List<Term> narrowed(List<Term> terms, List<int[]> positives) {
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            BitSet[] allowed = t.allowed().clone();
            for (int d = 0; d < allowed.length; d++) {
                if (allowed[d] == null) {
                    continue;
                }
                BitSet narrowedSet = (BitSet) allowed[d].clone();
                for (int v = allowed[d].nextSetBit(0); v >= 0; v = allowed[d].nextSetBit(v + 1)) {
                    final int dim = d;
                    final int value = v;
                    Term current = new Term(allowed, t.anyOf());
                    boolean coveredBefore = positives.stream()
                            .filter(p -> p[dim] == value && current.matches(p))
                            .allMatch(p -> out.stream().anyMatch(o -> o.matches(p)));
                    if (coveredBefore && narrowedSet.cardinality() > 1) {
                        narrowedSet.clear(v);
                    }
                }
                allowed[d] = narrowedSet;
            }
            out.add(new Term(allowed, t.anyOf()));
        }
        return out;
    }

    /** Drops, last first, each term whose cases the remaining terms all cover. */
    private static List<Term> withoutRedundant(List<Term> terms, List<int[]> positives) {
        List<Term> kept = new ArrayList<>(terms);
        for (int i = kept.size() - 1; i >= 0 && kept.size() > 1; i--) {
            Term t = kept.get(i);
            boolean redundant = true;
            for (int[] p : positives) {
                if (t.matches(p) && kept.stream().noneMatch(o -> o != t && o.matches(p))) {
                    redundant = false;
                    break;
                }
            }
            if (redundant) {
                kept.remove(i);
            }
        }
        return kept;
    }
}
