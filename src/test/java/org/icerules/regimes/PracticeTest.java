package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** denver-practice-2014 (Sheriff memo, jail practice, police manual, city policy): one test per provision and per exception. */
class PracticeTest {
    private static RegimeVerifier practice() {
        return RegimeVerifier.forRegime("denver-practice-2014");
    }

    @Test
    void itBindsOnlyTheSheriffDepartmentAndThePolice() {
        for (String actor : new String[]{"city-probation-officer", "state-probation-officer", "city-employee", "ice-agent"}) {
            practice().given("actor", actor).then("assist-civil-enforcement")
                    .isSilent().decidedBy("practice-2014-scope").overriding("practice-2014-no-city-resources");
        }
    }

    @Test
    void theSheriffsMemoAndJailPracticeDoNotBindPolice() {
        practice().given("actor", "police-officer", "detainer", "i-247a").then("hold-past-release")
                .isSilent().decidedBy("practice-2014-sheriff-only").overriding("practice-2014-detainer-memo");
        practice().given("actor", "police-officer").then("share-personal-info")
                .isSilent().decidedBy("practice-2014-sheriff-only").overriding("practice-2014-information-requests");
    }

    @Test
    void aDetainerAloneDoesNotHold() {
        practice().given("detainer", "i-247a").on("2016-12-20").then("hold-past-release")
                .isForbidden().decidedBy("practice-2014-detainer-memo").overriding();
        practice().given("warrant", "administrative").on("2016-12-20").then("hold-past-release")
                .isForbidden().decidedBy("practice-2014-detainer-memo").overriding();
    }

    @Test
    void withNoIceHoldRequestTheMemoHasNothingToAnswer() {
        practice().given("detainer", "none", "warrant", "none").then("hold-past-release")
                .isSilent().decidedBy("practice-2014-detainer-memo").because("detainer = none", "warrant = none");
    }

    @Test
    void aJudicialWarrantWithTheRequestHolds() {
        practice().given("detainer", "i-247a", "warrant", "judicial").on("2016-12-20").then("hold-past-release")
                .isPermitted().decidedBy("practice-2014-detainer-memo-judicial-warrant")
                .overriding("practice-2014-detainer-memo");
    }

    @Test
    void aTransferWritIsOtherLegalAuthorityToHold() {
        practice().given("detainer", "i-247a", "warrant", "transfer-writ").then("hold-past-release")
                .isPermitted().decidedBy("practice-2014-detainer-memo-legal-authority")
                .overriding("practice-2014-detainer-memo");
    }

    @Test
    void deputiesDoNotArrestOnCivilImmigrationGroundsUnderTheMemo() {
        practice().given("actor", "sheriff-deputy", "warrant", "administrative").then("arrest-on-immigration-grounds")
                .isForbidden().decidedBy("practice-2014-detainer-memo");
        practice().given("actor", "sheriff-deputy", "warrant", "judicial").then("arrest-on-immigration-grounds")
                .isPermitted().decidedBy("practice-2014-detainer-memo-judicial-warrant")
                .overriding("practice-2014-detainer-memo");
    }

    @Test
    void theJailNotifiesIceOfAReleaseItAskedAbout() {
        practice().given("notification-request", "written").then("notify-release")
                .isPermitted().decidedBy("practice-2014-release-notice");
        practice().given("detainer", "i-247a").then("notify-release")
                .isPermitted().decidedBy("practice-2014-release-notice");
        practice().given("notification-request", "verbal").then("notify-release")
                .isPermitted().decidedBy("practice-2014-release-notice");
    }

    @Test
    void withoutARequestTheNoticePracticeSaysNothing() {
        practice().given("notification-request", "none", "detainer", "none").then("notify-release")
                .isSilent().decidedBy("practice-2014-release-notice");
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
    void policeDoNotSetOutToDiscoverStatus() {
        practice().given("actor", "police-officer", "purpose", "civil-immigration").then("ask-immigration-status")
                .isForbidden().decidedBy("practice-2014-no-status-inquiry").because("actor = police-officer");
    }

    @Test
    void aStatusQuestionInOtherPoliceWorkIsNotAddressed() {
        practice().given("actor", "police-officer", "purpose", "criminal-investigation").then("ask-immigration-status")
                .isSilent().decidedBy("practice-2014-no-status-inquiry").because("purpose = criminal-investigation");
    }

    @Test
    void theStatusGuidelineIsSilentForDeputies() {
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
        practice().given("actor", "sheriff-deputy").then("assist-civil-enforcement")
                .isForbidden().decidedBy("practice-2014-no-city-resources");
        practice().given("actor", "police-officer").then("assist-civil-enforcement")
                .isForbidden().decidedBy("practice-2014-no-city-resources");
    }

    @Test
    void policeDoNotArrestOnImmigrationGroundsAndTheVerdictNotesTheSupervisorException() {
        RegimeVerifier.Outcome o = practice().given("actor", "police-officer", "warrant", "administrative")
                .then("arrest-on-immigration-grounds").isForbidden().decidedBy("practice-2014-no-immigration-arrests");
        assertThat(o.verdict().notes()).anyMatch(n -> n.contains("supervisor"));
    }

    @Test
    void theRightsAdvisementIsNotAddressed() {
        practice().given("interview-request", "in-person").then("advise-rights").isSilent().decidedBy();
    }
}
