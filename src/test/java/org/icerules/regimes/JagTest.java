package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * federal-jag-2017 (FY2017 Byrne JAG award conditions): one test per provision and per
 * exception, switches included. Facts are given on a day inside Denver's award period
 * (2018-10-10 to 2020-09-30) unless the test is about the period itself.
 */
class JagTest {
    static final String IN_PERIOD = "2019-03-01";

    private static RegimeVerifier.Given given(String... pairs) {
        return RegimeVerifier.forRegime("federal-jag-2017").given(pairs).on(IN_PERIOD);
    }

    // --- notice ----------------------------------------------------------------------------

    @Test
    void noticeOnAWrittenRequestIsRequired() {
        given("notification-request", "written").then("notify-release")
                .isRequired().decidedBy("jag-2017-notice").overriding();
        given("notification-request", "verbal").then("notify-release").isSilent().decidedBy();
    }

    @Test
    void aLodgedI247aIsAFormalWrittenRequestForNotice() {
        given("detainer", "i-247a", "notification-request", "none").then("notify-release")
                .isRequired().decidedBy("jag-2017-notice").because("detainer = i-247a");
        given("detainer", "none", "notification-request", "none").then("notify-release").isSilent().decidedBy();
    }

    @Test
    void the48HoursReadingAddsANoteWhenReleaseIsNearer() {
        RegimeVerifier.Outcome near = given("notification-request", "written", "hours-until-release", "0.5")
                .reading("jag.notice", "48-hours").then("notify-release").isRequired().decidedBy("jag-2017-notice");
        assertThat(near.verdict().notes()).anyMatch(n -> n.contains("48 hours"));
        RegimeVerifier.Outcome far = given("notification-request", "written", "hours-until-release", "48")
                .reading("jag.notice", "48-hours").then("notify-release").isRequired();
        assertThat(far.verdict().notes()).noneMatch(n -> n.contains("48 hours"));
        RegimeVerifier.Outcome asWritten = given("notification-request", "written", "hours-until-release", "0.5")
                .then("notify-release").isRequired();
        assertThat(asWritten.verdict().notes()).noneMatch(n -> n.contains("48 hours"));
    }

    @Test
    void theNoticeConditionAsksNoOneToBeHeld() {
        given("detainer", "i-247a").then("hold-past-release").isSilent().decidedBy("jag-2017-no-detention");
    }

    // --- access ----------------------------------------------------------------------------

    @Test
    void accessToMeetPeopleAndAskAboutTheirStatusIsRequired() {
        given("interview-request", "in-person").then("allow-in-person-interview")
                .isRequired().decidedBy("jag-2017-access");
        given("purpose", "civil-immigration").then("admit-ice-secure-area")
                .isRequired().decidedBy("jag-2017-access");
    }

    @Test
    void accessForACriminalInvestigationIsNotWhatTheConditionRequires() {
        for (String purpose : new String[] {"criminal-investigation", "immigration-crime-investigation"}) {
            given("purpose", purpose).then("allow-in-person-interview").isSilent().decidedBy();
            given("purpose", purpose).then("admit-ice-secure-area").isSilent().decidedBy();
        }
    }

    @Test
    void noticeAndAccessSpeakOnlyOfCorrectionalFacilities() {
        given("place", "probation-office", "actor", "city-probation-officer").then("allow-in-person-interview")
                .isSilent().decidedBy("jag-2017-correctional-facilities").overriding("jag-2017-access");
        given("place", "courthouse", "notification-request", "written").then("notify-release")
                .isSilent().decidedBy("jag-2017-correctional-facilities").overriding("jag-2017-notice");
        given("place", "police-facility", "actor", "police-officer").then("admit-ice-secure-area")
                .isRequired().decidedBy("jag-2017-access");
    }

    // --- ongoing compliance with § 1373 ---------------------------------------------------------

    @Test
    void sendingStatusInformationToIceOrAnotherAgencyMayNotBeRestricted() {
        given().then("share-status-info").isPermitted().decidedBy("jag-2017-1373-certification");
        given("recipient", "other-agency").then("share-status-info")
                .isPermitted().decidedBy("jag-2017-1373-certification");
        given("recipient", "consulate").then("share-status-info").isSilent().decidedBy();
    }

    @Test
    void requestingStatusFromIceMayNotBeRestrictedButAskingThePersonIsNotCovered() {
        given("status-inquiry", "query-ice").then("ask-immigration-status")
                .isPermitted().decidedBy("jag-2017-1373-certification");
        given("status-inquiry", "ask-person").then("ask-immigration-status").isSilent().decidedBy();
    }

    @Test
    void maintainingStatusInformationMayNotBeRestricted() {
        given().then("record-foreign-national-info").isPermitted().decidedBy("jag-2017-1373-certification");
    }

    // --- enforceability ------------------------------------------------------------------

    @Test
    void asWrittenEveryVerdictOfAnEnjoinedConditionSaysSo() {
        RegimeVerifier.Outcome notice = given("detainer", "i-247a").then("notify-release").isRequired();
        assertThat(notice.verdict().notes()).singleElement().asString()
                .contains("enjoined nationwide from 2017-09-15 (City of Chicago v. Sessions");
        RegimeVerifier.Outcome access = given().then("allow-in-person-interview").isRequired();
        assertThat(access.verdict().notes()).singleElement().asString().contains("City of Chicago v. Sessions");
        RegimeVerifier.Outcome share = given().then("share-status-info").isPermitted();
        assertThat(share.verdict().notes()).singleElement().asString()
                .contains("U.S. Conference of Mayors").contains("2018-08-29");
    }

    @Test
    void theInjunctionSilencesNoticeAccessAndThe1373Condition() {
        given("notification-request", "written").reading("jag.enforceable", "enjoined").then("notify-release")
                .isSilent().decidedBy("jag-2017-injunction").overriding("jag-2017-notice");
        given().reading("jag.enforceable", "enjoined").then("allow-in-person-interview")
                .isSilent().decidedBy("jag-2017-injunction").overriding("jag-2017-access");
        given().reading("jag.enforceable", "enjoined").then("admit-ice-secure-area")
                .isSilent().decidedBy("jag-2017-injunction").overriding("jag-2017-access");
        RegimeVerifier.Outcome share = given().reading("jag.enforceable", "enjoined").then("share-status-info")
                .isSilent().decidedBy("jag-2017-injunction").overriding("jag-2017-1373-certification");
        assertThat(share.verdict().notes()).isEmpty();
    }

    // --- who and when ----------------------------------------------------------------------

    @Test
    void aJurisdictionThatDeclinedTheAwardIsNotBound() {
        given("jag-grant-accepted", "false", "notification-request", "written").then("notify-release")
                .isSilent().decidedBy("jag-2017-acceptance").overriding("jag-2017-notice");
        given("jag-grant-accepted", "false").then("share-status-info")
                .isSilent().decidedBy("jag-2017-acceptance").overriding("jag-2017-1373-certification");
        given("jag-grant-accepted", "false").then("seek-scaap-funds")
                .isSilent().decidedBy("jag-2017-acceptance").overriding();
    }

    @Test
    void nothingBindsDenverBeforeItsAwardNorAfterThePeriodOfPerformance() {
        RegimeVerifier jag = RegimeVerifier.forRegime("federal-jag-2017");
        jag.given("notification-request", "written").on("2018-10-09").then("notify-release")
                .isSilent().decidedBy("jag-2017-period").overriding("jag-2017-notice");
        jag.given("notification-request", "written").on("2018-10-10").then("notify-release")
                .isRequired().decidedBy("jag-2017-notice");
        jag.given("notification-request", "written").on("2020-09-30").then("notify-release")
                .isRequired().decidedBy("jag-2017-notice");
        jag.given("notification-request", "written").on("2020-10-01").then("notify-release")
                .isSilent().decidedBy("jag-2017-period").overriding("jag-2017-notice");
        // the fact cannot make the conditions bind before the award existed
        jag.given("jag-grant-accepted", "true").on("2016-12-20").then("share-status-info")
                .isSilent().decidedBy("jag-2017-period");
    }

    @Test
    void theConditionsBindTheGranteeNotIceOrStateOfficers() {
        for (String actor : new String[] {"ice-agent", "state-patrol-officer", "state-probation-officer"}) {
            given("actor", actor, "notification-request", "written").then("notify-release")
                    .isSilent().decidedBy("jag-2017-scope").overriding("jag-2017-notice");
            given("actor", actor).then("admit-ice-secure-area")
                    .isSilent().decidedBy("jag-2017-scope").overriding("jag-2017-access");
        }
        given("actor", "city-employee", "place", "city-office").then("share-status-info")
                .isPermitted().decidedBy("jag-2017-1373-certification");
    }
}
