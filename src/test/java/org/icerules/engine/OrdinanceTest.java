package org.icerules.engine;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * denver-ordinance-2017, one test per provision and per exception (D.R.M.C. §§ 28-250 to 28-253, Ord. No. 940-17):
 * the facts that matter, the action, the status and the provision that decides.
 */
class OrdinanceTest {
    static final RegimeVerifier ORDINANCE = RegimeVerifier.forRegime("denver-ordinance-2017");

    @Nested
    class Scope {
        @Test
        void stateProbationOfficerIsOutsideTheOrdinanceUnderCityOnlyReading() {
            ORDINANCE.given("actor", "state-probation-officer").then("share-personal-info")
                    .isSilent().decidedBy("drmc-28-250-a-scope").overriding("drmc-28-250-a-1-personal-info");
        }

        @Test
        void stateProbationOfficerIsBoundUnderAllProbationReading() {
            ORDINANCE.given("actor", "state-probation-officer")
                    .reading("ordinance.probation-scope", "all-probation-in-denver")
                    .then("share-personal-info").isForbidden().decidedBy("drmc-28-250-a-1-personal-info");
        }

        @Test
        void cityProbationOfficerIsAlwaysBound() {
            ORDINANCE.given("actor", "city-probation-officer").then("share-personal-info")
                    .isForbidden().decidedBy("drmc-28-250-a-1-personal-info");
        }

        @Test
        void criminalInvestigationSilencesTheSecureAreaRuleAndItsException() {
            ORDINANCE.given("purpose", "criminal-investigation", "warrant", "judicial").then("admit-ice-secure-area")
                    .isSilent().decidedBy("drmc-criminal-law-untouched")
                    .overriding("drmc-28-252-a", "drmc-28-252-a-judicial-warrant");
        }

        @Test
        void criminalInvestigationDoesNotLiftTheBanOnAskingStatus() {
            ORDINANCE.given("purpose", "criminal-investigation").then("ask-immigration-status")
                    .isForbidden().decidedBy("drmc-28-250-a-2");
        }

        @Test
        void criminalInvestigationDoesNotLiftTheBanOnSharingStatus() {
            ORDINANCE.given("purpose", "criminal-investigation").then("share-status-info")
                    .isForbidden().decidedBy("drmc-28-250-a-4");
        }
    }

    @Nested
    class Assistance {
        @Test
        void noCityResourcesForCivilEnforcement() {
            ORDINANCE.given().then("assist-civil-enforcement").isForbidden().decidedBy("drmc-28-250-a-1")
                    .because("purpose = civil-immigration", "warrant = none");
        }

        @Test
        void peacekeepingException() {
            ORDINANCE.given("purpose", "peacekeeping").then("assist-civil-enforcement")
                    .isPermitted().decidedBy("drmc-28-250-a-1-peacekeeping").overriding("drmc-28-250-a-1");
        }

        @Test
        void judicialWarrantException() {
            ORDINANCE.given("warrant", "judicial").then("assist-civil-enforcement")
                    .isPermitted().decidedBy("drmc-28-250-a-1-judicial-warrant").overriding("drmc-28-250-a-1");
        }

        @Test
        void administrativeWarrantDoesNotOpenTheException() {
            ORDINANCE.given("warrant", "administrative").then("assist-civil-enforcement")
                    .isForbidden().decidedBy("drmc-28-250-a-1");
        }

        @Test
        void personalInformationIsAssistance() {
            ORDINANCE.given().then("share-personal-info").isForbidden().decidedBy("drmc-28-250-a-1-personal-info");
        }

        @Test
        void personalInformationRequiredByLaw() {
            ORDINANCE.given("required-by-law", "true").then("share-personal-info").isPermitted()
                    .decidedBy("drmc-28-250-a-1-personal-info-required-by-law")
                    .overriding("drmc-28-250-a-1-personal-info");
        }
    }

    @Nested
    class StatusInformation {
        @Test
        void noInquiryIntoStatus() {
            ORDINANCE.given("actor", "police-officer").then("ask-immigration-status")
                    .isForbidden().decidedBy("drmc-28-250-a-2");
        }

        @Test
        void inquiryRequiredByLaw() {
            ORDINANCE.given("required-by-law", "true").then("ask-immigration-status")
                    .isPermitted().decidedBy("drmc-28-250-a-2-required-by-law").overriding("drmc-28-250-a-2");
        }

        @Test
        void noSharingOfStatus() {
            ORDINANCE.given().then("share-status-info").isForbidden().decidedBy("drmc-28-250-a-4")
                    .because("required-by-law = false", "reading ordinance.status-sharing = only-when-required");
        }

        @Test
        void sharingRequiredByLaw() {
            ORDINANCE.given("required-by-law", "true").then("share-status-info")
                    .isPermitted().decidedBy("drmc-28-250-a-4-required-by-law").overriding("drmc-28-250-a-4");
        }

        @Test
        void sharingUnderThe1373ShieldReading() {
            ORDINANCE.given().reading("ordinance.status-sharing", "1373-shield").then("share-status-info")
                    .isPermitted().decidedBy("drmc-28-250-a-4-required-by-law").overriding("drmc-28-250-a-4")
                    .because("reading ordinance.status-sharing = 1373-shield");
        }

        @Test
        void consularNoticeUnderTreaty() {
            ORDINANCE.given().then("notify-consulate").isPermitted().decidedBy("drmc-28-250-a-treaty");
        }
    }

    @Nested
    class Arrest {
        @Test
        void noArrestSolelyOnCivilGrounds() {
            ORDINANCE.given("detainer", "i-247a", "warrant", "administrative").then("arrest-on-immigration-grounds")
                    .isForbidden().decidedBy("drmc-28-250-a-5");
        }

        @Test
        void arrestOnJudicialWarrant() {
            ORDINANCE.given("warrant", "judicial").then("arrest-on-immigration-grounds")
                    .isPermitted().decidedBy("drmc-28-250-a-5-judicial-warrant").overriding("drmc-28-250-a-5");
        }
    }

    @Nested
    class SecureAreasAndInterviews {
        @Test
        void noIceInSecureAreas() {
            ORDINANCE.given().then("admit-ice-secure-area").isForbidden().decidedBy("drmc-28-252-a");
        }

        @Test
        void noInPersonInterview() {
            ORDINANCE.given("interview-request", "in-person").then("allow-in-person-interview")
                    .isForbidden().decidedBy("drmc-28-252-a");
        }

        @Test
        void judicialWarrantOpensSecureAreas() {
            ORDINANCE.given("warrant", "judicial").then("admit-ice-secure-area")
                    .isPermitted().decidedBy("drmc-28-252-a-judicial-warrant").overriding("drmc-28-252-a");
        }

        @Test
        void judicialWarrantAllowsInPersonInterview() {
            ORDINANCE.given("warrant", "judicial", "interview-request", "in-person").then("allow-in-person-interview")
                    .isPermitted().decidedBy("drmc-28-252-a-judicial-warrant").overriding("drmc-28-252-a");
        }

        @Test
        void administrativeWarrantDoesNotOpenSecureAreas() {
            ORDINANCE.given("warrant", "administrative").then("admit-ice-secure-area")
                    .isForbidden().decidedBy("drmc-28-252-a");
        }

        @Test
        void courthouseHallwayArrestIsOutsideTheOrdinance() {
            ORDINANCE.given("place", "courthouse", "warrant", "administrative")
                    .then("civil-arrest-at-courthouse").isSilent().decidedBy("drmc-28-252-a-public-areas");
        }

        @Test
        void remoteInterviewAsForThePublicAfterAdvisement() {
            ORDINANCE.given("interview-request", "phone", "advised-of-rights", "true", "public-contact-allowed", "true")
                    .then("arrange-remote-interview").isPermitted().decidedBy("drmc-28-252-b");
        }

        @Test
        void noRemoteInterviewBeforeAdvisement() {
            ORDINANCE.given("interview-request", "video", "advised-of-rights", "false")
                    .then("arrange-remote-interview").isForbidden().decidedBy("drmc-28-252-b")
                    .because("advised-of-rights = false");
        }

        @Test
        void noRemoteInterviewBeyondPublicContact() {
            ORDINANCE.given("interview-request", "phone", "advised-of-rights", "true", "public-contact-allowed", "false")
                    .then("arrange-remote-interview").isForbidden().decidedBy("drmc-28-252-b");
        }

        @Test
        void advisementRequiredWhenIceSeeksAnInterview() {
            ORDINANCE.given("interview-request", "in-person").then("advise-rights")
                    .isRequired().decidedBy("drmc-28-252-b-advisement");
        }

        @Test
        void noAdvisementDutyWithoutAnyRequest() {
            ORDINANCE.given().then("advise-rights").isSilent().decidedBy();
        }
    }

    @Nested
    class DetainersAndNotification {
        @Test
        void noHoldPastRelease() {
            ORDINANCE.given("detainer", "i-247a")
                    .then("hold-past-release").isForbidden().decidedBy("drmc-28-253").because("warrant = none");
        }

        @Test
        void holdRestsOnAJudicialWarrant() {
            ORDINANCE.given("detainer", "i-247a", "warrant", "judicial").then("hold-past-release")
                    .isPermitted().decidedBy("drmc-28-253-judicial-warrant").overriding("drmc-28-253");
        }

        @Test
        void releaseNoticeWithoutARequestIsAssistance() {
            ORDINANCE.given().then("notify-release").isForbidden().decidedBy("drmc-28-250-a-1");
        }

        @Test
        void releaseNoticeOnWrittenRequestAfterAdvisement() {
            ORDINANCE.given("notification-request", "written", "advised-of-rights", "true").then("notify-release")
                    .isPermitted().decidedBy("drmc-28-253-notification").overriding("drmc-28-250-a-1");
        }

        @Test
        void noReleaseNoticeBeforeAdvisement() {
            ORDINANCE.given("notification-request", "written", "advised-of-rights", "false").then("notify-release")
                    .isForbidden().decidedBy("drmc-28-250-a-1")
                    .because("notification-request = written", "advised-of-rights = false");
        }

        @Test
        void noReleaseNoticeOnAVerbalRequest() {
            ORDINANCE.given("notification-request", "verbal", "advised-of-rights", "true").then("notify-release")
                    .isForbidden().decidedBy("drmc-28-250-a-1");
        }

        @Test
        void advisementRequiredWhenIceAsksForNotice() {
            ORDINANCE.given("notification-request", "verbal").then("advise-rights")
                    .isRequired().decidedBy("drmc-28-253-notification-advisement");
        }
    }

    @Nested
    class LeftToOtherRegimes {
        @Test
        void programsAreLeftToExecutiveOrder142() {
            ORDINANCE.given("removal-proceedings", "true").then("fund-legal-defense").isSilent().decidedBy();
            ORDINANCE.given("crime-victim", "true").then("certify-u-visa").isSilent().decidedBy();
            ORDINANCE.given().then("seek-scaap-funds").isSilent().decidedBy();
            ORDINANCE.given().then("record-foreign-national-info").isSilent().decidedBy();
        }
    }
}
