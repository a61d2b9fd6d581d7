package org.icerules.law;

import org.icerules.Vocab;
import org.icerules.RegimeVerifier;
import org.icerules.engine.Evaluator;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Status;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The law in force on a date, on the project's own rules: the acceptance cases. */
class LawInForceTest {
    static final LawInForce LAW = new LawInForce(new Evaluator(RegimeVerifier.projectCatalog()),
            Jurisdictions.load(Path.of("rules")));

    /** Ever Valles's facts (scenarios/detainers/ever-valles-2016.yaml). */
    static Case valles() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("detainer", Vocab.byName("detainer").enumValue("i-247a").orElseThrow());
        f.put("notification-request", Vocab.byName("notification-request").enumValue("written").orElseThrow());
        f.put("hours-until-release", 0.5);
        return Vocab.with(null, LocalDate.parse("2016-12-20"), f);
    }

    /** Valles's facts, but with a final removal order from an earlier case (a person HB20-1188 would have reached). */
    static Case vallesWithARemovalOrder() {
        return Vocab.with(valles(), LocalDate.parse("2016-12-20"), Map.of("prior-removal-order", true));
    }

    static Case facts(String... pairs) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            var spec = Vocab.byName(pairs[i]);
            f.put(pairs[i], switch (spec.type()) {
                case BOOL -> Boolean.parseBoolean(pairs[i + 1]);
                case NUMBER -> Double.parseDouble(pairs[i + 1]);
                case ENUM -> spec.enumValue(pairs[i + 1]).orElseThrow();
            });
        }
        return Vocab.with(null, LocalDate.parse("2018-06-01"), f);
    }

    static CombinedAnswer on(String date, Case c, Action a, Map<String, String> readings, List<String> include) {
        return LAW.answer(c, LocalDate.parse(date), "denver", readings, include).answers().get(a.index());
    }

    static List<String> deciding(CombinedAnswer a) {
        return a.deciding().stream().map(p -> p.regime() + ":" + p.provision().id()).toList();
    }

    @Test
    void vallesIn2016IsDecidedByThePracticeAlone() {
        CombinedAnswer hold = on("2016-12-20", valles(), Vocab.action("hold-past-release"), Map.of(), List.of());
        assertThat(hold.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(hold.deciding()).extracting(LayerProvision::regime).containsOnly("denver-practice-2014");
    }

    @Test
    void vallesIn2019IsForbiddenByTheOrdinanceAndHb191124() {
        CombinedAnswer hold = on("2019-06-01", valles(), Vocab.action("hold-past-release"), Map.of(), List.of());
        assertThat(hold.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(deciding(hold)).containsExactly("denver-ordinance-2017:drmc-28-253",
                "colorado-hb19-1124:" + hold.deciding().get(1).provision().id());
        assertThat(hold.deciding()).extracting(LayerProvision::regime)
                .containsExactly("denver-ordinance-2017", "colorado-hb19-1124");
    }

    @Test
    void theLayersInForceFollowTheValidityDates() {
        assertThat(LAW.layers(LocalDate.parse("2016-12-20"), "denver", List.of(), false))
                .extracting(Layer::id).containsExactly("denver-practice-2014", "federal-1373");
        assertThat(LAW.layers(LocalDate.parse("2019-06-01"), "denver", List.of(), false)).extracting(Layer::id)
                .containsExactly("denver-ordinance-2017", "denver-eo-142", "colorado-hb19-1124", "federal-1373",
                        "federal-jag-2017");
    }

    @Test
    void draftsAndFailedBillsAreNeverInForce() {
        List<String> ids = LAW.layers(LocalDate.parse("2020-06-01"), "denver", List.of(), false).stream()
                .map(Layer::id).toList();
        assertThat(ids).doesNotContain("denver-draft-order-2017", "denver-council-draft-2017", "colorado-hb20-1188");
    }

    @Test
    void aPlaceGetsOnlyTheLayersOfJurisdictionsContainingIt() {
        assertThat(LAW.layers(LocalDate.parse("2019-06-01"), "colorado", List.of(), false)).extracting(Layer::id)
                .containsExactly("colorado-hb19-1124", "federal-1373");
        // the JAG conditions are encoded as Denver's award: a layer in Denver, not elsewhere in Colorado
        assertThat(LAW.layers(LocalDate.parse("2019-06-01"), "denver", List.of(), false)).extracting(Layer::id)
                .contains("federal-jag-2017");
    }

    static final Map<String, String> NARROW = Map.of("ordinance.status-sharing", "only-when-required");

    static List<String> preempted(CombinedAnswer a) {
        return a.preempted().stream().map(p -> p.preempted().regime() + ":" + p.preempted().provision().id()
                + " by " + p.by().provision().id()).toList();
    }

    @Test
    void statusInformationIsPreemptedBy1373WhereTheOrdinanceForbidsIt() {
        CombinedAnswer share = on("2018-06-01", facts(), Vocab.action("share-status-info"), NARROW, List.of());
        assertThat(share.status()).isEqualTo(Status.PERMITTED);
        assertThat(preempted(share)).containsExactly("denver-ordinance-2017:drmc-28-250-a-4 by usc-8-1373");
        assertThat(deciding(share)).doesNotContain("denver-ordinance-2017:drmc-28-250-a-4")
                .contains("federal-1373:usc-8-1373");
    }

    @Test
    void statusInformationIsNotPreemptedUnderThe1373ShieldReading() {
        CombinedAnswer share = on("2018-06-01", facts(), Vocab.action("share-status-info"),
                Map.of("ordinance.status-sharing", "1373-shield"), List.of());
        assertThat(share.status()).isEqualTo(Status.PERMITTED);
        assertThat(share.preempted()).isEmpty();
        assertThat(deciding(share)).contains("denver-ordinance-2017:drmc-28-250-a-4-required-by-law");
    }

    @Test
    void aBanOnQueryingIceIsPreemptedAndABanOnAskingThePersonIsNot() {
        CombinedAnswer query = on("2019-03-01", facts("status-inquiry", "query-ice"), Vocab.action("ask-immigration-status"),
                Map.of(), List.of());
        assertThat(query.status()).isEqualTo(Status.PERMITTED);
        assertThat(query.preempted()).isNotEmpty();
        assertThat(query.preempted()).allSatisfy(p -> {
            assertThat(p.preempted().regime()).isEqualTo("denver-ordinance-2017");
            assertThat(p.by().provision().id()).isEqualTo("usc-8-1373");
        });
        CombinedAnswer ask = on("2019-03-01", facts("status-inquiry", "ask-person"), Vocab.action("ask-immigration-status"),
                Map.of(), List.of());
        assertThat(ask.preempted()).isEmpty();
        assertThat(ask.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(ask.deciding()).extracting(LayerProvision::regime).contains("denver-ordinance-2017");
    }

    @Test
    void aBanOnKeepingRecordsOnForeignNationalsIsPreemptedByMaintaining() {
        CombinedAnswer records = on("2019-03-01", facts(), Vocab.action("record-foreign-national-info"), Map.of(),
                List.of("denver-draft-order-2017"));
        assertThat(records.status()).isEqualTo(Status.PERMITTED);
        assertThat(records.preempted()).extracting(p -> p.preempted().regime() + " by " + p.by().provision().id())
                .containsOnly("denver-draft-order-2017 by usc-8-1373-b2");
    }

    @Test
    void exchangeWithAnotherAgencyIsProtectedButTellingAConsulateIsNot() {
        CombinedAnswer agency = on("2019-03-01", facts("recipient", "other-agency"), Vocab.action("share-status-info"),
                NARROW, List.of());
        assertThat(agency.preempted()).extracting(p -> p.by().provision().id()).containsOnly("usc-8-1373-b3");
        CombinedAnswer consulate = on("2019-03-01", facts("recipient", "consulate"), Vocab.action("share-status-info"),
                NARROW, List.of());
        assertThat(consulate.preempted()).isEmpty();
    }

    @Test
    void underTheUnconstitutionalReadingNothingIsPreempted() {
        Map<String, String> invalid = new LinkedHashMap<>(NARROW);
        invalid.put("federal-1373.valid", "unconstitutional");
        CombinedAnswer share = on("2019-03-01", facts(), Vocab.action("share-status-info"), invalid, List.of());
        assertThat(share.preempted()).isEmpty();
        assertThat(share.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(deciding(share)).containsExactly("denver-ordinance-2017:drmc-28-250-a-4");
        CombinedAnswer query = on("2019-03-01", facts("status-inquiry", "query-ice"), Vocab.action("ask-immigration-status"),
                invalid, List.of());
        assertThat(query.preempted()).isEmpty();
    }

    @Test
    void afterTheInjunctionTheDatedRecordReadsTheConditionsAsEnjoinedSoNothingIsAtRisk() {
        LawAnswer law = LAW.answer(facts("interview-request", "in-person"), LocalDate.parse("2019-03-01"), "denver",
                Map.of(), List.<String>of());
        assertThat(law.readings()).containsEntry("jag.enforceable", "enjoined");
        assertThat(law.fromRecord()).containsEntry("jag.enforceable", "enjoined");
        CombinedAnswer interview = law.answers().get(Vocab.action("allow-in-person-interview").index());
        assertThat(interview.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(deciding(interview)).containsExactly("denver-ordinance-2017:drmc-28-252-a");
        assertThat(interview.grantRisks()).isEmpty();
        assertThat(LAW.answer(facts(), LocalDate.parse("2017-09-14"), "denver", Map.of(), List.<String>of()).fromRecord())
                .isEmpty();
    }

    @Test
    void asWrittenIsTheWhatIfAndThenTheAwardIsAtRisk() {
        CombinedAnswer interview = on("2019-03-01", facts("interview-request", "in-person"),
                Vocab.action("allow-in-person-interview"), Map.of("jag.enforceable", "as-written"), List.of());
        assertThat(interview.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(interview.grantRisks()).hasSize(1);
        GrantRisk risk = interview.grantRisks().get(0);
        assertThat(risk.condition().provision().id()).isEqualTo("jag-2017-access");
        assertThat(risk.against()).extracting(p -> p.provision().id()).containsExactly("drmc-28-252-a");
        assertThat(risk.award().display()).isEqualTo("USD 694,535");
        assertThat(risk.standing()).extracting(e -> e.change()).contains("enjoined");
    }

    @Test
    void beforeDenversAwardEvenTheWhatIfPutsNothingAtRisk() {
        CombinedAnswer interview = on("2018-06-01", facts("interview-request", "in-person"),
                Vocab.action("allow-in-person-interview"), Map.of("jag.enforceable", "as-written"), List.of());
        assertThat(interview.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(interview.grantRisks()).isEmpty();
    }

    @Test
    void aJudicialWarrantRemovesTheRisk() {
        CombinedAnswer interview = on("2019-03-01", facts("interview-request", "in-person", "warrant", "judicial"),
                Vocab.action("allow-in-person-interview"), Map.of("jag.enforceable", "as-written"), List.of());
        assertThat(interview.status()).isEqualTo(Status.PERMITTED);
        assertThat(interview.grantRisks()).isEmpty();
    }

    @Test
    void theFy2017LayerEndsWithItsPeriodOfPerformance() {
        assertThat(LAW.layers(LocalDate.parse("2020-09-30"), "denver", List.of(), false)).extracting(Layer::id)
                .contains("federal-jag-2017");
        assertThat(LAW.layers(LocalDate.parse("2020-10-01"), "denver", List.of(), false)).extracting(Layer::id)
                .doesNotContain("federal-jag-2017");
    }

    @Test
    void includingTheFailedHb201188ShowsARequirementMeetingAProhibition() {
        CombinedAnswer hold = on("2020-06-01", vallesWithARemovalOrder(), Vocab.action("hold-past-release"), Map.of(),
                List.of("colorado-hb20-1188"));
        assertThat(hold.status()).isEqualTo(Status.CONFLICT);
        assertThat(hold.conflicts()).extracting(LayerProvision::regime)
                .contains("denver-ordinance-2017", "colorado-hb19-1124", "colorado-hb20-1188");
        assertThat(hold.conflicts()).filteredOn(p -> p.regime().equals("colorado-hb20-1188"))
                .extracting(LayerProvision::status).containsOnly(Status.REQUIRED);
        assertThat(LAW.layers(LocalDate.parse("2020-06-01"), "denver", List.of("colorado-hb20-1188"), false))
                .filteredOn(Layer::hypothetical).extracting(Layer::id).containsExactly("colorado-hb20-1188");
    }

    @Test
    void theFailedHb201188WouldNotHaveReachedVallesWhoWasChargedNotConvicted() {
        CombinedAnswer hold = on("2020-06-01", valles(), Vocab.action("hold-past-release"), Map.of(),
                List.of("colorado-hb20-1188"));
        assertThat(hold.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(hold.conflicts()).isEmpty();
    }

    @Test
    void aHoldOnAFederalJudgesWarrantIn2025IsLeftToHb191124BySb25276() {
        CombinedAnswer hold = on("2025-06-02", facts("detainer", "i-247a", "warrant", "judicial"),
                Vocab.action("hold-past-release"), Map.of(), List.of());
        assertThat(hold.status()).isEqualTo(Status.PERMITTED);
        assertThat(deciding(hold)).contains("colorado-hb19-1124:crs-24-76-6-102-2-judicial-warrant");
        assertThat(hold.deciding()).extracting(LayerProvision::regime).doesNotContain("colorado-sb25-276");
        CombinedAnswer withoutWarrant = on("2025-06-02", valles(), Vocab.action("hold-past-release"), Map.of(), List.of());
        assertThat(deciding(withoutWarrant)).contains("colorado-sb25-276:sb25-276-release");
    }

    @Test
    void theCaseDateInsideTheFactsIsReplacedByTheLawDate() {
        // EO 142's legal fund opens 2018-03-19: the law date decides, not the scenario's own date.
        Case c = facts("removal-proceedings", "true");
        assertThat(on("2018-03-18", c, Vocab.action("fund-legal-defense"), Map.of(), List.of()).status())
                .isEqualTo(Status.SILENT);
        assertThat(on("2018-03-19", c, Vocab.action("fund-legal-defense"), Map.of(), List.of()).status())
                .isEqualTo(Status.PERMITTED);
    }
}
