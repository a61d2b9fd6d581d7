package org.icerules.law;

import org.icerules.Vocab;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Award;
import org.icerules.model.law.Basis;
import org.icerules.model.verdicts.Claim;
import org.icerules.model.law.Protection;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.verdicts.Status;
import org.icerules.model.law.Validity;
import org.icerules.model.law.ValidityEvent;
import org.icerules.model.verdicts.Verdict;
import org.icerules.regime.LegalCategories;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Award;
import org.icerules.model.law.Basis;
import org.icerules.model.verdicts.Claim;
import org.icerules.model.law.Protection;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.verdicts.Status;
import org.icerules.model.law.Validity;
import org.icerules.model.law.ValidityEvent;
import org.icerules.model.verdicts.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of layer combination, one by one, on hand-built layers (no engine). */
class LayerCombinerTest {
    static final Action A = Vocab.action("share-status-info");

    /** The project's categories: which level is higher and which kind binds by a grant come from rules/. */
    static final LegalCategories CATEGORIES = LegalCategories.load(Path.of("rules"));

    static Regime regime(String id, String level, String kind, Award award, List<Protection> protects) {
        return new Regime(id, id, id, "x", level, kind, "enacted", Map.of(), new Validity(null, null, List.of()),
                List.of(), List.of(), List.of(), null, null, award, protects, CATEGORIES.traits(level, kind, "enacted"));
    }

    static Regime law(String id, String level) {
        return regime(id, level, "statute", null, List.of());
    }

    static Provision p(String id) {
        return new Provision(id, "cite " + id, "title " + id, Basis.TEXT, "source", "summary");
    }

    static LayerVerdict says(Regime r, Status s, String... provisionIds) {
        return says(r, List.of(), s, provisionIds);
    }

    static LayerVerdict says(Regime r, List<ValidityEvent> standing, Status s, String... provisionIds) {
        List<Provision> ps = new ArrayList<>();
        for (String id : provisionIds) {
            ps.add(p(id));
        }
        return new LayerVerdict(new Layer(r, false, standing),
                new Verdict(r.id(), A, s, ps, List.of(), List.of(), List.of(), List.of()));
    }

    static List<String> ids(List<LayerProvision> ps) {
        return ps.stream().map(p -> p.regime() + ":" + p.provision().id()).toList();
    }

    // --- rule 4: a prohibition at any level prevails over a permission at another ---------

    @Test
    void aCityProhibitionPrevailsOverAFederalPermission() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(law("fed", "federal"), Status.PERMITTED, "f-ok")));
        assertThat(c.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(ids(c.deciding())).containsExactly("city:c-ban");
        assertThat(ids(c.gaveWay())).containsExactly("fed:f-ok");
        assertThat(c.conflicts()).isEmpty();
    }

    @Test
    void aStateProhibitionPrevailsOverACityPermission() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.PERMITTED, "c-ok"),
                says(law("state", "state"), Status.FORBIDDEN, "s-ban")));
        assertThat(c.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(ids(c.deciding())).containsExactly("state:s-ban");
    }

    @Test
    void twoProhibitionsBothDecide() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(law("state", "state"), Status.FORBIDDEN, "s-ban")));
        assertThat(c.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(ids(c.deciding())).containsExactly("city:c-ban", "state:s-ban");
    }

    // --- rule 3: a requirement meeting a prohibition is a conflict between layers ----------

    @Test
    void aRequirementMeetingAProhibitionIsAConflictShowingBoth() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(law("state", "state"), Status.REQUIRED, "s-must"),
                says(law("fed", "federal"), Status.PERMITTED, "f-ok")));
        assertThat(c.status()).isEqualTo(Status.CONFLICT);
        assertThat(ids(c.conflicts())).containsExactly("city:c-ban", "state:s-must");
        assertThat(c.conflicts()).extracting(LayerProvision::status)
                .containsExactly(Status.FORBIDDEN, Status.REQUIRED);
    }

    // --- rule 2: a layer's own conflict is never hidden ------------------------------------

    @Test
    void aLayersOwnConflictStaysAConflict() {
        Regime r = law("city", "city");
        LayerVerdict torn = new LayerVerdict(new Layer(r, false, List.of()), new Verdict(r.id(), A, Status.CONFLICT,
                List.of(p("x"), p("y")), List.of(), List.of(), List.of(),
                List.of(new Claim(p("x"), Status.FORBIDDEN), new Claim(p("y"), Status.PERMITTED))));
        CombinedAnswer c = LayerCombiner.combine(A, List.of(torn, says(law("fed", "federal"), Status.PERMITTED, "f")));
        assertThat(c.status()).isEqualTo(Status.CONFLICT);
        assertThat(ids(c.conflicts())).containsExactly("city:x", "city:y");
    }

    // --- rule 5: no prohibition → requirement, else permission, else silence ----------------

    @Test
    void aRequirementWithAPermissionIsRequired() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.PERMITTED, "c-ok"),
                says(law("state", "state"), Status.REQUIRED, "s-must")));
        assertThat(c.status()).isEqualTo(Status.REQUIRED);
        assertThat(ids(c.deciding())).containsExactly("state:s-must");
    }

    @Test
    void permissionsAloneArePermittedAndNothingIsSilent() {
        assertThat(LayerCombiner.combine(A, List.of(says(law("c", "city"), Status.PERMITTED, "ok"),
                says(law("s", "state"), Status.SILENT))).status()).isEqualTo(Status.PERMITTED);
        CombinedAnswer none = LayerCombiner.combine(A, List.of(says(law("c", "city"), Status.SILENT)));
        assertThat(none.status()).isEqualTo(Status.SILENT);
        assertThat(none.deciding()).isEmpty();
    }

    // --- rule 1: preemption by a statute that forbids restricting the act --------------------

    static Regime statute1373() {
        return regime("fed", "federal", "statute", null, List.of(new Protection("usc-1373", List.of(A), "why")));
    }

    @Test
    void aLowerProhibitionOfAProtectedActIsPreemptedNotDeciding() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(statute1373(), Status.PERMITTED, "usc-1373")));
        assertThat(c.status()).isEqualTo(Status.PERMITTED);
        assertThat(ids(c.deciding())).containsExactly("fed:usc-1373");
        assertThat(c.preempted()).hasSize(1);
        assertThat(c.preempted().get(0).preempted().provision().id()).isEqualTo("c-ban");
        assertThat(c.preempted().get(0).by().provision().id()).isEqualTo("usc-1373");
        assertThat(c.gaveWay()).isEmpty();
    }

    @Test
    void nothingIsPreemptedWhenTheLowerLayerPermits() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.PERMITTED, "c-shield"),
                says(statute1373(), Status.PERMITTED, "usc-1373")));
        assertThat(c.preempted()).isEmpty();
        assertThat(ids(c.deciding())).containsExactly("city:c-shield", "fed:usc-1373");
    }

    @Test
    void preemptionReachesOnlyTheProtectedActions() {
        List<LayerVerdict> layers = List.of(says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(statute1373(), Status.PERMITTED, "usc-1373"));
        assertThat(LayerCombiner.preemptions(Vocab.action("share-personal-info"), layers)).isEmpty();
    }

    @Test
    void aSameLevelProhibitionIsNotPreempted() {
        List<LayerVerdict> layers = List.of(says(law("fed2", "federal"), Status.FORBIDDEN, "f-ban"),
                says(statute1373(), Status.PERMITTED, "usc-1373"));
        assertThat(LayerCombiner.preemptions(A, layers)).isEmpty();
    }

    @Test
    void aProhibitionTwoProtectionsReachIsPreemptedOnceByTheFirst() {
        Regime both = regime("fed", "federal", "statute", null, List.of(new Protection("usc-1373", List.of(A), "a"),
                new Protection("usc-1644", List.of(A), "b")));
        List<LayerVerdict> layers = List.of(says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(both, Status.PERMITTED, "usc-1373", "usc-1644"));
        List<Preemption> p = LayerCombiner.preemptions(A, layers);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).by().provision().id()).isEqualTo("usc-1373");
    }

    @Test
    void aSilentStatuteAnInvalidOnePreemptsNothing() {
        // federal-1373.valid = unconstitutional: the statute's layer says silent, so nothing is displaced
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(statute1373(), Status.SILENT, "usc-invalid")));
        assertThat(c.preempted()).isEmpty();
        assertThat(c.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(ids(c.deciding())).containsExactly("city:c-ban");
    }

    @Test
    void theProtectionNeedsItsOwnProvisionToDecide() {
        List<LayerVerdict> layers = List.of(says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(statute1373(), Status.PERMITTED, "some-other-provision"));
        assertThat(LayerCombiner.preemptions(A, layers)).isEmpty();
    }

    // --- rule 6: grant conditions are not law; grant risk -----------------------------------

    static final Award AWARD = new Award(new BigDecimal("694535"), "USD", LocalDate.parse("2018-10-10"), null);

    static Regime grant(List<ValidityEvent> events) {
        return regime("jag", "federal", "grant-condition", AWARD, List.of());
    }

    @Test
    void aConditionRequiringWhatTheLawForbidsPutsTheAwardAtRisk() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(grant(List.of()), Status.REQUIRED, "access")));
        assertThat(c.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(ids(c.deciding())).containsExactly("city:c-ban");
        assertThat(c.conflicts()).isEmpty();
        assertThat(c.grantRisks()).hasSize(1);
        GrantRisk g = c.grantRisks().get(0);
        assertThat(g.condition().provision().id()).isEqualTo("access");
        assertThat(ids(g.against())).containsExactly("city:c-ban");
        assertThat(g.award().display()).isEqualTo("USD 694,535");
    }

    @Test
    void aConditionNeverDecidesTheLaw() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(says(grant(List.of()), Status.REQUIRED, "access")));
        assertThat(c.status()).isEqualTo(Status.SILENT);
        assertThat(c.grantRisks()).isEmpty();
    }

    @Test
    void noRiskWhenTheLawPermits() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.PERMITTED, "c-ok"),
                says(grant(List.of()), Status.REQUIRED, "access")));
        assertThat(c.status()).isEqualTo(Status.PERMITTED);
        assertThat(c.grantRisks()).isEmpty();
    }

    @Test
    void theRiskCarriesTheConditionsStandingForThatAction() {
        ValidityEvent enjoined = new ValidityEvent(LocalDate.parse("2017-09-15"), "enjoined", "Chicago", List.of(A));
        ValidityEvent other = new ValidityEvent(LocalDate.parse("2017-09-15"), "enjoined", "x",
                List.of(Vocab.action("notify-release")));
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(grant(List.of()), List.of(enjoined, other), Status.REQUIRED, "access")));
        assertThat(c.grantRisks().get(0).standing()).containsExactly(enjoined);
    }

    @Test
    void aConditionTheDatedRecordSilencesPutsNothingAtRisk() {
        // the law view evaluates an enjoined condition as silent (Layer.recordReadings): no risk
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(grant(List.of()), Status.SILENT, "injunction")));
        assertThat(c.grantRisks()).isEmpty();
    }

    // --- the dated record: readings a layer's events put in force ------------------------------

    @Test
    void aLayersRecordReadingsAreItsEventsReadingsLaterOnesWinning() {
        ValidityEvent enjoined = new ValidityEvent(LocalDate.parse("2017-09-15"), "enjoined", "x", List.of(A),
                Map.of("s.enforceable", "enjoined"));
        ValidityEvent lifted = new ValidityEvent(LocalDate.parse("2019-01-01"), "lifted", "y", List.of(),
                Map.of("s.enforceable", "as-written"));
        ValidityEvent plain = new ValidityEvent(LocalDate.parse("2018-01-01"), "awarded", "z");
        Regime g = grant(List.of());
        assertThat(new Layer(g, false, List.of()).recordReadings()).isEmpty();
        assertThat(new Layer(g, false, List.of(enjoined, plain)).recordReadings())
                .containsExactly(Map.entry("s.enforceable", "enjoined"));
        assertThat(new Layer(g, false, List.of(enjoined, plain, lifted)).recordReadings())
                .containsExactly(Map.entry("s.enforceable", "as-written"));
    }

    @Test
    void theUsersChoiceWinsOverTheDatedRecord() {
        ValidityEvent enjoined = new ValidityEvent(LocalDate.parse("2017-09-15"), "enjoined", "x", List.of(A),
                Map.of("s.enforceable", "enjoined"));
        Layer l = new Layer(grant(List.of()), false, List.of(enjoined));
        Map<String, String> fromRecord = new java.util.TreeMap<>();
        assertThat(LawInForce.withRecord(l, Map.of(), fromRecord)).containsEntry("s.enforceable", "enjoined");
        assertThat(fromRecord).containsEntry("s.enforceable", "enjoined");
        Map<String, String> none = new java.util.TreeMap<>();
        assertThat(LawInForce.withRecord(l, Map.of("s.enforceable", "as-written"), none))
                .containsEntry("s.enforceable", "as-written");
        assertThat(none).isEmpty();
    }

    @Test
    void aPreemptedProhibitionPutsNoGrantAtRisk() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("city", "city"), Status.FORBIDDEN, "c-ban"),
                says(statute1373(), Status.PERMITTED, "usc-1373"),
                says(grant(List.of()), Status.REQUIRED, "cert")));
        assertThat(c.grantRisks()).isEmpty();
    }
}
