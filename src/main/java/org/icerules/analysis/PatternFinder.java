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

    /** A conjunction: for each axis the allowed value indexes, or null where the axis does not matter. */
    record Term(BitSet[] allowed) {
        boolean matches(int[] p) {
            for (int d = 0; d < allowed.length; d++) {
                if (allowed[d] != null && !allowed[d].get(p[d])) {
                    return false;
                }
            }
            return true;
        }
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
        return withoutRedundant(terms, positives);
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
