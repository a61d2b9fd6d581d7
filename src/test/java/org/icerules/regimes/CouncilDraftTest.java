package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

/** denver-council-draft-2017 (the Council bill as introduced 2017-07-19): one test per provision and per exception. */
class CouncilDraftTest {
    private static RegimeVerifier council() {
        return RegimeVerifier.forRegime("denver-council-draft-2017");
    }

    @Test
    void itBindsCityAgenciesCityProbationIncludedNotIceOrStateOfficers() {
        for (String actor : new String[]{"ice-agent", "state-probation-officer", "state-patrol-officer"}) {
            council().given("actor", actor).then("share-personal-info")
                    .isSilent().decidedBy("council-2017-scope").overriding("council-2017-no-personal-info");
        }
        council().given("actor", "city-probation-officer").then("share-personal-info")
                .isForbidden().decidedBy("council-2017-no-personal-info");
    }

    @Test
    void withNoIceHoldRequestTheBanHasNothingToAnswer() {
        council().given("detainer", "none", "warrant", "none").then("hold-past-release")
                .isSilent().decidedBy("council-2017-no-hold").because("detainer = none", "warrant = none");
    }

    @Test
    void aTransferWritIsNotAHoldOnADetainerAlone() {
        council().given("detainer", "i-247a", "warrant", "transfer-writ").then("hold-past-release")
                .isSilent().decidedBy("council-2017-no-hold-transfer-writ").overriding("council-2017-no-hold");
    }

    @Test
    void noHoldPastRelease() {
        council().given("detainer", "i-247a", "warrant", "administrative").then("hold-past-release")
                .isForbidden().decidedBy("council-2017-no-hold").overriding();
    }

    @Test
    void holdOnAJudicialWarrant() {
        council().given("detainer", "i-247a", "warrant", "judicial").then("hold-past-release")
                .isPermitted().decidedBy("council-2017-no-hold-judicial-warrant").overriding("council-2017-no-hold");
    }

    @Test
    void noReleaseNotice() {
        council().given("notification-request", "written").then("notify-release")
                .isForbidden().decidedBy("council-2017-no-release-notice").overriding()
                .because("warrant = none", "ice-attestation = none");
    }

    @Test
    void noticeWhenIceAttestsASeriousRecord() {
        for (String attestation : new String[]{"convicted-gang-member", "convicted-violent-felon", "terrorism-risk"}) {
            council().given("notification-request", "written", "ice-attestation", attestation).then("notify-release")
                    .isPermitted().decidedBy("council-2017-release-notice-attestation")
                    .overriding("council-2017-no-release-notice");
        }
    }

    @Test
    void aLodgedI247aIsTheWrittenRequestTheAttestationComesWith() {
        council().given("detainer", "i-247a", "ice-attestation", "convicted-violent-felon").then("notify-release")
                .isPermitted().decidedBy("council-2017-release-notice-attestation")
                .overriding("council-2017-no-release-notice");
        council().given("notification-request", "verbal", "ice-attestation", "convicted-violent-felon")
                .then("notify-release").isForbidden().decidedBy("council-2017-no-release-notice");
    }

    @Test
    void noticeWithAJudicialWarrant() {
        council().given("notification-request", "written", "warrant", "judicial").then("notify-release")
                .isPermitted().decidedBy("council-2017-release-notice-judicial-warrant")
                .overriding("council-2017-no-release-notice");
    }

    @Test
    void noSecureAreasOrInPersonInterviews() {
        council().given("warrant", "administrative").then("admit-ice-secure-area")
                .isForbidden().decidedBy("council-2017-secure-areas").overriding();
        council().given("interview-request", "in-person").then("allow-in-person-interview")
                .isForbidden().decidedBy("council-2017-secure-areas").overriding();
    }

    @Test
    void secureAreasAndInterviewsOnAJudicialWarrant() {
        council().given("warrant", "judicial").then("admit-ice-secure-area")
                .isPermitted().decidedBy("council-2017-secure-areas-judicial-warrant")
                .overriding("council-2017-secure-areas");
        council().given("warrant", "judicial").then("allow-in-person-interview")
                .isPermitted().decidedBy("council-2017-secure-areas-judicial-warrant")
                .overriding("council-2017-secure-areas");
    }

    @Test
    void noInquiryIntoStatus() {
        council().given("actor", "city-employee").then("ask-immigration-status")
                .isForbidden().decidedBy("council-2017-no-status-inquiry").overriding();
    }

    @Test
    void noRecordsOnForeignNationals() {
        council().given().then("record-foreign-national-info")
                .isForbidden().decidedBy("council-2017-no-foreign-national-records").overriding();
    }

    @Test
    void noSharingOfStatusInformation() {
        council().given().then("share-status-info")
                .isForbidden().decidedBy("council-2017-no-status-sharing").overriding();
    }

    @Test
    void noSharingOfPersonalInformationCityProbationIncluded() {
        council().given("actor", "city-probation-officer").then("share-personal-info")
                .isForbidden().decidedBy("council-2017-no-personal-info").overriding();
    }

    @Test
    void requiredByLawOpensEachInformationBan() {
        council().given("required-by-law", "true").then("ask-immigration-status")
                .isPermitted().decidedBy("council-2017-required-by-law").overriding("council-2017-no-status-inquiry");
        council().given("required-by-law", "true").then("record-foreign-national-info")
                .isPermitted().decidedBy("council-2017-required-by-law")
                .overriding("council-2017-no-foreign-national-records");
        council().given("required-by-law", "true").then("share-status-info")
                .isPermitted().decidedBy("council-2017-required-by-law").overriding("council-2017-no-status-sharing");
        council().given("required-by-law", "true").then("share-personal-info")
                .isPermitted().decidedBy("council-2017-required-by-law").overriding("council-2017-no-personal-info");
    }

    @Test
    void noCityResourcesForCivilEnforcement() {
        council().given("warrant", "judicial", "purpose", "peacekeeping").then("assist-civil-enforcement")
                .isForbidden().decidedBy("council-2017-no-assistance");
    }

    @Test
    void noArrestOnCivilImmigrationGrounds() {
        council().given("actor", "police-officer", "warrant", "judicial").then("arrest-on-immigration-grounds")
                .isForbidden().decidedBy("council-2017-no-immigration-arrests");
    }

    @Test
    void consularNoticeWhereLawOrTreatyRequires() {
        council().given("required-by-law", "true").then("notify-consulate")
                .isPermitted().decidedBy("council-2017-consular-notice");
        council().given("consular-notice-requested", "true").then("notify-consulate")
                .isPermitted().decidedBy("council-2017-consular-notice").because("consular-notice-requested = true");
        council().given("mandatory-notification-country", "true").then("notify-consulate")
                .isPermitted().decidedBy("council-2017-consular-notice");
    }

    @Test
    void noConsularNoticeBeyondWhatLawOrTreatyRequires() {
        council().given("required-by-law", "false").then("notify-consulate")
                .isForbidden().decidedBy("council-2017-consular-notice");
    }

    @Test
    void legalDefenseFundForPeopleFacingRemoval() {
        council().given("removal-proceedings", "true").then("fund-legal-defense")
                .isPermitted().decidedBy("council-2017-legal-defense-fund");
        council().given("removal-proceedings", "false").then("fund-legal-defense").isSilent().decidedBy();
    }
}
