package org.icerules.law;

import org.icerules.Vocab;
import org.icerules.RegimeVerifier;
import org.icerules.engine.Evaluator;
import org.icerules.model.facts.Action;
import org.icerules.model.InputException;
import org.icerules.model.verdicts.Status;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.icerules.analysis.Point;

class TimelineTest {
    static final LawInForce LAW = new LawInForce(new Evaluator(RegimeVerifier.projectCatalog()),
            Jurisdictions.load(Path.of("rules")));
    static final LocalDate FROM = LocalDate.parse("2014-01-01");
    static final LocalDate TO = LocalDate.parse("2025-12-31");

    static List<Timeline.Point> valles(List<String> include) {
        return Timeline.compute(LAW, LawInForceTest.valles(), "denver", Map.of(), include, FROM, TO);
    }

    @Test
    void pointsFallOnTheDatesLayersChange() {
        List<LocalDate> dates = valles(List.of()).stream().map(Timeline.Point::date).toList();
        assertThat(dates).startsWith(FROM).contains(LocalDate.parse("2014-04-30"), LocalDate.parse("2017-08-31"),
                LocalDate.parse("2019-05-28"), LocalDate.parse("2020-03-23"), LocalDate.parse("2025-05-23"));
        assertThat(dates).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void everyPointAfterTheFirstSaysWhatChanged() {
        List<Timeline.Point> points = valles(List.of());
        assertThat(points.get(0).changes()).containsExactly("start");
        points.stream().skip(1).forEach(p -> assertThat(p.changes()).isNotEmpty());
        Timeline.Point ordinance = points.stream().filter(p -> p.date().equals(LocalDate.parse("2017-08-31")))
                .findFirst().orElseThrow();
        assertThat(ordinance.changes()).contains("+ denver-ordinance-2017 comes into force",
                "- denver-practice-2014 no longer in force", "= admit-ice-secure-area: permitted → forbidden");
    }

    @Test
    void segmentsMergeStretchesOfTheSameAnswer() {
        List<Timeline.Segment> hold = Timeline.segments(valles(List.of()), Vocab.action("hold-past-release"), TO);
        assertThat(hold.get(0).answer().status()).isEqualTo(Status.SILENT);
        assertThat(hold.get(0).to()).isEqualTo(LocalDate.parse("2014-04-29"));
        assertThat(hold.get(1).from()).isEqualTo(LocalDate.parse("2014-04-30"));
        assertThat(hold.get(1).to()).isEqualTo(LocalDate.parse("2017-08-30"));
        assertThat(hold.get(hold.size() - 1).to()).isEqualTo(TO);
        for (int i = 1; i < hold.size(); i++) {
            assertThat(hold.get(i).from()).isEqualTo(hold.get(i - 1).to().plusDays(1));
        }
    }

    @Test
    void byTheDatedRecordNoJagConditionEverPutsTheAwardAtRisk() {
        List<Timeline.Point> points = valles(List.of());
        Timeline.Point injunction = points.stream().filter(p -> p.date().equals(LocalDate.parse("2017-09-15")))
                .findFirst().orElseThrow();
        assertThat(injunction.changes()).anyMatch(c -> c.startsWith("~ federal-jag-2017: enjoined"));
        points.forEach(p -> p.answer().answers().forEach(a -> assertThat(a.grantRisks()).isEmpty()));
        Timeline.Point end = points.stream().filter(p -> p.date().equals(LocalDate.parse("2020-10-01")))
                .findFirst().orElseThrow();
        assertThat(end.changes()).contains("- federal-jag-2017 no longer in force");
    }

    @Test
    void asWrittenTheNoticeConditionPutsTheAwardAtRiskFromTheAwardToTheEndOfItsPeriod() {
        // Where the ordinance forbids the notice: read the advisement as its precondition (not given).
        List<Timeline.Point> points = Timeline.compute(LAW, LawInForceTest.valles(), "denver",
                Map.of("jag.enforceable", "as-written", "ordinance.advisement", "precondition"), List.of(), FROM, TO);
        List<Timeline.Segment> notify = Timeline.segments(points, Vocab.action("notify-release"), TO);
        List<Timeline.Segment> atRisk = notify.stream().filter(s -> !s.answer().grantRisks().isEmpty()).toList();
        assertThat(atRisk).isNotEmpty();
        assertThat(atRisk.get(0).from()).isEqualTo(LocalDate.parse("2018-10-10"));
        assertThat(atRisk.get(atRisk.size() - 1).to()).isEqualTo(LocalDate.parse("2020-09-30"));
    }

    @Test
    void anIncludedFailedBillStartsOnItsOwnDate() {
        List<Timeline.Segment> hold = Timeline.segments(Timeline.compute(LAW, LawInForceTest.vallesWithARemovalOrder(),
                "denver", Map.of(), List.of("colorado-hb20-1188"), FROM, TO), Vocab.action("hold-past-release"), TO);
        Timeline.Segment conflict = hold.stream().filter(s -> s.answer().status() == Status.CONFLICT)
                .findFirst().orElseThrow();
        assertThat(conflict.from()).isEqualTo(LocalDate.parse("2020-03-12"));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsBadInput() {
        assertThatThrownBy(() -> Timeline.compute(LAW, LawInForceTest.valles(), "denver", Map.of(), List.of(),
                TO, FROM)).isInstanceOf(InputException.class);
    }
}
