package org.icerules.analysis;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Patterns are exact: every case a term matches is a positive, and every positive is matched. */
class PatternFinderTest {
    @Property(tries = 200)
    void termsCoverEveryPositiveAndNoNegative(@ForAll long seed) {
        Random random = new Random(seed);
        int dims = 1 + random.nextInt(5);
        int[] radix = new int[dims];
        for (int d = 0; d < dims; d++) {
            radix[d] = 2 + random.nextInt(3);
        }
        List<int[]> positives = new ArrayList<>();
        List<int[]> negatives = new ArrayList<>();
        int total = 1;
        for (int r : radix) {
            total *= r;
        }
        for (int i = 0; i < total; i++) {
            int[] p = new int[dims];
            int n = i;
            for (int d = dims - 1; d >= 0; d--) {
                p[d] = n % radix[d];
                n /= radix[d];
            }
            (random.nextInt(3) == 0 ? positives : negatives).add(p);
        }
        List<PatternFinder.Term> terms = PatternFinder.cover(positives, negatives, radix);
        for (int[] p : positives) {
            assertThat(terms.stream().anyMatch(t -> t.matches(p))).isTrue();
        }
        for (int[] n : negatives) {
            assertThat(terms.stream().noneMatch(t -> t.matches(n))).isTrue();
        }
        if (positives.isEmpty()) {
            assertThat(terms).isEmpty();
        }
    }
}
