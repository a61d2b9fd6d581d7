package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * denver-ordinance-2017 (D.R.M.C. §§ 28-250 to 28-253), one test per provision and per
 * exception: the facts that matter, the action, the status, the provision that decides and
 * what it overrode.
 */
class OrdinanceTest {
    static final RegimeVerifier ORDINANCE = RegimeVerifier.forRegime("denver-ordinance-2017");

    /** § 28-250(a): whom the ordinance binds. */
    @Nested
    class WhoIsBound {
        @Test
        void anIceAgentsOwnStreetArrestIsOutsideTheOrdinance() {
            ORDINANCE.given("actor", "ice-agent", "place", "street", "warrant", "administrative")
                    .then("arrest-on-immigration-grounds")
                    .isSilent().decidedBy("drmc-28-250-a-scope").overriding("drmc-28-250-a-5");
        }

        @Test
        void anIceAgentIsOutsideEveryProvision() {
            ORDINANCE.given("actor", "ice-agent").then("admit-ice-secure-area")
                    .isSilent().decidedBy("drmc-28-250-a-scope").overriding("drmc-28-252-a");
            ORDINANCE.given("actor", "ice-agent", "place", "courthouse", "warrant", "administrative")
                    .then("civil-arrest-at-courthouse").isSilent().decidedBy("drmc-28-250-a-scope");
        }

        @Test
        void aStatePatrolOfficerIsOutsideTheOrdinance() {
            ORDINANCE.given("actor", "state-patrol-officer").then("ask-immigration-status")
                    .isSilent().decidedBy("drmc-28-250-a-scope").overriding("drmc-28-250-a-2");
        }

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
        void cityOfficersAndEmployeesAreBound() {
            for (String actor : new String[] {"sheriff-deputy", "police-officer", "city-probation-officer",
                    "pretrial-officer", "city-employee"}) {
                ORDINANCE.given("actor", actor).then("share-personal-info")
                        .isForbidden().decidedBy("drmc-28-250-a-1-personal-info");
            }
        }
    }

    /** The carve-outs for criminal investigations, each as wide as its own section. */
    @Nested
    class CriminalInvestigations {
        @Test
        void section250a1ReachesCivilEnforcementOnly() {
            for (String purpose : new String[] {"criminal-investigation", "immigration-crime-investigation"}) {
                ORDINANCE.given("purpose", purpose).then("assist-civil-enforcement")
                        .isSilent().decidedBy("drmc-28-250-a-1-civil-only").overriding("drmc-28-250-a-1");
            }
        }

        @Test
        void section253SavingClauseCoversHolds() {
            ORDINANCE.given("purpose", "immigration-crime-investigation", "detainer", "i-247a")
                    .then("hold-past-release")
                    .isSilent().decidedBy("drmc-28-253-a-criminal-law").overriding("drmc-28-253");
        }

        @Test
        void personalInformationAndReleaseNoticesAreOutsideBothSections() {
            ORDINANCE.given("purpose", "criminal-investigation").then("share-personal-info").isSilent()
                    .decidedBy("drmc-28-250-a-1-civil-only", "drmc-28-253-a-criminal-law")
                    .overriding("drmc-28-250-a-1-personal-info");
            ORDINANCE.given("purpose", "criminal-investigation").then("notify-release").isSilent()
                    .decidedBy("drmc-28-250-a-1-civil-only", "drmc-28-253-a-criminal-law")
                    .overriding("drmc-28-250-a-1");
        }

        @Test
        void anOrdinaryCriminalInvestigationIsNotAnImmigrationPurposeUnderSection252a() {
            ORDINANCE.given("purpose", "criminal-investigation", "warrant", "judicial").then("admit-ice-secure-area")
                    .isSilent().decidedBy("drmc-28-252-a-immigration-purpose")
                    .overriding("drmc-28-252-a", "drmc-28-252-a-judicial-warrant");
        }

        @Test
        void anImmigrationCrimeInvestigationStaysUnderSection252a() {
            ORDINANCE.given("purpose", "immigration-crime-investigation", "interview-request", "in-person")
                    .then("allow-in-person-interview").isForbidden().decidedBy("drmc-28-252-a");
        }

        @Test
        void theSection252bAdvisementHasNoPurposeLimit() {
            ORDINANCE.given("purpose", "criminal-investigation", "interview-request", "video")
                    .then("advise-rights").isRequired().decidedBy("drmc-28-252-b-advisement");
            ORDINANCE.given("purpose", "criminal-investigation", "interview-request", "video",
                    "advised-of-rights", "false").then("arrange-remote-interview")
                    .isForbidden().decidedBy("drmc-28-252-b");
        }

        @Test
        void theSection253AdvisementStaysOutOfCriminalInvestigations() {
            ORDINANCE.given("purpose", "criminal-investigation", "notification-request", "written")
                    .then("advise-rights").isSilent().decidedBy();
        }

        @Test
        void criminalInvestigationsDoNotLiftTheBansOnAskingAndSharingStatus() {
            ORDINANCE.given("purpose", "criminal-investigation").then("ask-immigration-status")
                    .isForbidden().decidedBy("drmc-28-250-a-2");
            ORDINANCE.given("purpose", "criminal-investigation").reading("ordinance.status-sharing", "only-when-required")
                    .then("share-status-info").isForbidden().decidedBy("drmc-28-250-a-4");
        }
    }

    /** A judge's transfer writ is neither a civil detainer nor civil grounds. */
    @Nested
    class TransferWrits {
        @Test
        void aHoldOnATransferWritIsOutsideSection253() {
            ORDINANCE.given("detainer", "i-247a", "warrant", "transfer-writ").then("hold-past-release")
                    .isSilent().decidedBy("drmc-transfer-writ").overriding("drmc-28-253");
        }

        @Test
        void anArrestOnATransferWritIsNotSolelyOnCivilGrounds() {
            ORDINANCE.given("warrant", "transfer-writ").then("arrest-on-immigration-grounds")
                    .isSilent().decidedBy("drmc-transfer-writ").overriding("drmc-28-250-a-5");
        }

        @Test
        void helpingWithATransferWritIsNotCivilAssistance() {
            ORDINANCE.given("warrant", "transfer-writ", "purpose", "prisoner-transfer").then("assist-civil-enforcement")
                    .isSilent().decidedBy("drmc-transfer-writ").overriding("drmc-28-250-a-1");
        }
    }

    @Nested
    class Assistance {
        @Test
        void noCityResourcesForCivilEnforcement() {
            ORDINANCE.given().then("assist-civil-enforcement").isForbidden().decidedBy("drmc-28-250-a-1")
                    .because("actor = sheriff-deputy", "warrant = none", "purpose = civil-immigration",
                            "reading ordinance.probation-scope = city-only");
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

        @Test
        void outsideJailsLettingIceInIsAssistance() {
            ORDINANCE.given("actor", "city-probation-officer", "place", "probation-office")
                    .then("admit-ice-secure-area").isForbidden().decidedBy("drmc-28-250-a-1");
        }

        @Test
        void outsideJailsAJudicialWarrantOpensTheDoor() {
            ORDINANCE.given("actor", "city-probation-officer", "place", "probation-office", "warrant", "judicial")
                    .then("allow-in-person-interview")
                    .isPermitted().decidedBy("drmc-28-250-a-1-judicial-warrant").overriding("drmc-28-250-a-1");
        }

        @Test
        void outsideJailsACriminalInvestigationIsOutsideSection250a1() {
            ORDINANCE.given("actor", "city-probation-officer", "place", "probation-office",
                            "purpose", "immigration-crime-investigation")
                    .then("admit-ice-secure-area")
                    .isSilent().decidedBy("drmc-28-250-a-1-civil-only").overriding("drmc-28-250-a-1");
        }

        @Test
        void aRemoteInterviewWithSomeoneNotInJailIsAssistance() {
            ORDINANCE.given("actor", "city-probation-officer", "place", "probation-office", "interview-request", "phone",
                            "advised-of-rights", "true", "public-contact-allowed", "true")
                    .then("arrange-remote-interview").isForbidden().decidedBy("drmc-28-250-a-1");
        }

        @Test
        void aRemoteInterviewOutsideJailsUnderAJudicialWarrant() {
            ORDINANCE.given("place", "police-facility", "interview-request", "phone", "warrant", "judicial")
                    .then("arrange-remote-interview")
                    .isPermitted().decidedBy("drmc-28-250-a-1-judicial-warrant").overriding("drmc-28-250-a-1");
        }

        @Test
        void aRemoteInterviewOutsideJailsForACriminalInvestigation() {
            ORDINANCE.given("place", "police-facility", "interview-request", "phone", "purpose", "criminal-investigation")
                    .then("arrange-remote-interview")
                    .isSilent().decidedBy("drmc-28-250-a-1-civil-only").overriding("drmc-28-250-a-1");
        }
    }

    @Nested
    class StatusInformation {
        @Test
        void noInquiryIntoStatusByAskingThePerson() {
            ORDINANCE.given("actor", "police-officer", "status-inquiry", "ask-person").then("ask-immigration-status")
                    .isForbidden().decidedBy("drmc-28-250-a-2");
        }

        @Test
        void noInquiryIntoStatusByQueryingIce() {
            ORDINANCE.given("actor", "police-officer", "status-inquiry", "query-ice").then("ask-immigration-status")
                    .isForbidden().decidedBy("drmc-28-250-a-2");
        }

        @Test
        void inquiryRequiredByLaw() {
            ORDINANCE.given("required-by-law", "true").then("ask-immigration-status")
                    .isPermitted().decidedBy("drmc-28-250-a-2-required-by-law").overriding("drmc-28-250-a-2");
        }

        @Test
        void sharingWithIceUnderThe1373ShieldReadingByDefault() {
            ORDINANCE.given().then("share-status-info").isPermitted()
                    .decidedBy("drmc-28-250-a-4-required-by-law").overriding("drmc-28-250-a-4")
                    .because("actor = sheriff-deputy", "recipient = ice",
                            "reading ordinance.probation-scope = city-only", "reading ordinance.status-sharing = 1373-shield");
        }

        @Test
        void sharingWithAnotherAgencyUnderThe1373ShieldReading() {
            ORDINANCE.given("recipient", "other-agency").then("share-status-info").isPermitted()
                    .decidedBy("drmc-28-250-a-4-required-by-law").overriding("drmc-28-250-a-4");
        }

        @Test
        void noSharingUnderTheNarrowReading() {
            ORDINANCE.given().reading("ordinance.status-sharing", "only-when-required").then("share-status-info")
                    .isForbidden().decidedBy("drmc-28-250-a-4");
        }

        @Test
        void the1373ShieldDoesNotReachAConsulate() {
            ORDINANCE.given("recipient", "consulate").then("share-status-info")
                    .isForbidden().decidedBy("drmc-28-250-a-4");
        }

        @Test
        void sharingRequiredByLaw() {
            ORDINANCE.given("required-by-law", "true").reading("ordinance.status-sharing", "only-when-required")
                    .then("share-status-info")
                    .isPermitted().decidedBy("drmc-28-250-a-4-required-by-law").overriding("drmc-28-250-a-4");
        }

        @Test
        void statusToAConsulateATreatyRequires() {
            ORDINANCE.given("recipient", "consulate", "consular-notice-requested", "true").then("share-status-info")
                    .isPermitted().decidedBy("drmc-28-250-a-treaty").overriding("drmc-28-250-a-4");
        }
    }

    /** § 28-250(a)(2), (4) and the treaties: consular notice only where a treaty requires it. */
    @Nested
    class ConsularNotice {
        @Test
        void consularNoticeNotRequestedIsForbiddenDissemination() {
            ORDINANCE.given().then("notify-consulate").isForbidden().decidedBy("drmc-28-250-a-4");
        }

        @Test
        void consularNoticeTheDetaineeAskedFor() {
            ORDINANCE.given("consular-notice-requested", "true").then("notify-consulate")
                    .isPermitted().decidedBy("drmc-28-250-a-treaty").overriding("drmc-28-250-a-4");
        }

        @Test
        void consularNoticeForAMandatoryNotificationCountry() {
            ORDINANCE.given("mandatory-notification-country", "true").then("notify-consulate")
                    .isPermitted().decidedBy("drmc-28-250-a-treaty").overriding("drmc-28-250-a-4");
        }

        @Test
        void consularNoticeOtherwiseRequiredByLaw() {
            ORDINANCE.given("required-by-law", "true").then("notify-consulate")
                    .isPermitted().decidedBy("drmc-28-250-a-4-required-by-law").overriding("drmc-28-250-a-4");
        }

        @Test
        void the1373ShieldDoesNotOpenConsularNotice() {
            ORDINANCE.given().reading("ordinance.status-sharing", "1373-shield").then("notify-consulate")
                    .isForbidden().decidedBy("drmc-28-250-a-4");
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

        @Test
        void aCityOfficersCivilArrestAtACourthouse() {
            ORDINANCE.given("actor", "police-officer", "place", "courthouse", "warrant", "administrative")
                    .then("civil-arrest-at-courthouse").isForbidden().decidedBy("drmc-28-250-a-5");
        }

        @Test
        void aCourthouseArrestOnAJudicialWarrant() {
            ORDINANCE.given("actor", "police-officer", "place", "courthouse", "warrant", "judicial")
                    .then("civil-arrest-at-courthouse")
                    .isPermitted().decidedBy("drmc-28-250-a-5-judicial-warrant").overriding("drmc-28-250-a-5");
        }
    }

    @Nested
    class SecureAreasAndInterviews {
        @Test
        void noIceInSecureAreasOfAJail() {
            ORDINANCE.given("place", "jail").then("admit-ice-secure-area").isForbidden().decidedBy("drmc-28-252-a");
        }

        @Test
        void noIceInSecureAreasOfACityLawEnforcementFacility() {
            ORDINANCE.given("actor", "police-officer", "place", "police-facility").then("admit-ice-secure-area")
                    .isForbidden().decidedBy("drmc-28-252-a");
        }

        @Test
        void section252aDoesNotReachAProbationOffice() {
            ORDINANCE.given("actor", "city-probation-officer", "place", "probation-office", "warrant", "administrative")
                    .then("allow-in-person-interview").isForbidden().decidedBy("drmc-28-250-a-1");
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
        void administrativeWarrantOrTransferWritDoesNotOpenSecureAreas() {
            ORDINANCE.given("warrant", "administrative").then("admit-ice-secure-area")
                    .isForbidden().decidedBy("drmc-28-252-a");
            ORDINANCE.given("warrant", "transfer-writ", "purpose", "prisoner-transfer").then("admit-ice-secure-area")
                    .isForbidden().decidedBy("drmc-28-252-a");
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
                    .because("actor = sheriff-deputy", "place = jail", "advised-of-rights = false",
                            "public-contact-allowed = true", "reading ordinance.probation-scope = city-only");
        }

        @Test
        void noRemoteInterviewBeyondPublicContact() {
            ORDINANCE.given("interview-request", "phone", "advised-of-rights", "true", "public-contact-allowed", "false")
                    .then("arrange-remote-interview").isForbidden().decidedBy("drmc-28-252-b");
        }

        @Test
        void advisementRequiredForAPhoneOrVideoInterview() {
            ORDINANCE.given("interview-request", "phone").then("advise-rights")
                    .isRequired().decidedBy("drmc-28-252-b-advisement");
            ORDINANCE.given("interview-request", "video").then("advise-rights")
                    .isRequired().decidedBy("drmc-28-252-b-advisement");
        }

        @Test
        void anInPersonInterviewRequestDoesNotItselfCallForTheAdvisement() {
            ORDINANCE.given("interview-request", "in-person").then("advise-rights").isSilent().decidedBy();
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
            ORDINANCE.given("detainer", "i-247a").then("hold-past-release").isForbidden().decidedBy("drmc-28-253");
        }

        @Test
        void noHoldOnAnAdministrativeWarrant() {
            ORDINANCE.given("warrant", "administrative").then("hold-past-release").isForbidden().decidedBy("drmc-28-253");
        }

        @Test
        void holdRestsOnAJudicialWarrant() {
            ORDINANCE.given("detainer", "i-247a", "warrant", "judicial").then("hold-past-release")
                    .isPermitted().decidedBy("drmc-28-253-judicial-warrant").overriding("drmc-28-253");
        }

        @Test
        void noRequestNoHoldQuestion() {
            ORDINANCE.given("detainer", "none", "warrant", "none").then("hold-past-release")
                    .isSilent().decidedBy("drmc-28-253-no-request");
        }

        @Test
        void releaseNoticeWithoutARequestIsAssistance() {
            ORDINANCE.given().then("notify-release").isForbidden().decidedBy("drmc-28-250-a-1");
        }

        @Test
        void releaseNoticeOnAWrittenRequestBeforeTheAdvisementUnderTheDutyReading() {
            ORDINANCE.given("notification-request", "written", "advised-of-rights", "false").then("notify-release")
                    .isPermitted().decidedBy("drmc-28-253-notification").overriding("drmc-28-250-a-1")
                    .because("actor = sheriff-deputy", "detainer = none", "notification-request = written",
                            "purpose = civil-immigration", "reading ordinance.advisement = duty",
                            "reading ordinance.probation-scope = city-only");
        }

        @Test
        void aLodgedI247aIsAWrittenRequest() {
            ORDINANCE.given("detainer", "i-247a", "notification-request", "none").then("notify-release")
                    .isPermitted().decidedBy("drmc-28-253-notification").overriding("drmc-28-250-a-1");
            ORDINANCE.given("detainer", "i-247a", "notification-request", "none").then("advise-rights")
                    .isRequired().decidedBy("drmc-28-253-notification-advisement");
        }

        @Test
        void releaseNoticeAfterAdvisementUnderThePreconditionReading() {
            ORDINANCE.given("notification-request", "written", "advised-of-rights", "true")
                    .reading("ordinance.advisement", "precondition").then("notify-release")
                    .isPermitted().decidedBy("drmc-28-253-notification").overriding("drmc-28-250-a-1");
        }

        @Test
        void noReleaseNoticeBeforeAdvisementUnderThePreconditionReading() {
            ORDINANCE.given("notification-request", "written", "advised-of-rights", "false")
                    .reading("ordinance.advisement", "precondition").then("notify-release")
                    .isForbidden().decidedBy("drmc-28-250-a-1");
        }

        @Test
        void noReleaseNoticeOnAVerbalRequest() {
            ORDINANCE.given("notification-request", "verbal", "advised-of-rights", "true").then("notify-release")
                    .isForbidden().decidedBy("drmc-28-250-a-1");
        }

        @Test
        void advisementRequiredWhenIceAsksInWritingForNotice() {
            ORDINANCE.given("notification-request", "written").then("advise-rights")
                    .isRequired().decidedBy("drmc-28-253-notification-advisement");
        }

        @Test
        void aVerbalRequestIsNotANotificationRequest() {
            ORDINANCE.given("notification-request", "verbal").then("advise-rights").isSilent().decidedBy();
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
