package org.icerules.analysis;

import org.icerules.Vocab;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.icerules.RegimeVerifier;
import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.verdicts.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fact space is only sound if a verdict depends on nothing but the facts the rules for
 * that action read: so perturbing any other fact (or the date, when no rule reads it) must
 * never change the verdict. Evaluated plainly (a fresh session, no verdict memo): the memo
 * keys on those very facts, so the two cases would share one remembered verdict.
 * {@link UnreadFactsTest} checks the same over every case of every fact space.
 */
class FactSpaceTest {
    private static final RegimeCatalog CATALOG = RegimeVerifier.projectCatalog();
    private static final Evaluator EVALUATOR = Evaluator.plain(CATALOG);

    @Property(tries = 300)
    void perturbingAFactNoRuleReadsNeverChangesTheVerdict(@ForAll long seed,
                                                          @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Random random = new Random(seed);
        List<CompiledRegime> regimes = CATALOG.regimes();
        CompiledRegime regime = regimes.get(pick % regimes.size());
        Action action = Vocab.actions().get(pick % Vocab.actions().size());
        Case c = randomCase(random);
        Map<String, String> readings = randomReadings(regime, random);
        Set<String> read = FactSpace.factsRead(regime, action);
        boolean readsDate = regime.rulesFor(action).stream().anyMatch(r -> r.readsDate());

        Map<String, Object> perturbed = new HashMap<>();
        for (FactSpec f : Vocab.facts()) {
            if (!read.contains(f.name())) {
                perturbed.put(f.name(), randomValue(f, random));
            }
        }
        LocalDate date = readsDate ? c.date() : randomDate(random);
        Case other = Vocab.with(c, date, perturbed);

        Verdict before = EVALUATOR.evaluate(regime, action, c, readings);
        Verdict after = EVALUATOR.evaluate(regime, action, other, readings);
        assertThat(after.status()).as("%s / %s", regime.id(), action.id()).isEqualTo(before.status());
        assertThat(after.provisions()).isEqualTo(before.provisions());
    }

    @Test
    void numbersAndDatesAreCutAtTheThresholdsTheRulesUse() {
        CompiledRegime draft = CATALOG.get("denver-draft-order-2017");
        FactSpace space = FactSpace.of(List.of(draft), Vocab.action("fund-legal-defense"));
        Dimension date = space.dimensions().stream().filter(d -> d.kind() == Dimension.Kind.DATE).findFirst().orElseThrow();
        assertThat(date.values()).containsExactly(LocalDate.of(2021, 1, 19), LocalDate.of(2021, 1, 20),
                LocalDate.of(2021, 1, 21));
        List<Bucket> hours = Dimension.numberBuckets(new java.util.TreeSet<>(Set.of(48.0)), 72);
        assertThat(hours).extracting(Bucket::representative).containsExactly(47.0, 48.0, 49.0);
        assertThat(Dimension.numberBuckets(new java.util.TreeSet<>(Set.of(0.0, 48.0)), 72))
                .extracting(Bucket::representative).containsExactly(0.0, 24.0, 48.0, 49.0);
    }

    @Test
    void theSpaceIsTheProductOfTheAxesTheRulesRead() {
        CompiledRegime ordinance = CATALOG.get("denver-ordinance-2017");
        FactSpace space = FactSpace.of(List.of(ordinance), Vocab.action("notify-release"));
        // a lodged I-247A is a written notification request, and the advisement switch decides
        // whether the notice waits for the advisement
        assertThat(space.dimensions()).extracting(Dimension::label).containsExactly("actor", "detainer",
                "notification-request", "advised-of-rights", "purpose", "reading ordinance.advisement",
                "reading ordinance.probation-scope");
        assertThat(space.size()).isEqualTo(8 * 2 * 3 * 2 * 5 * 2 * 2);
    }

    private static Case randomCase(Random random) {
        Map<String, Object> values = new TreeMap<>();
        for (FactSpec f : Vocab.facts()) {
            values.put(f.name(), randomValue(f, random));
        }
        return Vocab.with(null, randomDate(random), values);
    }

    private static Object randomValue(FactSpec f, Random random) {
        if (f.type() == FactType.NUMBER) {
            return (double) random.nextInt(200) / (random.nextBoolean() ? 1 : 2);
        }
        List<Object> domain = f.domain();
        return domain.get(random.nextInt(domain.size()));
    }

    private static LocalDate randomDate(Random random) {
        return LocalDate.of(2014, 1, 1).plusDays(random.nextInt(12 * 365));
    }

    private static Map<String, String> randomReadings(CompiledRegime regime, Random random) {
        Map<String, String> out = new TreeMap<>();
        for (SwitchSpec s : regime.regime().switches()) {
            out.put(s.name(), s.values().get(random.nextInt(s.values().size())));
        }
        return out;
    }
}
