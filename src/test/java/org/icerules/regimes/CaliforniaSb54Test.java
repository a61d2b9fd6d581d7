package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** california-sb54-2017 (Gov. Code § 7284.6, § 7282.5 as amended): one test per provision and per exception. */
class CaliforniaSb54Test {
    private static RegimeVerifier sb54() {
        return RegimeVerifier.forRegime("california-sb54-2017");
    }

    @Test
    void itBindsStateAndLocalLawEnforcementButNotIceOrOtherEmployees() {
        for (String actor : new String[]{"ice-agent", "city-employee"}) {
            sb54().given("actor", actor).then("ask-immigration-status")
                    .isSilent().decidedBy("ca-gov-7284-4-a-scope").overriding("ca-gov-7284-6-a-1-a");
        }
        sb54().given("actor", "state-patrol-officer", "detainer", "i-247a").then("hold-past-release")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1-b");
        sb54().given("actor", "pretrial-officer").then("ask-immigration-status")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1-a");
    }

    @Test
    void aCriminalInvestigationIsNotImmigrationEnforcement() {
        sb54().given("actor", "police-officer", "purpose", "criminal-investigation").then("assist-civil-enforcement")
                .isSilent().decidedBy("ca-gov-7284-4-criminal").overriding("ca-gov-7284-6-a-1");
        sb54().given("actor", "police-officer", "purpose", "criminal-investigation").then("ask-immigration-status")
                .isSilent().decidedBy("ca-gov-7284-4-criminal").overriding("ca-gov-7284-6-a-1-a");
        sb54().given("actor", "police-officer", "purpose", "immigration-crime-investigation")
                .then("assist-civil-enforcement").isForbidden().decidedBy("ca-gov-7284-6-a-1");
    }

    @Test
    void noHelpWithImmigrationEnforcement() {
        sb54().given().then("assist-civil-enforcement").isForbidden().decidedBy("ca-gov-7284-6-a-1").overriding();
    }

    @Test
    void reentryByARemovedAggravatedFelonMayBeInvestigated() {
        sb54().given("purpose", "immigration-crime-investigation", "prior-removal-order", "true",
                        "trust-act-criterion", "federal-aggravated-felony").then("assist-civil-enforcement")
                .isPermitted().decidedBy("ca-gov-7284-6-b-1").overriding("ca-gov-7284-6-a-1");
        sb54().given("purpose", "immigration-crime-investigation", "prior-removal-order", "false",
                        "trust-act-criterion", "federal-aggravated-felony").then("assist-civil-enforcement")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1");
    }

    @Test
    void noInterviewUnlessTheTruthActFormWasGivenAndThePersonAgreed() {
        sb54().given("interview-request", "in-person").then("allow-in-person-interview")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1");
        sb54().given("interview-request", "video", "interview-consent", "declined").then("arrange-remote-interview")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1");
        sb54().given("interview-request", "in-person", "interview-consent", "consented")
                .then("allow-in-person-interview")
                .isPermitted().decidedBy("ca-gov-7284-6-b-5").overriding("ca-gov-7284-6-a-1");
    }

    @Test
    void a287gAgreementGivesNoAuthorityAndTheVerdictSaysSo() {
        RegimeVerifier.Outcome o = sb54().given("detainer", "i-247a", "agreement-287g", "true")
                .then("hold-past-release").isForbidden().decidedBy("ca-gov-7284-6-a-1-b");
        assertThat(o.verdict().notes()).anyMatch(n -> n.contains("7284.6(a)(1)(G)"));
        assertThat(sb54().given("detainer", "i-247a").then("hold-past-release").verdict().notes())
                .noneMatch(n -> n.contains("7284.6(a)(1)(G)"));
    }

    @Test
    void noInquiryIntoStatusButQueryingIceIsSaved() {
        sb54().given("status-inquiry", "ask-person").then("ask-immigration-status")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1-a").overriding();
        sb54().given("status-inquiry", "query-ice").then("ask-immigration-status")
                .isPermitted().decidedBy("ca-gov-7284-6-e").overriding("ca-gov-7284-6-a-1-a");
    }

    @Test
    void sendingStatusToIceOrAnotherGovernmentEntityIsSaved() {
        sb54().given("recipient", "ice").then("share-status-info").isPermitted().decidedBy("ca-gov-7284-6-e");
        sb54().given("recipient", "other-agency").then("share-status-info").isPermitted().decidedBy("ca-gov-7284-6-e");
        sb54().given("recipient", "consulate").then("share-status-info").isSilent().decidedBy();
    }

    @Test
    void noHoldOnAHoldRequestWhateverTheRecord() {
        sb54().given("detainer", "i-247a", "trust-act-criterion", "serious-or-violent-felony").then("hold-past-release")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1-b");
        sb54().given("warrant", "administrative").then("hold-past-release")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1-b");
        sb54().given("detainer", "i-247a").then("arrest-on-immigration-grounds")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1-b");
        sb54().given().then("hold-past-release").isSilent().decidedBy("ca-gov-7284-6-a-1-b")
                .because("detainer = none", "warrant = none");
    }

    @Test
    void noArrestOnACivilImmigrationWarrant() {
        sb54().given("warrant", "administrative").then("arrest-on-immigration-grounds")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1-e");
        sb54().given().then("arrest-on-immigration-grounds").isSilent().decidedBy("ca-gov-7284-6-a-1-e");
    }

    @Test
    void aJudgesWarrantOrWritAuthorisesHoldArrestAndTransfer() {
        for (String w : new String[]{"judicial", "transfer-writ"}) {
            sb54().given("detainer", "i-247a", "warrant", w).then("hold-past-release")
                    .isPermitted().decidedBy("ca-gov-7284-6-a-4-judicial-warrant").overriding("ca-gov-7284-6-a-1-b");
            sb54().given("detainer", "i-247a", "warrant", w).then("arrest-on-immigration-grounds")
                    .isPermitted().decidedBy("ca-gov-7284-6-a-4-judicial-warrant").overriding("ca-gov-7284-6-a-1-b");
            sb54().given("warrant", w).then("transfer-to-ice")
                    .isPermitted().decidedBy("ca-gov-7284-6-a-4-judicial-warrant").overriding("ca-gov-7284-6-a-4");
        }
    }

    @Test
    void noTransferWithoutAWarrantOrAGround() {
        sb54().given("detainer", "i-247a").then("transfer-to-ice").isForbidden().decidedBy("ca-gov-7284-6-a-4").overriding();
    }

    @Test
    void aSection72825GroundOpensTheTransferAndTheAnsweredNotice() {
        sb54().given("detainer", "i-247a", "trust-act-criterion", "probable-cause-finding").then("transfer-to-ice")
                .isPermitted().decidedBy("ca-gov-7282-5-sb54").overriding("ca-gov-7284-6-a-4");
        sb54().given("notification-request", "verbal", "trust-act-criterion", "listed-offence").then("notify-release")
                .isPermitted().decidedBy("ca-gov-7282-5-sb54").overriding("ca-gov-7284-6-a-1-c");
        sb54().given("detainer", "i-247a", "trust-act-criterion", "sex-or-arson-registrant").then("notify-release")
                .isPermitted().decidedBy("ca-gov-7282-5-sb54");
        // the notice answers ICE's request: none, none to answer
        sb54().given("trust-act-criterion", "state-prison-felony").then("notify-release")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1-c");
    }

    @Test
    void anUnlistedWobblerCountsUnderTheAnyWobblerReadingOnly() {
        sb54().given("detainer", "i-247a", "trust-act-criterion", "recent-wobbler-misdemeanor").then("notify-release")
                .isPermitted().decidedBy("ca-gov-7282-5-sb54");
        sb54().given("detainer", "i-247a", "trust-act-criterion", "recent-wobbler-misdemeanor")
                .reading("sb54.wobbler", "listed-offences-only").then("transfer-to-ice")
                .isForbidden().decidedBy("ca-gov-7284-6-a-4");
    }

    @Test
    void noReleaseDateToIce() {
        sb54().given("notification-request", "written").then("notify-release")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1-c").overriding();
    }

    @Test
    void noPersonalInformationToIce() {
        sb54().given("recipient", "ice").then("share-personal-info")
                .isForbidden().decidedBy("ca-gov-7284-6-a-1-d").overriding();
        sb54().given("recipient", "other-agency").then("share-personal-info").isSilent().decidedBy();
    }

    @Test
    void publicInformationMayBeGiven() {
        sb54().given("notification-request", "written", "information-public", "true").then("notify-release")
                .isPermitted().decidedBy("ca-gov-7284-6-public").overriding("ca-gov-7284-6-a-1-c");
        sb54().given("recipient", "ice", "information-public", "true").then("share-personal-info")
                .isPermitted().decidedBy("ca-gov-7284-6-public").overriding("ca-gov-7284-6-a-1-d");
    }

    @Test
    void onlyDedicatedOfficeSpaceIsBarred() {
        sb54().given("place", "jail").then("admit-ice-secure-area").isSilent().decidedBy("ca-gov-7284-6-a-5");
    }
}
