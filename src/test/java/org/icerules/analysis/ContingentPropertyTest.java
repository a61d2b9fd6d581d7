package org.icerules.analysis;

import org.icerules.Vocab;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.icerules.RegimeVerifier;
import org.icerules.engine.Evaluator;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.verdicts.Verdict;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RegimeCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patterns of a contingent answer are exact (every combination a pattern covers gives its
 * branch's status) and complete (every combination is covered by its own branch), at the
 * bucket representatives and at values drawn anywhere.
 */
class ContingentPropertyTest {
    private static final RegimeCatalog CATALOG = RegimeVerifier.projectCatalog();
    private static final Evaluator EVALUATOR = new Evaluator(CATALOG);

    @Property(tries = 80)
    void patternsAreExactAndComplete(@ForAll long seed) {
        Random random = new Random(seed);
        List<CompiledRegime> regimes = CATALOG.regimes();
        CompiledRegime regime = regimes.get(random.nextInt(regimes.size()));
        Action action = Vocab.actions().get(random.nextInt(Vocab.actions().size()));
        Case known = randomCase(random);
        List<String> candidates = new ArrayList<>(FactSpace.factsRead(regime, action));
        Vocab.facts().forEach(f -> candidates.add(f.name())); // sometimes one no rule reads
        Set<String> unknown = new LinkedHashSet<>();
        int want = 1 + random.nextInt(3);
        while (unknown.size() < want) {
            unknown.add(candidates.get(random.nextInt(candidates.size())));
        }
        FactSpace space = FactSpace.ofUnknowns(List.of(regime), action, known, Map.of(), unknown, Contingent.LIMIT);
        Contingency<Verdict> c = new Contingent(EVALUATOR).verdict(regime, action, known, Map.of(), unknown).answer();
        assertThat(c.cases()).isEqualTo(space.size());
        for (long i = 0; i < space.size(); i++) {
            Point p = space.point(i);
            check(c, space, p.facts(), EVALUATOR.evaluate(regime, action, p.facts(), Map.of()));
        }
        for (int k = 0; k < 5; k++) { // values anywhere, not only the representatives
            Map<String, Object> values = new LinkedHashMap<>();
            unknown.forEach(u -> values.put(u, randomValue(Vocab.byName(u), random)));
            Case any = Vocab.with(known, null, values);
            check(c, space, any, EVALUATOR.evaluate(regime, action, any, Map.of()));
        }
    }

    private static void check(Contingency<Verdict> c, FactSpace space, Case facts, Verdict actual) {
        int[] at = space.locate(facts, Map.of());
        if (c.isDefinite()) {
            assertThat(actual.status()).isEqualTo(c.status());
        }
        boolean ownCovered = false;
        for (Contingency.Branch<Verdict> b : c.branches()) {
            for (List<Condition> pattern : b.patterns()) {
                if (matches(space, pattern, at)) {
                    assertThat(actual.status()).as("pattern " + Contingency.text(pattern)).isEqualTo(b.status());
                    ownCovered |= b.answer().provisions().equals(actual.provisions());
                }
            }
        }
        assertThat(ownCovered).as("combination " + Vocab.toWire(facts) + " covered").isTrue();
    }

    /** Whether the case at these axis indexes meets every condition (checked by value, from the condition's own text). */
    private static boolean matches(FactSpace space, List<Condition> pattern, int[] at) {
        for (Condition cond : pattern) {
            boolean any = false;
            for (String alternative : cond.name().split(" \\| ")) {
                int d = axis(space, alternative);
                String text = cond.name().contains(" | ") ? part(cond.text(), alternative) : cond.text();
                any |= single(space, d, at[d]).equals(text) || allowedBy(space, d, at[d], text);
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static int axis(FactSpace space, String label) {
        for (int d = 0; d < space.dimensions().size(); d++) {
            if (space.dimensions().get(d).label().equals(label)) {
                return d;
            }
        }
        throw new IllegalStateException(label);
    }

    private static String part(String either, String label) {
        String inner = either.substring(1, either.length() - 1);
        for (String p : inner.split(" or (?=[a-z])")) {
            if (p.startsWith(label + " ") || p.contains(" " + label + " ")) {
                return p;
            }
        }
        return inner;
    }

    private static String single(FactSpace space, int d, int index) {
        java.util.BitSet one = new java.util.BitSet();
        one.set(index);
        return space.dimensions().get(d).describe(one);
    }

    /** Whether the value at {@code index} is among those {@code text} allows: the condition rebuilt without it must differ. */
    private static boolean allowedBy(FactSpace space, int d, int index, String text) {
        Dimension dim = space.dimensions().get(d);
        for (int mask = 1; mask < (1 << dim.size()); mask++) {
            java.util.BitSet set = java.util.BitSet.valueOf(new long[]{mask});
            if (dim.describe(set).equals(text)) {
                return set.get(index);
            }
        }
        return false;
    }

    private static Case randomCase(Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FactSpec f : Vocab.facts()) {
            values.put(f.name(), randomValue(f, random));
        }
        return Vocab.with(null, LocalDate.of(2014, 1, 1).plusDays(random.nextInt(365 * 9)), values);
    }

    private static Object randomValue(FactSpec f, Random random) {
        if (f.type() == FactType.NUMBER) {
            return random.nextInt(4) == 0 ? (double) random.nextInt(100) : random.nextDouble() * 200;
        }
        List<Object> d = f.domain();
        return d.get(random.nextInt(d.size()));
    }
}
