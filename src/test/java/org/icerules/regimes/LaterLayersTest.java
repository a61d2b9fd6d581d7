package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
        void exceptOnProcessIssuedByAJudge() {
            r.given("warrant", "judicial").then("civil-arrest-at-courthouse").isPermitted()
                    .decidedBy("crs-13-1-403-judicial-process").overriding("crs-13-1-403");
        }
    }

    @Nested
    class Sb21131 {
        final RegimeVerifier r = forRegime("colorado-sb21-131");

        @Test
        void aStateAgencyMayNotDisclosePersonalInformation() {
            r.given("actor", "state-probation-officer").then("share-personal-info").isForbidden()
                    .decidedBy("sb21-131-disclosure");
        }

        @Test
        void unlessLawRequiresIt() {
            r.given("actor", "state-probation-officer", "required-by-law", "true").then("share-personal-info")
                    .isPermitted().decidedBy("sb21-131-disclosure-required").overriding("sb21-131-disclosure");
        }

        @Test
        void orACourtOrderedIt() {
            r.given("actor", "state-probation-officer", "warrant", "judicial").then("share-personal-info")
                    .isPermitted().decidedBy("sb21-131-disclosure-required");
        }

        @Test
        void countyAndCityStaffAreOutsideIt() {
            r.given("actor", "sheriff-deputy").then("share-personal-info").isSilent()
                    .decidedBy("sb21-131-state-agencies").overriding("sb21-131-disclosure");
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
    }

    @Nested
    class Sb25276 {
        final RegimeVerifier r = forRegime("colorado-sb25-276");

        @Test
        void noDelayOfRelease() {
            r.given("detainer", "i-247a").then("hold-past-release").isForbidden().decidedBy("sb25-276-release");
        }

        @Test
        void noIceInNonPublicAreas() {
            r.given("warrant", "judicial").then("admit-ice-secure-area").isForbidden()
                    .decidedBy("sb25-276-non-public-areas");
            r.given().then("allow-in-person-interview").isForbidden().decidedBy("sb25-276-non-public-areas");
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
            r.given("actor", "pretrial-officer").then("share-personal-info").isForbidden()
                    .decidedBy("sb25-276-pretrial");
            r.given("actor", "sheriff-deputy").then("share-personal-info").isSilent();
        }
    }

    @Nested
    class Hb201188 {
        final RegimeVerifier r = forRegime("colorado-hb20-1188");

        @Test
        void wouldHaveRequiredNoticeOfRelease() {
            r.given("notification-request", "written").then("notify-release").isRequired()
                    .decidedBy("hb20-1188-notice");
            r.given().then("notify-release").isSilent();
        }

        @Test
        void wouldHaveRequiredDetentionOnADetainer() {
            r.given("detainer", "i-247a").then("hold-past-release").isRequired().decidedBy("hb20-1188-detention");
            r.given().then("hold-past-release").isSilent();
        }
    }

    @Nested
    class Hb231100 {
        final RegimeVerifier r = forRegime("colorado-hb23-1100");

        @Test
        void noAgreementToDetainForCivilImmigrationPurposes() {
            r.given().on("2024-06-01").then("enter-detention-agreement").isForbidden()
                    .decidedBy("hb23-1100-no-detention-agreements");
        }

        @Test
        void itSaysNothingOfTheOtherActions() {
            r.given("detainer", "i-247a").then("hold-past-release").isSilent();
        }
    }
}
