package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

/** denver-draft-order-2017 (the Mayor's draft as reported 2017-08-01): one test per provision and per exception. */
class DraftOrderTest {
    private static RegimeVerifier draft() {
        return RegimeVerifier.forRegime("denver-draft-order-2017");
    }

    @Test
    void itBindsCityEmployeesNotIceOrStateOfficers() {
        for (String actor : new String[]{"ice-agent", "state-probation-officer", "state-patrol-officer"}) {
            draft().given("actor", actor).then("assist-civil-enforcement")
                    .isSilent().decidedBy("draft-order-scope").overriding("draft-order-no-assistance");
        }
        draft().given("actor", "city-employee").then("assist-civil-enforcement")
                .isForbidden().decidedBy("draft-order-no-assistance");
    }

    @Test
    void policeMayNotEnforceImmigrationLaw() {
        draft().given("actor", "police-officer", "warrant", "judicial").then("arrest-on-immigration-grounds")
                .isForbidden().decidedBy("draft-order-no-immigration-arrests");
    }

    @Test
    void noHelpWithoutAWarrant() {
        draft().given("warrant", "none").then("assist-civil-enforcement")
                .isForbidden().decidedBy("draft-order-no-assistance").overriding();
    }

    @Test
    void helpWithAJudicialWarrant() {
        draft().given("warrant", "judicial").then("assist-civil-enforcement")
                .isPermitted().decidedBy("draft-order-no-assistance-warrant").overriding("draft-order-no-assistance");
    }

    @Test
    void anAdministrativeWarrantOpensTheExceptionsOnlyUnderAnyWarrant() {
        draft().given("warrant", "administrative").then("assist-civil-enforcement")
                .isForbidden().decidedBy("draft-order-no-assistance")
                .because("warrant = administrative", "reading draft-order.warrant = judicial-only");
        draft().given("warrant", "administrative").reading("draft-order.warrant", "any-warrant")
                .then("assist-civil-enforcement")
                .isPermitted().decidedBy("draft-order-no-assistance-warrant").overriding("draft-order-no-assistance");
    }

    @Test
    void noAgentsInSecureAreasWithoutAWarrant() {
        draft().given("warrant", "administrative").then("admit-ice-secure-area")
                .isForbidden().decidedBy("draft-order-secure-areas").overriding();
    }

    @Test
    void secureAreasWithAWarrant() {
        draft().given("warrant", "judicial").then("admit-ice-secure-area")
                .isPermitted().decidedBy("draft-order-secure-areas-warrant").overriding("draft-order-secure-areas");
        draft().given("warrant", "administrative").reading("draft-order.warrant", "any-warrant")
                .then("admit-ice-secure-area")
                .isPermitted().decidedBy("draft-order-secure-areas-warrant").overriding("draft-order-secure-areas");
    }

    @Test
    void noInPersonInterviewWithoutAWarrant() {
        draft().given("interview-request", "in-person").then("allow-in-person-interview")
                .isForbidden().decidedBy("draft-order-interviews").overriding();
    }

    @Test
    void inPersonInterviewWithAWarrant() {
        draft().given("interview-request", "in-person", "warrant", "judicial").then("allow-in-person-interview")
                .isPermitted().decidedBy("draft-order-interviews-warrant").overriding("draft-order-interviews");
        draft().given("warrant", "administrative").reading("draft-order.warrant", "any-warrant")
                .then("allow-in-person-interview")
                .isPermitted().decidedBy("draft-order-interviews-warrant").overriding("draft-order-interviews");
    }

    @Test
    void noHoldWithoutAWarrantEvenWithADetainer() {
        draft().given("detainer", "i-247a").then("hold-past-release")
                .isForbidden().decidedBy("draft-order-no-hold").overriding();
    }

    @Test
    void withNoIceHoldRequestTheHoldRuleHasNothingToAnswer() {
        draft().given("detainer", "none", "warrant", "none").then("hold-past-release")
                .isSilent().decidedBy("draft-order-no-hold").because("detainer = none", "warrant = none");
        draft().given("detainer", "none", "warrant", "transfer-writ").then("hold-past-release")
                .isSilent().decidedBy("draft-order-no-hold");
        draft().given("detainer", "none", "warrant", "administrative").then("hold-past-release")
                .isForbidden().decidedBy("draft-order-no-hold");
    }

    @Test
    void holdWithAWarrant() {
        draft().given("detainer", "i-247a", "warrant", "judicial").then("hold-past-release")
                .isPermitted().decidedBy("draft-order-no-hold-warrant").overriding("draft-order-no-hold");
        draft().given("detainer", "i-247a", "warrant", "administrative").reading("draft-order.warrant", "any-warrant")
                .then("hold-past-release")
                .isPermitted().decidedBy("draft-order-no-hold-warrant").overriding("draft-order-no-hold");
    }

    @Test
    void releaseNoticeOnlyForDetainerInmates() {
        draft().given("detainer", "i-247a").then("notify-release")
                .isPermitted().decidedBy("draft-order-detainer-notification").because("detainer = i-247a");
        draft().given("detainer", "none", "notification-request", "written").then("notify-release")
                .isSilent().decidedBy("draft-order-detainer-notification").because("detainer = none");
    }

    @Test
    void policeAndDeputiesDoNotAskAboutStatus() {
        draft().given("actor", "police-officer").then("ask-immigration-status")
                .isForbidden().decidedBy("draft-order-no-status-inquiry");
        draft().given("actor", "sheriff-deputy").then("ask-immigration-status")
                .isForbidden().decidedBy("draft-order-no-status-inquiry");
        draft().given("actor", "city-probation-officer").then("ask-immigration-status")
                .isSilent().decidedBy("draft-order-no-status-inquiry");
    }

    @Test
    void noWrittenRecordsOnForeignNationals() {
        draft().given().then("record-foreign-national-info")
                .isForbidden().decidedBy("draft-order-no-foreign-national-records");
    }

    @Test
    void familiesAreConnectedWithConsulates() {
        draft().given().then("notify-consulate").isPermitted().decidedBy("draft-order-consulates");
    }

    @Test
    void theLegalDefenseFundRunsUpTo20210120() {
        draft().given("removal-proceedings", "true").on("2021-01-20").then("fund-legal-defense")
                .isPermitted().decidedBy("draft-order-legal-defense-fund");
        draft().given("removal-proceedings", "true").on("2021-01-21").then("fund-legal-defense")
                .isSilent().decidedBy("draft-order-legal-defense-fund").because("date = 2021-01-21");
        draft().given("removal-proceedings", "false").on("2018-06-01").then("fund-legal-defense")
                .isSilent().decidedBy();
    }

    @Test
    void uVisaCertificationForAHelpfulVictim() {
        draft().given("crime-victim", "true").then("certify-u-visa").isPermitted().decidedBy("draft-order-u-visa");
        draft().given("crime-victim", "false").then("certify-u-visa").isSilent().decidedBy();
    }

    @Test
    void theDraftDoesNotReachInformationSharing() {
        draft().given("actor", "city-probation-officer").then("share-personal-info")
                .isSilent().decidedBy("draft-order-information-not-covered");
        draft().given().then("share-status-info").isSilent().decidedBy("draft-order-information-not-covered");
    }
}
