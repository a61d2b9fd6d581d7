package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

/** california-trust-act-2013 (Gov. Code §§ 7282, 7282.5 as in force 2014-2017): one test per provision and per exception. */
class CaliforniaTrustActTest {
    private static RegimeVerifier trust() {
        return RegimeVerifier.forRegime("california-trust-act-2013");
    }

    @Test
    void itBindsLocalLawEnforcementOnly() {
        for (String actor : new String[]{"ice-agent", "state-patrol-officer", "city-employee"}) {
            trust().given("actor", actor, "detainer", "i-247a").on("2015-06-01").then("hold-past-release")
                    .isSilent().decidedBy("ca-gov-7282-scope").overriding("ca-gov-7282-5-hold");
        }
        trust().given("actor", "city-probation-officer", "detainer", "i-247a").then("hold-past-release")
                .isForbidden().decidedBy("ca-gov-7282-5-hold");
    }

    @Test
    void noHoldOnAnIceHoldWithoutAGround() {
        trust().given("detainer", "i-247a").on("2015-06-01").then("hold-past-release")
                .isForbidden().decidedBy("ca-gov-7282-5-hold").overriding();
        trust().given("actor", "police-officer", "detainer", "i-247a").then("hold-past-release")
                .isForbidden().decidedBy("ca-gov-7282-5-hold");
    }

    @Test
    void withNoDetainerThereIsNothingToAnswer() {
        trust().given("detainer", "none", "trust-act-criterion", "serious-or-violent-felony").then("hold-past-release")
                .isSilent().decidedBy("ca-gov-7282-5-hold").because("detainer = none");
    }

    @Test
    void aSeriousOrViolentFelonyOpensTheHold() {
        ground("serious-or-violent-felony", "ca-gov-7282-5-a-1");
    }

    @Test
    void aStatePrisonFelonyOpensTheHold() {
        ground("state-prison-felony", "ca-gov-7282-5-a-2");
    }

    @Test
    void aListedOffenceOpensTheHold() {
        ground("listed-offence", "ca-gov-7282-5-a-3");
    }

    @Test
    void anotherWobblerMisdemeanorOpensTheHoldUnderTheAnyWobblerReadingOnly() {
        ground("recent-wobbler-misdemeanor", "ca-gov-7282-5-a-3");
        trust().given("detainer", "i-247a", "trust-act-criterion", "recent-wobbler-misdemeanor")
                .reading("trust-act.wobbler", "listed-offences-only").then("hold-past-release")
                .isForbidden().decidedBy("ca-gov-7282-5-hold").overriding();
    }

    @Test
    void aSexOrArsonRegistrantMayBeHeld() {
        ground("sex-or-arson-registrant", "ca-gov-7282-5-a-4");
    }

    @Test
    void aMagistratesProbableCauseFindingOpensTheHold() {
        ground("probable-cause-finding", "ca-gov-7282-5-a-5");
    }

    @Test
    void aFederalAggravatedFelonyOrFelonyWarrantOpensTheHold() {
        ground("federal-aggravated-felony", "ca-gov-7282-5-a-6");
        ground("federal-felony-warrant", "ca-gov-7282-5-a-6");
    }

    @Test
    void aJudgesWarrantOrWritIsNotAnIceHold() {
        for (String w : new String[]{"judicial", "transfer-writ"}) {
            trust().given("detainer", "i-247a", "warrant", w).then("hold-past-release")
                    .isSilent().decidedBy("ca-gov-7282-judicial-warrant").overriding("ca-gov-7282-5-hold");
            trust().given("detainer", "i-247a", "warrant", w, "trust-act-criterion", "state-prison-felony")
                    .then("hold-past-release").isSilent().decidedBy("ca-gov-7282-judicial-warrant");
        }
    }

    @Test
    void theActSpeaksOfHoldsOnly() {
        trust().given("detainer", "i-247a", "trust-act-criterion", "serious-or-violent-felony").then("notify-release")
                .isSilent().decidedBy();
        trust().given("detainer", "i-247a").then("transfer-to-ice").isSilent().decidedBy();
    }

    private static void ground(String criterion, String provision) {
        trust().given("detainer", "i-247a", "trust-act-criterion", criterion).on("2015-06-01").then("hold-past-release")
                .isPermitted().decidedBy(provision).overriding("ca-gov-7282-5-hold");
    }
}
