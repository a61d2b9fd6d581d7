package org.icerules.law;

import org.icerules.Vocab;
import org.icerules.RegimeVerifier;
import org.icerules.analysis.Contingency;
import org.icerules.engine.Evaluator;
import org.icerules.model.Scenario;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;
import org.icerules.regime.RegimeCatalog;
import org.icerules.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContingentLawTest {
    private static final RegimeCatalog CATALOG = RegimeVerifier.projectCatalog();
    private static final LawInForce LAW = new LawInForce(new Evaluator(CATALOG), Jurisdictions.load(Path.of("rules")));
    private static final LocalDate DAY = LocalDate.of(2018, 6, 1);

    private static Scenario warrantUnknown() {
        return org.icerules.law.Places.of(CATALOG).loader()
                .loadFile(Path.of("scenarios/access/secure-area-warrant-unknown-2018.yaml")).get(0);
    }

    @Test
    void theLayersAreCombinedPerValueOfTheUnknownWarrant() {
        Scenario s = warrantUnknown();
        List<Contingency<CombinedAnswer>> answers = ContingentLaw.answer(LAW, s.facts(), DAY, "denver", s.readings(),
                List.<String>of(), s.unknown());
        Contingency<CombinedAnswer> admit = answers.get(Vocab.action("admit-ice-secure-area").index());
        assertThat(admit.isDefinite()).isFalse();
        Contingency.Branch<CombinedAnswer> permitted = admit.branches().stream()
                .filter(b -> b.status() == Status.PERMITTED).findFirst().orElseThrow();
        assertThat(permitted.when()).isEqualTo("warrant = judicial");
        assertThat(permitted.answer().deciding()).extracting(lp -> lp.provision().id())
                .containsExactly("drmc-28-252-a-judicial-warrant");
        // exact: the law with each warrant known gives the branch that covers it
        for (Object w : Vocab.byName("warrant").domain()) {
            var known = Vocab.with(s.facts(), null, Map.of("warrant", w));
            Status actual = LAW.answer(known, DAY, "denver", s.readings(), List.<String>of())
                    .answers().get(Vocab.action("admit-ice-secure-area").index()).status();
            assertThat(actual).as(Vocab.formatValue(w)).isEqualTo(w == Vocab.value("warrant", "judicial") ? Status.PERMITTED : Status.FORBIDDEN);
        }
        assertThat(answers.get(Vocab.action("notify-consulate").index()).whatever()).isEqualTo("whatever the warrant");
    }

    @Test
    void theTimelineSplitsWhereTheContingentAnswerChanges() {
        Scenario s = warrantUnknown();
        var segments = ContingentLaw.timeline(LAW, s.facts(), "denver", s.readings(), List.of(),
                LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31), s.unknown());
        List<ContingentLaw.Segment> admit = segments.get(Vocab.action("admit-ice-secure-area"));
        assertThat(admit).extracting(g -> g.answer().isDefinite()).containsExactly(true, false);
        assertThat(admit.get(1).from()).isEqualTo(LocalDate.of(2017, 8, 31));
    }
}
