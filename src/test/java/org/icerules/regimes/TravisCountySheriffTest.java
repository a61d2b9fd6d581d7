package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

/** travis-county-sheriff-2017 (the Sheriff's policy on cooperation with ICE, 2017-02-01 to 2017-09-24): one test per provision and per exception. */
class TravisCountySheriffTest {
    private static RegimeVerifier tcso() {
        return RegimeVerifier.forRegime("travis-county-sheriff-2017");
    }

    @Test
    void onlyTheSheriffsOfficeIsBound() {
        for (String actor : new String[]{"police-officer", "state-patrol-officer", "ice-agent"}) {
            tcso().given("actor", actor, "detainer", "i-247a").then("hold-past-release")
                    .isSilent().decidedBy("tcso-scope").overriding("tcso-detainer");
        }
    }

    @Test
    void aDetainerIsDeclinedHoldAndAdvanceNotice() {
        tcso().given("detainer", "i-247a").then("hold-past-release").isForbidden().decidedBy("tcso-detainer");
        tcso().given("detainer", "i-247a").then("notify-release").isForbidden().decidedBy("tcso-detainer");
        tcso().given("notification-request", "written").then("notify-release").isForbidden().decidedBy("tcso-detainer");
        tcso().given("warrant", "administrative").then("hold-past-release").isForbidden().decidedBy("tcso-detainer");
    }

    @Test
    void aJudicialWarrantOrCourtOrderIsCompliedWith() {
        tcso().given("detainer", "i-247a", "warrant", "judicial").then("hold-past-release")
                .isPermitted().decidedBy("tcso-judicial-warrant").overriding("tcso-detainer");
        tcso().given("detainer", "i-247a", "warrant", "transfer-writ").then("hold-past-release")
                .isPermitted().decidedBy("tcso-judicial-warrant").overriding("tcso-detainer");
    }

    @Test
    void theFourListedOffencesAreHonoured() {
        for (String offence : new String[]{"capital-murder", "murder", "aggravated-sexual-assault",
                "continuous-smuggling-of-persons"}) {
            tcso().given("detainer", "i-247a", "offence", offence).then("hold-past-release")
                    .isPermitted().decidedBy("tcso-listed-offence").overriding("tcso-detainer");
            tcso().given("detainer", "i-247a", "offence", offence).then("notify-release")
                    .isPermitted().decidedBy("tcso-listed-offence").overriding("tcso-detainer");
        }
        tcso().given("detainer", "i-247a", "offence", "other").then("hold-past-release")
                .isForbidden().decidedBy("tcso-detainer");
    }

    @Test
    void noDetainerNoHoldQuestion() {
        tcso().given("detainer", "none", "warrant", "none").then("hold-past-release")
                .isSilent().decidedBy("tcso-no-request");
        tcso().given("detainer", "none", "warrant", "none", "offence", "murder").then("hold-past-release")
                .isSilent().decidedBy("tcso-no-request");
    }

    @Test
    void noInquiryIntoStatus() {
        tcso().given("status-inquiry", "ask-person").then("ask-immigration-status")
                .isForbidden().decidedBy("tcso-status-inquiry");
        tcso().given("status-inquiry", "query-ice").then("ask-immigration-status")
                .isForbidden().decidedBy("tcso-status-inquiry");
    }

    @Test
    void noAssistanceWithCivilEnforcement() {
        tcso().given().then("assist-civil-enforcement").isForbidden().decidedBy("tcso-no-assistance");
    }
}
