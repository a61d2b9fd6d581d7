package org.icerules.engine;

import org.icerules.Vocab;
import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Verdict;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regimes evaluated for the first time are evaluated side by side (making their rule bases is
 * most of a cold run); what comes back is what evaluating them one by one gives, in the order
 * the regimes were given, whichever thread finished first.
 */
class FirstEvaluationSideBySideTest {
    private static final String THREADS = "icerules.buildThreads";
    private String previous;

    @BeforeEach
    void severalThreads() {
        previous = System.getProperty(THREADS);
        System.setProperty(THREADS, "4"); // side by side even where the machine has one core
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(THREADS);
        } else {
            System.setProperty(THREADS, previous);
        }
    }

    @Test
    void coldRegimesSideBySideSayWhatEachSaysAloneInTheOrderGiven() {
        RegimeCatalog.load(Path.of("rules")); // fills the cache, so the next load makes no rule base
        RegimeCatalog catalog = RegimeCatalog.load(Path.of("rules"));
        List<CompiledRegime> regimes = new ArrayList<>(catalog.regimes());
        java.util.Collections.reverse(regimes); // an order other than the catalog's
        assertThat(regimes).noneMatch(CompiledRegime::ruleBaseMade);
        Case held = Vocab.in(catalog.vocabulary(), LocalDate.of(2016, 12, 20), Map.of(
                "detainer", Vocab.value("detainer", "i-247a"), "hours-until-release", 12.0));
        Map<String, String> readings = Map.of();

        List<Verdict> together = new Evaluator(catalog).evaluateAll(regimes, held, readings);

        assertThat(regimes).allMatch(CompiledRegime::ruleBaseMade);
        List<Verdict> oneByOne = new ArrayList<>();
        Evaluator plain = Evaluator.plain(catalog);
        regimes.forEach(r -> oneByOne.addAll(plain.evaluate(r, held, readings)));
        assertThat(together).isEqualTo(oneByOne);
        assertThat(together.stream().map(Verdict::regime).distinct().toList())
                .containsExactlyElementsOf(regimes.stream().map(CompiledRegime::id).toList());
        // warm now: one after another, from the memo, the same again
        assertThat(new Evaluator(catalog).evaluateAll(regimes, held, readings)).isEqualTo(oneByOne);
    }

    @Test
    void preparingMakesEveryRuleBaseNotYetMadeOnce() {
        RegimeCatalog.load(Path.of("rules"));
        RegimeCatalog catalog = RegimeCatalog.load(Path.of("rules"));
        List<CompiledRegime> some = catalog.regimes().subList(0, 3);
        new Evaluator(catalog).prepare(List.of(some.get(0), some.get(1), some.get(2), some.get(0)));

        assertThat(some).allMatch(CompiledRegime::ruleBaseMade);
        assertThat(catalog.regimes().subList(3, catalog.regimes().size())).noneMatch(CompiledRegime::ruleBaseMade);
        org.kie.api.KieBase made = some.get(0).kieBase();
        new Evaluator(catalog).prepare(some);
        assertThat(some.get(0).kieBase()).as("made once").isSameAs(made);
    }
}
