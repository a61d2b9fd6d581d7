package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** colorado-hb19-1124 (C.R.S. 24-76.6-101 to -103): one test per provision and per exception, the switches included. */
class Hb191124Test {
    private static RegimeVerifier hb() {
        return RegimeVerifier.forRegime("colorado-hb19-1124");
    }

    @Test
    void itBindsNeitherIceNorCityEmployeesNorPretrialOfficers() {
        for (String actor : new String[]{"ice-agent", "city-employee", "pretrial-officer"}) {
            hb().given("actor", actor, "detainer", "i-247a").then("hold-past-release")
                    .isSilent().decidedBy("crs-24-76-6-101-3").overriding("crs-24-76-6-102-2");
            hb().given("actor", actor).then("share-personal-info")
                    .isSilent().decidedBy("crs-24-76-6-101-3").overriding("crs-24-76-6-103");
        }
    }

    @Test
    void theStatePatrolIsALawEnforcementOfficer() {
        hb().given("actor", "state-patrol-officer", "detainer", "i-247a").then("arrest-on-immigration-grounds")
                .isForbidden().decidedBy("crs-24-76-6-102-2");
    }

    @Test
    void sectionOneHundredTwoDoesNotBindProbation() {
        hb().given("actor", "city-probation-officer", "detainer", "i-247a").then("hold-past-release")
                .isSilent().decidedBy("crs-24-76-6-101-3").overriding("crs-24-76-6-102-2");
        hb().given("actor", "state-probation-officer", "warrant", "judicial").then("assist-civil-enforcement")
                .isSilent().decidedBy("crs-24-76-6-101-3").overriding("crs-24-76-6-102-assistance-on-warrant");
    }

    @Test
    void noHoldOrArrestOnADetainer() {
        hb().given("detainer", "i-247a").on("2019-06-01").then("hold-past-release")
                .isForbidden().decidedBy("crs-24-76-6-102-2").overriding();
        hb().given("actor", "police-officer", "detainer", "i-247a").then("arrest-on-immigration-grounds")
                .isForbidden().decidedBy("crs-24-76-6-102-2").overriding();
    }

    @Test
    void withNoDetainerAndNoWarrantTheBanHasNothingToAnswer() {
        hb().given("detainer", "none", "warrant", "none").then("hold-past-release")
                .isSilent().decidedBy("crs-24-76-6-102-2").because("detainer = none", "warrant = none");
        hb().given("actor", "police-officer").then("arrest-on-immigration-grounds")
                .isSilent().decidedBy("crs-24-76-6-102-2");
    }

    @Test
    void anAdministrativeWarrantIsADetainerByDefault() {
        hb().given("warrant", "administrative").then("hold-past-release")
                .isForbidden().decidedBy("crs-24-76-6-102-2")
                .because("warrant = administrative", "reading hb19-1124.administrative-warrant = is-detainer");
    }

    @Test
    void aDetainerUnderA287gAgreementIsStillForbiddenAndTheVerdictSaysWhy() {
        RegimeVerifier.Outcome o = hb().given("warrant", "administrative", "agreement-287g", "true")
                .then("hold-past-release").isForbidden().decidedBy("crs-24-76-6-102-2");
        assertThat(o.verdict().notes()).anyMatch(n -> n.contains("Nash v. Mikesell"));
        assertThat(hb().given("warrant", "administrative").then("hold-past-release").verdict().notes())
                .noneMatch(n -> n.contains("Nash v. Mikesell"));
    }

    @Test
    void aJudicialWarrantOrTransferWritPermitsTheHoldOrArrest() {
        for (String w : new String[]{"judicial", "transfer-writ"}) {
            hb().given("detainer", "i-247a", "warrant", w).then("hold-past-release")
                    .isPermitted().decidedBy("crs-24-76-6-102-2-judicial-warrant").overriding("crs-24-76-6-102-2");
            hb().given("warrant", w).then("arrest-on-immigration-grounds")
                    .isPermitted().decidedBy("crs-24-76-6-102-2-judicial-warrant").overriding();
        }
    }

    @Test
    void underTheNotDetainerReadingAnAdministrativeWarrantIsOutsideTheStatute() {
        hb().given("warrant", "administrative").reading("hb19-1124.administrative-warrant", "not-detainer")
                .then("hold-past-release")
                .isSilent().decidedBy("crs-24-76-6-101-administrative-warrant").overriding("crs-24-76-6-102-2");
        hb().given("warrant", "none", "detainer", "i-247a")
                .reading("hb19-1124.administrative-warrant", "not-detainer").then("hold-past-release")
                .isForbidden().decidedBy("crs-24-76-6-102-2");
    }

    @Test
    void helpOnAJudicialWarrantOrTransferWrit() {
        hb().given("warrant", "transfer-writ").then("assist-civil-enforcement")
                .isPermitted().decidedBy("crs-24-76-6-102-assistance-on-warrant");
        hb().given("warrant", "administrative").then("assist-civil-enforcement").isSilent().decidedBy();
    }

    @Test
    void probationMayNotSharePersonalInformation() {
        hb().given("actor", "state-probation-officer").then("share-personal-info")
                .isForbidden().decidedBy("crs-24-76-6-103");
        hb().given("actor", "city-probation-officer").then("share-personal-info")
                .isForbidden().decidedBy("crs-24-76-6-103");
        hb().given("actor", "sheriff-deputy").then("share-personal-info")
                .isSilent().decidedBy("crs-24-76-6-103").because("actor = sheriff-deputy");
    }

    @Test
    void aRemoteInterviewNeedsTheAdvisementOnly() {
        hb().given("advised-of-rights", "true", "public-contact-allowed", "false").then("arrange-remote-interview")
                .isPermitted().decidedBy("crs-24-76-6-102-remote-interview")
                .because("advised-of-rights = true", "reading hb19-1124.remote-interview = advisement-only");
        hb().given("advised-of-rights", "false").then("arrange-remote-interview")
                .isForbidden().decidedBy("crs-24-76-6-102-remote-interview");
    }

    @Test
    void readAsForThePublicARemoteInterviewIsAlsoLimitedToThePublicsContact() {
        hb().given("advised-of-rights", "true", "public-contact-allowed", "false")
                .reading("hb19-1124.remote-interview", "as-for-the-public").then("arrange-remote-interview")
                .isForbidden().decidedBy("crs-24-76-6-102-remote-interview");
        hb().given("advised-of-rights", "true", "public-contact-allowed", "true")
                .reading("hb19-1124.remote-interview", "as-for-the-public").then("arrange-remote-interview")
                .isPermitted().decidedBy("crs-24-76-6-102-remote-interview");
        hb().given("advised-of-rights", "false", "public-contact-allowed", "true")
                .reading("hb19-1124.remote-interview", "as-for-the-public").then("arrange-remote-interview")
                .isForbidden().decidedBy("crs-24-76-6-102-remote-interview");
    }

    @Test
    void advisementBeforeAPhoneOrVideoInterview() {
        hb().given("interview-request", "video").then("advise-rights")
                .isRequired().decidedBy("crs-24-76-6-102-advisement");
        hb().given("interview-request", "phone").then("advise-rights")
                .isRequired().decidedBy("crs-24-76-6-102-advisement");
        hb().given("interview-request", "in-person").then("advise-rights").isSilent().decidedBy();
    }

    @Test
    void releaseNotificationIsNotAddressed() {
        hb().given("notification-request", "written").then("notify-release")
                .isSilent().decidedBy("hb19-1124-notification-not-addressed");
    }

    @Test
    void theAccessLimitWasDroppedFromTheBill() {
        hb().given().then("admit-ice-secure-area").isSilent().decidedBy("hb19-1124-access-limit-dropped");
        hb().given().then("allow-in-person-interview").isSilent().decidedBy("hb19-1124-access-limit-dropped");
    }
}
