package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

/** denver-practice-2014 (the 2014 Sheriff memo and city guidelines, as reported): one test per provision and per exception. */
class PracticeTest {
    private static RegimeVerifier practice() {
        return RegimeVerifier.forRegime("denver-practice-2014");
    }

    @Test
    void aDetainerAloneDoesNotHold() {
        practice().given("detainer", "i-247a", "warrant", "administrative").on("2016-12-20").then("hold-past-release")
                .isForbidden().decidedBy("practice-2014-detainer-memo").overriding();
    }

    @Test
    void aJudicialWarrantWithTheRequestHolds() {
        practice().given("detainer", "i-247a", "warrant", "judicial").on("2016-12-20").then("hold-past-release")
                .isPermitted().decidedBy("practice-2014-detainer-memo-judicial-warrant")
                .overriding("practice-2014-detainer-memo");
    }

    @Test
    void theJailNotifiesIceOfRelease() {
        practice().given("notification-request", "written").then("notify-release")
                .isPermitted().decidedBy("practice-2014-release-notice");
    }

    @Test
    void iceMayInterviewInmatesAtTheJail() {
        practice().given("interview-request", "in-person").then("allow-in-person-interview")
                .isPermitted().decidedBy("practice-2014-jail-interviews");
    }

    @Test
    void iceEntersSecureAreasWithoutAWarrant() {
        practice().given("warrant", "none").then("admit-ice-secure-area")
                .isPermitted().decidedBy("practice-2014-secure-area-access");
    }

    @Test
    void remoteInterviewsAreArranged() {
        practice().given("interview-request", "phone").then("arrange-remote-interview")
                .isPermitted().decidedBy("practice-2014-remote-interviews");
    }

    @Test
    void policeDoNotAskAboutStatus() {
        practice().given("actor", "police-officer").then("ask-immigration-status")
                .isForbidden().decidedBy("practice-2014-no-status-inquiry").because("actor = police-officer");
    }

    @Test
    void theStatusGuidelineIsSilentForOtherActors() {
        practice().given("actor", "sheriff-deputy").then("ask-immigration-status")
                .isSilent().decidedBy("practice-2014-no-status-inquiry").because("actor = sheriff-deputy");
    }

    @Test
    void theSheriffSendsRequestedInformation() {
        practice().given().then("share-status-info").isPermitted().decidedBy("practice-2014-information-requests");
        practice().given().then("share-personal-info").isPermitted().decidedBy("practice-2014-information-requests");
    }

    @Test
    void noCityResourcesForImmigrationEnforcement() {
        practice().given("actor", "city-employee").then("assist-civil-enforcement")
                .isForbidden().decidedBy("practice-2014-no-city-resources");
    }

    @Test
    void policeDoNotArrestOnImmigrationGrounds() {
        practice().given("actor", "police-officer", "warrant", "administrative").then("arrest-on-immigration-grounds")
                .isForbidden().decidedBy("practice-2014-no-immigration-arrests");
    }

    @Test
    void theRightsAdvisementIsNotAddressed() {
        practice().given("interview-request", "in-person").then("advise-rights").isSilent().decidedBy();
    }
}
