package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

/** denver-eo-142 (Executive Order 142, 2017-08-31): one test per provision, the fund's launch date included. */
class Eo142Test {
    private static RegimeVerifier eo() {
        return RegimeVerifier.forRegime("denver-eo-142");
    }

    @Test
    void itBindsTheAgenciesUnderTheMayorNotIceOrStateOfficers() {
        for (String actor : new String[]{"ice-agent", "state-probation-officer", "state-patrol-officer"}) {
            eo().given("actor", actor).then("notify-consulate")
                    .isSilent().decidedBy("eo-142-scope").overriding("eo-142-consulates");
        }
    }

    @Test
    void theSheriffStopsSeekingScaapMoney() {
        eo().given().then("seek-scaap-funds").isForbidden().decidedBy("eo-142-no-scaap");
    }

    @Test
    void theLegalServicesFundPaysFromItsOpeningDay() {
        eo().given("removal-proceedings", "true").on("2018-03-19").then("fund-legal-defense")
                .isPermitted().decidedBy("eo-142-legal-services-fund").because("removal-proceedings = true");
    }

    @Test
    void beforeTheFundOpenedTheOrderIsSilentAndSaysWhy() {
        eo().given("removal-proceedings", "true").on("2018-03-18").then("fund-legal-defense")
                .isSilent().decidedBy("eo-142-legal-services-fund").because("date = 2018-03-18");
    }

    @Test
    void theFundIsForPeopleFacingRemoval() {
        eo().given("removal-proceedings", "false").on("2019-01-01").then("fund-legal-defense").isSilent().decidedBy();
    }

    @Test
    void uVisaCertificationForAHelpfulVictim() {
        eo().given("crime-victim", "true").then("certify-u-visa").isPermitted().decidedBy("eo-142-u-visa");
        eo().given("crime-victim", "false").then("certify-u-visa").isSilent().decidedBy();
    }

    @Test
    void consularHelpForSeparatedFamilies() {
        eo().given().then("notify-consulate").isPermitted().decidedBy("eo-142-consulates");
    }

    @Test
    void enforcementIsLeftToTheOrdinance() {
        eo().given("detainer", "i-247a").then("hold-past-release").isSilent().decidedBy();
    }
}
