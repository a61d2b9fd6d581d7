package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** federal-jag-2017 (the FY2017 Byrne JAG award conditions): one test per provision and per exception, switches included. */
class JagTest {
    private static RegimeVerifier jag() {
        return RegimeVerifier.forRegime("federal-jag-2017");
    }

    @Test
    void noticeOnAWrittenRequestIsRequired() {
        jag().given("notification-request", "written").then("notify-release")
                .isRequired().decidedBy("jag-2017-notice").overriding();
        jag().given("notification-request", "verbal").then("notify-release").isSilent().decidedBy();
    }

    @Test
    void the48HoursReadingAddsANoteWhenReleaseIsNearer() {
        RegimeVerifier.Outcome near = jag().given("notification-request", "written", "hours-until-release", "0.5")
                .reading("jag.notice", "48-hours").then("notify-release").isRequired().decidedBy("jag-2017-notice");
        assertThat(near.verdict().notes()).singleElement().asString().contains("48 hours");
        RegimeVerifier.Outcome far = jag().given("notification-request", "written", "hours-until-release", "48")
                .reading("jag.notice", "48-hours").then("notify-release").isRequired();
        assertThat(far.verdict().notes()).isEmpty();
        RegimeVerifier.Outcome asWritten = jag().given("notification-request", "written", "hours-until-release", "0.5")
                .then("notify-release").isRequired();
        assertThat(asWritten.verdict().notes()).isEmpty();
    }

    @Test
    void accessToInterviewPeopleInCustodyIsRequired() {
        jag().given("interview-request", "in-person").then("allow-in-person-interview")
                .isRequired().decidedBy("jag-2017-access");
    }

    @Test
    void accessToTheFacilityForCivilImmigrationPurposes() {
        jag().given("purpose", "civil-immigration").then("admit-ice-secure-area")
                .isRequired().decidedBy("jag-2017-access");
        jag().given("purpose", "criminal-investigation").then("admit-ice-secure-area").isSilent().decidedBy();
    }

    @Test
    void statusSharingMayNotBeRestricted() {
        jag().given().then("share-status-info").isPermitted().decidedBy("jag-2017-1373-certification");
    }

    @Test
    void theInjunctionSilencesNoticeAndAccessButNotTheCertification() {
        jag().given("notification-request", "written").reading("jag.enforceable", "enjoined").then("notify-release")
                .isSilent().decidedBy("jag-2017-injunction").overriding("jag-2017-notice");
        jag().given().reading("jag.enforceable", "enjoined").then("allow-in-person-interview")
                .isSilent().decidedBy("jag-2017-injunction").overriding("jag-2017-access");
        jag().given().reading("jag.enforceable", "enjoined").then("admit-ice-secure-area")
                .isSilent().decidedBy("jag-2017-injunction").overriding("jag-2017-access");
        jag().given().reading("jag.enforceable", "enjoined").then("share-status-info")
                .isPermitted().decidedBy("jag-2017-1373-certification");
    }

    @Test
    void aJurisdictionThatDeclinedTheAwardIsNotBound() {
        jag().given("jag-grant-accepted", "false", "notification-request", "written").then("notify-release")
                .isSilent().decidedBy("jag-2017-acceptance").overriding("jag-2017-notice");
        jag().given("jag-grant-accepted", "false").then("share-status-info")
                .isSilent().decidedBy("jag-2017-acceptance").overriding("jag-2017-1373-certification");
        jag().given("jag-grant-accepted", "false").then("seek-scaap-funds")
                .isSilent().decidedBy("jag-2017-acceptance").overriding();
    }
}
