package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

/** california-truth-act-2016 (Gov. Code § 7283.1): one test per provision. */
class CaliforniaTruthActTest {
    private static RegimeVerifier truth() {
        return RegimeVerifier.forRegime("california-truth-act-2016");
    }

    @Test
    void itBindsLocalLawEnforcementAgenciesOnly() {
        for (String actor : new String[]{"ice-agent", "state-patrol-officer", "city-employee"}) {
            truth().given("actor", actor, "detainer", "i-247a").then("give-request-copy")
                    .isSilent().decidedBy("ca-gov-7283-scope").overriding("ca-gov-7283-1-b-copy");
        }
    }

    @Test
    void theConsentFormComesBeforeAnyInterview() {
        for (String how : new String[]{"in-person", "phone", "video"}) {
            truth().given("interview-request", how).on("2017-03-01").then("advise-rights")
                    .isRequired().decidedBy("ca-gov-7283-1-a");
        }
        truth().given("interview-request", "none").then("advise-rights").isSilent().decidedBy();
        truth().given("interview-request", "in-person").then("allow-in-person-interview")
                .isForbidden().decidedBy("ca-gov-7283-1-a").because("interview-consent = none");
        truth().given("interview-request", "phone").then("arrange-remote-interview")
                .isForbidden().decidedBy("ca-gov-7283-1-a");
    }

    @Test
    void noInterviewThePersonDeclined() {
        truth().given("interview-request", "video", "interview-consent", "declined").then("arrange-remote-interview")
                .isForbidden().decidedBy("ca-gov-7283-1-a-declined");
        truth().given("interview-request", "in-person", "interview-consent", "consented")
                .then("allow-in-person-interview").isSilent().decidedBy();
    }

    @Test
    void aCopyOfAnyHoldOrNotificationRequestGoesToThePerson() {
        truth().given("detainer", "i-247a").then("give-request-copy").isRequired().decidedBy("ca-gov-7283-1-b-copy");
        truth().given("notification-request", "verbal").then("give-request-copy")
                .isRequired().decidedBy("ca-gov-7283-1-b-copy");
        truth().given().then("give-request-copy").isSilent().decidedBy();
    }

    @Test
    void whenIceIsToldTheReleaseDateThePersonAndTheirLawyerAreToo() {
        truth().given("notification-request", "written").then("notify-person-of-release-notice")
                .isRequired().decidedBy("ca-gov-7283-1-b-release-notice");
        truth().given("detainer", "i-247a").then("notify-person-of-release-notice")
                .isRequired().decidedBy("ca-gov-7283-1-b-release-notice");
        truth().given().then("notify-person-of-release-notice").isSilent().decidedBy();
    }

    @Test
    void itDoesNotSayWhetherTheHoldOrNoticeIsAllowed() {
        truth().given("detainer", "i-247a").then("hold-past-release").isSilent().decidedBy();
        truth().given("detainer", "i-247a").then("notify-release").isSilent().decidedBy();
    }
}
