package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

/** texas-sb4-2017 (Tex. Gov't Code ch. 752 subch. C; Code Crim. Proc. arts. 2.13, 2.251): one test per provision and per exception, the switches included. */
class TexasSb4Test {
    private static RegimeVerifier sb4() {
        return RegimeVerifier.forRegime("texas-sb4-2017");
    }

    @Test
    void iceAgentsAreOutsideSb4() {
        sb4().given("actor", "ice-agent", "detainer", "i-247a").then("hold-past-release")
                .isSilent().decidedBy("tx-sb4-scope").overriding("tx-ccp-2-251-a");
        sb4().given("actor", "ice-agent").then("ask-immigration-status")
                .isSilent().decidedBy("tx-sb4-scope").overriding("tx-gov-752-053-b-1");
    }

    @Test
    void stateOfficersAreOutsideChapter752ButNotTheDetainerArticle() {
        sb4().given("actor", "state-patrol-officer").then("ask-immigration-status")
                .isSilent().decidedBy("tx-sb4-scope").overriding("tx-gov-752-053-b-1");
        sb4().given("actor", "state-patrol-officer", "detainer", "i-247a").then("hold-past-release")
                .isRequired().decidedBy("tx-ccp-2-251-a");
    }

    @Test
    void aDetainerMustBeHonouredHoldAndNotice() {
        sb4().given("detainer", "i-247a").then("hold-past-release").isRequired().decidedBy("tx-ccp-2-251-a")
                .because("detainer = i-247a", "reading sb4.detainer-mandate = every-detainer");
        sb4().given("detainer", "i-247a").then("notify-release").isRequired().decidedBy("tx-ccp-2-251-a");
    }

    @Test
    void thePersonIsToldOfTheDetainer() {
        sb4().given("detainer", "i-247a").then("advise-rights").isRequired().decidedBy("tx-ccp-2-251-a-2");
        sb4().given("detainer", "none").then("advise-rights").isSilent().decidedBy();
    }

    @Test
    void proofOfLawfulStatusLiftsEveryDuty() {
        for (String action : new String[]{"hold-past-release", "notify-release", "advise-rights"}) {
            sb4().given("detainer", "i-247a", "proof-of-lawful-status", "true").then(action)
                    .isSilent().decidedBy("tx-ccp-2-251-b");
        }
        sb4().given("detainer", "i-247a", "proof-of-lawful-status", "true").then("hold-past-release")
                .overriding("tx-ccp-2-251-a");
        sb4().given("detainer", "i-247a", "proof-of-lawful-status", "true").reading("sb4.detainer-mandate",
                "existing-practice").then("hold-past-release").isSilent().decidedBy("tx-ccp-2-251-b")
                .overriding("tx-ccp-2-251-existing-practice");
    }

    @Test
    void underExistingPracticeADetainerWithoutAWarrantMayBeHonoured() {
        sb4().given("detainer", "i-247a").reading("sb4.detainer-mandate", "existing-practice").then("hold-past-release")
                .isPermitted().decidedBy("tx-ccp-2-251-existing-practice");
        sb4().given("detainer", "i-247a", "warrant", "administrative").reading("sb4.detainer-mandate", "existing-practice")
                .then("hold-past-release").isRequired().decidedBy("tx-ccp-2-251-a");
        // the notice the detainer asks for is required under either reading
        sb4().given("detainer", "i-247a").reading("sb4.detainer-mandate", "existing-practice").then("notify-release")
                .isRequired().decidedBy("tx-ccp-2-251-a");
    }

    @Test
    void noDetainerNoDutyToHold() {
        sb4().given("detainer", "none").then("hold-past-release").isSilent().decidedBy("tx-sb4-no-detainer");
        sb4().given("detainer", "none", "warrant", "administrative").then("hold-past-release")
                .isSilent().decidedBy("tx-sb4-no-detainer");
    }

    @Test
    void theInjunctionSilencesTheMandateAndTheAssistanceProvisionOnly() {
        sb4().given("detainer", "i-247a").reading("sb4.injunction", "enjoined").then("hold-past-release")
                .isSilent().decidedBy("tx-sb4-enjoined").overriding("tx-ccp-2-251-a");
        sb4().given().reading("sb4.injunction", "enjoined").then("assist-civil-enforcement")
                .isSilent().decidedBy("tx-sb4-enjoined").overriding("tx-gov-752-053-b-3");
        sb4().given().reading("sb4.injunction", "enjoined").then("ask-immigration-status")
                .isPermitted().decidedBy("tx-gov-752-053-b-1");
    }

    @Test
    void inquiringIntoStatusMayNotBeForbidden() {
        sb4().given("status-inquiry", "ask-person").then("ask-immigration-status")
                .isPermitted().decidedBy("tx-gov-752-053-b-1");
        sb4().given("status-inquiry", "query-ice").then("ask-immigration-status")
                .isPermitted().decidedBy("tx-gov-752-053-b-1");
    }

    @Test
    void aCrimeVictimsStatusOnlyWhenNecessary() {
        sb4().given("actor", "police-officer", "crime-victim", "true").then("ask-immigration-status")
                .isForbidden().decidedBy("tx-ccp-2-13-d").overriding("tx-gov-752-053-b-1");
    }

    @Test
    void statusInformationMayBeSentKeptAndExchangedButNotToAConsulate() {
        sb4().given("recipient", "ice").then("share-status-info").isPermitted().decidedBy("tx-gov-752-053-b-2");
        sb4().given("recipient", "other-agency").then("share-status-info").isPermitted().decidedBy("tx-gov-752-053-b-2");
        sb4().given("recipient", "consulate").then("share-status-info").isSilent().decidedBy();
        sb4().given().then("record-foreign-national-info").isPermitted().decidedBy("tx-gov-752-053-b-2");
    }

    @Test
    void assistingIceAndTellingItOfAReleaseMayNotBeForbidden() {
        sb4().given().then("assist-civil-enforcement").isPermitted().decidedBy("tx-gov-752-053-b-3");
        sb4().given("notification-request", "verbal").then("notify-release").isPermitted().decidedBy("tx-gov-752-053-b-3");
        sb4().given("notification-request", "none").then("notify-release").isSilent().decidedBy();
    }

    @Test
    void iceMayEnterAJail() {
        sb4().given("place", "jail").then("admit-ice-secure-area").isPermitted().decidedBy("tx-gov-752-053-b-4");
        sb4().given("place", "jail").then("allow-in-person-interview").isPermitted().decidedBy("tx-gov-752-053-b-4");
        sb4().given("place", "police-facility").then("admit-ice-secure-area").isSilent().decidedBy();
    }
}
