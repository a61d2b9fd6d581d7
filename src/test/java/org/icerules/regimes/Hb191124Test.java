package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

/** colorado-hb19-1124 (C.R.S. 24-76.6-101 to -103): one test per provision and per exception, the switch included. */
class Hb191124Test {
    private static RegimeVerifier hb() {
        return RegimeVerifier.forRegime("colorado-hb19-1124");
    }

    @Test
    void noHoldOrArrestOnADetainer() {
        hb().given("detainer", "i-247a").on("2019-06-01").then("hold-past-release")
                .isForbidden().decidedBy("crs-24-76-6-102-2").overriding();
        hb().given("actor", "police-officer").then("arrest-on-immigration-grounds")
                .isForbidden().decidedBy("crs-24-76-6-102-2").overriding();
    }

    @Test
    void anAdministrativeWarrantIsADetainerByDefault() {
        hb().given("warrant", "administrative", "agreement-287g", "true").then("hold-past-release")
                .isForbidden().decidedBy("crs-24-76-6-102-2")
                .because("warrant = administrative", "reading hb19-1124.administrative-warrant = is-detainer");
    }

    @Test
    void aJudicialWarrantOrTransferWritPermitsTheHoldOrArrest() {
        for (String w : new String[]{"judicial", "transfer-writ"}) {
            hb().given("warrant", w).then("hold-past-release")
                    .isPermitted().decidedBy("crs-24-76-6-102-2-judicial-warrant").overriding("crs-24-76-6-102-2");
            hb().given("warrant", w).then("arrest-on-immigration-grounds")
                    .isPermitted().decidedBy("crs-24-76-6-102-2-judicial-warrant").overriding("crs-24-76-6-102-2");
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
    void remoteInterviewOnlyAsForThePublicAndAfterTheAdvisement() {
        hb().given("advised-of-rights", "true", "public-contact-allowed", "true").then("arrange-remote-interview")
                .isPermitted().decidedBy("crs-24-76-6-102-remote-interview");
        hb().given("advised-of-rights", "false").then("arrange-remote-interview")
                .isForbidden().decidedBy("crs-24-76-6-102-remote-interview");
        hb().given("advised-of-rights", "true", "public-contact-allowed", "false").then("arrange-remote-interview")
                .isForbidden().decidedBy("crs-24-76-6-102-remote-interview");
    }

    @Test
    void advisementBeforeAPhoneOrVideoInterview() {
        hb().given("interview-request", "video").then("advise-rights")
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
