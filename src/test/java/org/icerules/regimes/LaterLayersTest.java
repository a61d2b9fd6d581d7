package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icerules.RegimeVerifier.forRegime;

/** Each rule and exception of the later Colorado layers added for the law in force (§ 1373: Federal1373Test). */
class LaterLayersTest {

    @Nested
    class Sb20083 {
        final RegimeVerifier r = forRegime("colorado-sb20-083");

        @Test
        void noCivilArrestAtACourthouse() {
            r.given("warrant", "administrative").then("civil-arrest-at-courthouse").isForbidden()
                    .decidedBy("crs-13-1-403");
        }

        @Test
        void itBindsFederalOfficersToo() {
            r.given("actor", "ice-agent", "warrant", "administrative").then("civil-arrest-at-courthouse")
                    .isForbidden().decidedBy("crs-13-1-403").because("warrant = administrative");
        }

        @Test
        void exceptOnProcessIssuedByAJudge() {
            r.given("warrant", "judicial").then("civil-arrest-at-courthouse").isPermitted()
                    .decidedBy("crs-13-1-403-judicial-process").overriding("crs-13-1-403");
            r.given("warrant", "transfer-writ").then("civil-arrest-at-courthouse").isPermitted()
                    .decidedBy("crs-13-1-403-judicial-process").overriding("crs-13-1-403");
        }
    }

    @Nested
    class Sb21131 {
        final RegimeVerifier r = forRegime("colorado-sb21-131");

        @Test
        void aStateAgencyMayNotDisclosePersonalInformationOrStatusForImmigrationEnforcement() {
            r.given("actor", "state-probation-officer").then("share-personal-info").isForbidden()
                    .decidedBy("sb21-131-disclosure");
            r.given("actor", "state-patrol-officer").then("share-status-info").isForbidden()
                    .decidedBy("sb21-131-disclosure");
            r.given("actor", "state-patrol-officer", "purpose", "immigration-crime-investigation")
                    .then("share-personal-info").isForbidden().decidedBy("sb21-131-disclosure");
        }

        @Test
        void aDisclosureForAnotherPurposeIsNotAddressed() {
            r.given("actor", "state-patrol-officer", "purpose", "criminal-investigation").then("share-personal-info")
                    .isSilent().decidedBy("sb21-131-disclosure").because("purpose = criminal-investigation");
        }

        @Test
        void unlessLawRequiresIt() {
            r.given("actor", "state-probation-officer", "required-by-law", "true").then("share-personal-info")
                    .isPermitted().decidedBy("sb21-131-disclosure-required").overriding("sb21-131-disclosure");
        }

        @Test
        void orACourtOrderedIt() {
            r.given("actor", "state-probation-officer", "warrant", "judicial").then("share-status-info")
                    .isPermitted().decidedBy("sb21-131-disclosure-required").overriding("sb21-131-disclosure");
        }

        @Test
        void countyCityAndIceActorsAreOutsideIt() {
            for (String actor : new String[]{"sheriff-deputy", "city-probation-officer", "ice-agent"}) {
                r.given("actor", actor).then("share-personal-info").isSilent()
                        .decidedBy("sb21-131-state-agencies").overriding("sb21-131-disclosure");
            }
        }

        @Test
        void underTheExecutiveOnlyReadingStateProbationIsOutsideIt() {
            r.given("actor", "state-probation-officer").reading("sb21-131.state-agency", "executive-only")
                    .then("share-personal-info").isSilent().decidedBy("sb21-131-state-agencies")
                    .overriding("sb21-131-disclosure");
            r.given("actor", "state-patrol-officer").reading("sb21-131.state-agency", "executive-only")
                    .then("share-personal-info").isForbidden().decidedBy("sb21-131-disclosure");
        }

        @Test
        void askingAboutStatusIsForbiddenFrom2022() {
            r.given("actor", "state-probation-officer").on("2022-01-01").then("ask-immigration-status")
                    .isForbidden().decidedBy("sb21-131-inquiry");
            r.given("actor", "state-probation-officer").on("2021-12-31").then("ask-immigration-status").isSilent();
        }

        @Test
        void askingRequiredByLawIsPermitted() {
            r.given("actor", "state-probation-officer", "required-by-law", "true").on("2023-01-01")
                    .then("ask-immigration-status").isPermitted().decidedBy("sb21-131-inquiry-required")
                    .overriding("sb21-131-inquiry");
        }

        @Test
        void collectingBirthplaceOrStatusIsForbiddenFrom2022() {
            r.given("actor", "state-patrol-officer").on("2022-01-01").then("record-foreign-national-info")
                    .isForbidden().decidedBy("sb21-131-collection");
            r.given("actor", "state-patrol-officer").on("2021-12-31").then("record-foreign-national-info").isSilent();
        }

        @Test
        void collectionRequiredByLawIsPermitted() {
            r.given("actor", "state-patrol-officer", "required-by-law", "true").on("2022-06-01")
                    .then("record-foreign-national-info").isPermitted().decidedBy("sb21-131-collection-required")
                    .overriding("sb21-131-collection");
        }
    }

    @Nested
    class Sb25276 {
        final RegimeVerifier r = forRegime("colorado-sb25-276");

        @Test
        void itBindsStateAndLocalGovernmentNotIce() {
            r.given("actor", "ice-agent", "detainer", "i-247a").then("hold-past-release").isSilent()
                    .decidedBy("sb25-276-scope").overriding("sb25-276-release");
        }

        @Test
        void noDelayOfReleaseForAnImmigrationEnforcementOperation() {
            r.given("detainer", "i-247a").then("hold-past-release").isForbidden().decidedBy("sb25-276-release");
        }

        @Test
        void theReleaseBanNeedsNoDetainer() {
            r.given("detainer", "none", "warrant", "none").then("hold-past-release").isForbidden()
                    .decidedBy("sb25-276-release");
        }

        @Test
        void aHoldOnAJudgesWarrantOrWritIsOutsideTheReleaseBan() {
            r.given("detainer", "i-247a", "warrant", "judicial").then("hold-past-release").isSilent()
                    .decidedBy("sb25-276-release-judicial-process").overriding("sb25-276-release");
            r.given("warrant", "transfer-writ").then("hold-past-release").isSilent()
                    .decidedBy("sb25-276-release-judicial-process").overriding("sb25-276-release");
            r.given("warrant", "administrative").then("hold-past-release").isForbidden().decidedBy("sb25-276-release");
        }

        @Test
        void noIceInNonPublicAreasOfADetentionFacility() {
            r.given("warrant", "judicial").then("admit-ice-secure-area").isForbidden()
                    .decidedBy("sb25-276-non-public-areas");
            r.given("place", "police-facility").then("allow-in-person-interview").isForbidden()
                    .decidedBy("sb25-276-non-public-areas");
        }

        @Test
        void elsewhereTheAccessLimitSaysNothing() {
            r.given("place", "courthouse").then("admit-ice-secure-area").isSilent()
                    .decidedBy("sb25-276-non-public-areas").because("place = courthouse");
        }

        @Test
        void exceptUnderAJudgesWarrantForATransfer() {
            r.given("warrant", "transfer-writ").then("admit-ice-secure-area").isPermitted()
                    .decidedBy("sb25-276-transfer-warrant").overriding("sb25-276-non-public-areas");
            r.given("warrant", "judicial", "purpose", "prisoner-transfer").then("allow-in-person-interview")
                    .isPermitted().decidedBy("sb25-276-transfer-warrant");
        }

        @Test
        void preTrialOfficersMayNotSharePersonalInformation() {
            r.given("actor", "pretrial-officer", "purpose", "criminal-investigation").then("share-personal-info")
                    .isForbidden().decidedBy("sb25-276-pretrial");
            // the local-government exception does not reach section 103's ban on pre-trial officers
            r.given("actor", "pretrial-officer", "required-by-law", "true").on("2025-07-01")
                    .then("share-personal-info").isForbidden().decidedBy("sb25-276-pretrial", "sb25-276-local-disclosure")
                    .overriding();
        }

        @Test
        void localGovernmentMayNotDisclosePersonalIdentifyingInformationFrom20250630() {
            r.given("actor", "sheriff-deputy").on("2025-06-30").then("share-personal-info").isForbidden()
                    .decidedBy("sb25-276-local-disclosure");
            r.given("actor", "city-employee").on("2025-07-01").then("share-status-info").isForbidden()
                    .decidedBy("sb25-276-local-disclosure");
            r.given("actor", "sheriff-deputy").on("2025-06-29").then("share-personal-info").isSilent();
            r.given("actor", "sheriff-deputy", "purpose", "criminal-investigation").on("2025-07-01")
                    .then("share-personal-info").isSilent();
        }

        @Test
        void localGovernmentMayNotAskOrCollect() {
            r.given("actor", "police-officer").on("2025-07-01").then("ask-immigration-status").isForbidden()
                    .decidedBy("sb25-276-local-inquiry");
            r.given("actor", "sheriff-deputy").on("2025-07-01").then("record-foreign-national-info").isForbidden()
                    .decidedBy("sb25-276-local-collection");
        }

        @Test
        void theLocalLimitsGiveWayToLawOrAJudgesWarrant() {
            r.given("actor", "sheriff-deputy", "required-by-law", "true").on("2025-07-01")
                    .then("share-personal-info").isPermitted().decidedBy("sb25-276-local-required")
                    .overriding("sb25-276-local-disclosure");
            r.given("actor", "sheriff-deputy", "warrant", "judicial").on("2025-07-01")
                    .then("share-status-info").isPermitted().decidedBy("sb25-276-local-required")
                    .overriding("sb25-276-local-disclosure");
            r.given("actor", "sheriff-deputy", "required-by-law", "true").on("2025-07-01")
                    .then("record-foreign-national-info").isPermitted().decidedBy("sb25-276-local-required")
                    .overriding("sb25-276-local-collection");
        }
    }

    @Nested
    class Hb201188 {
        final RegimeVerifier r = forRegime("colorado-hb20-1188");

        @Test
        void itWouldHaveBoundLawEnforcementOfficersOnly() {
            r.given("actor", "city-probation-officer", "prior-removal-order", "true").then("notify-release")
                    .isSilent().decidedBy("hb20-1188-scope").overriding("hb20-1188-notice");
        }

        @Test
        void itWouldHaveReachedOnlyRemovalOrdersAndQualifyingConvictions() {
            for (String conviction : new String[]{"none", "misdemeanor"}) {
                r.given("conviction", conviction, "detainer", "i-247a").then("hold-past-release").isSilent()
                        .decidedBy("hb20-1188-persons").because("conviction = " + conviction, "prior-removal-order = false");
                r.given("conviction", conviction, "detainer", "i-247a").then("notify-release").isSilent()
                        .decidedBy("hb20-1188-persons");
            }
        }

        @Test
        void wouldHaveRequiredNoticeOfReleaseForThePeopleItReached() {
            r.given("prior-removal-order", "true").then("notify-release").isRequired().decidedBy("hb20-1188-notice");
            r.given("conviction", "illegal-entry-or-reentry").then("notify-release").isRequired()
                    .decidedBy("hb20-1188-notice");
            r.given("conviction", "felony").then("notify-release").isRequired().decidedBy("hb20-1188-notice");
        }

        @Test
        void wouldHaveRequiredDetentionOnACivilImmigrationDetainer() {
            r.given("conviction", "felony", "detainer", "i-247a").then("hold-past-release").isRequired()
                    .decidedBy("hb20-1188-detention");
            r.given("prior-removal-order", "true", "warrant", "administrative").then("hold-past-release").isRequired()
                    .decidedBy("hb20-1188-detention");
        }

        @Test
        void withNoDetainerThereIsNoHoldToAnswer() {
            r.given("prior-removal-order", "true").then("hold-past-release").isSilent()
                    .decidedBy("hb20-1188-detention").because("detainer = none");
        }

        @Test
        void wouldHaveAllowedTheArrestOnADetainer() {
            r.given("conviction", "illegal-entry-or-reentry", "detainer", "i-247a")
                    .then("arrest-on-immigration-grounds").isPermitted().decidedBy("hb20-1188-detainer-exception");
        }
    }

    @Nested
    class Hb231100 {
        final RegimeVerifier r = forRegime("colorado-hb23-1100");

        @Test
        void noAgreementToDetainForCivilImmigrationPurposesFrom2024() {
            r.given().on("2024-01-01").then("enter-detention-agreement").isForbidden()
                    .decidedBy("hb23-1100-no-detention-agreements");
        }

        @Test
        void betweenItsEffectiveDateAnd2024TheBanHasNotBegun() {
            RegimeVerifier.Outcome o = r.given().on("2023-12-31").then("enter-detention-agreement").isSilent()
                    .decidedBy("hb23-1100-phase-out");
            assertThat(o.verdict().notes()).anyMatch(n -> n.contains("2024-01-01"));
            r.given().on("2023-08-07").then("enter-detention-agreement").isSilent().decidedBy("hb23-1100-phase-out");
            r.given().on("2023-08-06").then("enter-detention-agreement").isSilent().decidedBy();
        }

        @Test
        void itBindsGovernmentsNotIce() {
            r.given("actor", "ice-agent").on("2024-06-01").then("enter-detention-agreement").isSilent()
                    .decidedBy("hb23-1100-scope").overriding("hb23-1100-no-detention-agreements");
        }

        @Test
        void itSaysNothingOfTheOtherActions() {
            r.given("detainer", "i-247a").then("hold-past-release").isSilent();
        }
    }
}
