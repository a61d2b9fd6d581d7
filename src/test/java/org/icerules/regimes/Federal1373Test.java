package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

/** federal-1373 (8 U.S.C. §§ 1373, 1644): one test per provision and per exception, the validity switch included. */
class Federal1373Test {
    private static RegimeVerifier.Given given(String... pairs) {
        return RegimeVerifier.forRegime("federal-1373").given(pairs);
    }

    @Test
    void sendingStatusInformationToIceIsPermittedUnderBothSections() {
        given("recipient", "ice").then("share-status-info").isPermitted().decidedBy("usc-8-1373", "usc-8-1644");
    }

    @Test
    void queryingIceIsRequestingFromImmigrationAuthorities() {
        given("status-inquiry", "query-ice").then("ask-immigration-status").isPermitted().decidedBy("usc-8-1373")
                .because("status-inquiry = query-ice");
    }

    @Test
    void askingThePersonIsNotProtected() {
        given("status-inquiry", "ask-person").then("ask-immigration-status").isSilent()
                .decidedBy("usc-8-1373-parties");
    }

    @Test
    void maintainingStatusInformationIsProtectedByB2() {
        given().then("record-foreign-national-info").isPermitted().decidedBy("usc-8-1373-b2");
    }

    @Test
    void exchangingWithAnotherGovernmentAgencyIsProtectedByB3() {
        given("recipient", "other-agency").then("share-status-info").isPermitted().decidedBy("usc-8-1373-b3");
    }

    @Test
    void aForeignConsulateIsNeitherAnImmigrationAuthorityNorAUsGovernmentEntity() {
        given("recipient", "consulate").then("share-status-info").isSilent().decidedBy("usc-8-1373-parties");
    }

    @Test
    void releaseDatesAndContactDetailsAreOutsideIt() {
        given().then("notify-release").isSilent().decidedBy("usc-8-1373-status-only");
        given().then("share-personal-info").isSilent().decidedBy("usc-8-1373-status-only");
    }

    @Test
    void underTheUnconstitutionalReadingItPermitsNothing() {
        given("recipient", "ice").reading("federal-1373.valid", "unconstitutional").then("share-status-info")
                .isSilent().decidedBy("usc-8-1373-unconstitutional").overriding("usc-8-1373", "usc-8-1644");
        given("recipient", "other-agency").reading("federal-1373.valid", "unconstitutional")
                .then("share-status-info").isSilent().decidedBy("usc-8-1373-unconstitutional")
                .overriding("usc-8-1373-b3");
        given("status-inquiry", "query-ice").reading("federal-1373.valid", "unconstitutional")
                .then("ask-immigration-status").isSilent().decidedBy("usc-8-1373-unconstitutional")
                .overriding("usc-8-1373");
        given().reading("federal-1373.valid", "unconstitutional").then("record-foreign-national-info")
                .isSilent().decidedBy("usc-8-1373-unconstitutional").overriding("usc-8-1373-b2");
    }

    @Test
    void everythingElseIsSilent() {
        given().then("hold-past-release").isSilent().decidedBy();
        given().then("admit-ice-secure-area").isSilent().decidedBy();
    }
}
