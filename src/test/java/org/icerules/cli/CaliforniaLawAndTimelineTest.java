package org.icerules.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icerules.cli.LawAndTimelineCommandTest.row;

/** California as a state layer: `law` in Los Angeles County, and the TRUST → TRUTH → SB 54 timeline. */
class CaliforniaLawAndTimelineTest {
    static final String SERIOUS_FELONY = "scenarios/california/trust-hold-serious-felony-2015.yaml";
    static final String QUERY_ICE = "scenarios/california/sb54-query-ice-status-2018.yaml";

    @Test
    void lawInLosAngelesCountyIn2018ShowsTheCaliforniaLayersAndNotDenvers() {
        CliRunner r = CliRunner.run("law", "--rules", "rules", "--jurisdiction", "los-angeles-county",
                "--date", "2018-06-01", SERIOUS_FELONY);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("law in force on 2018-06-01 in los-angeles-county")
                .contains("TRUTH Act (california-truth-act-2016)").contains("SB 54 (california-sb54-2017)")
                .doesNotContain("california-trust-act-2013").doesNotContain("denver-ordinance-2017")
                .doesNotContain("colorado-hb19-1124");
        assertThat(row(r.out(), "hold-past-release")).contains("forbidden").contains("SB 54: Cal. Gov. Code § 7284.6(a)(1)(B)");
        assertThat(row(r.out(), "notify-release")).contains("permitted").contains("§ 7282.5");
        assertThat(row(r.out(), "give-request-copy")).contains("required").contains("TRUTH Act");
    }

    @Test
    void inLosAngelesCountyIn2015TheTrustActAloneAllowsTheHold() {
        CliRunner r = CliRunner.run("law", "--rules", "rules", "--jurisdiction", "los-angeles-county", SERIOUS_FELONY);
        assertThat(r.status()).isZero();
        assertThat(row(r.out(), "hold-past-release")).contains("permitted")
                .contains("TRUST Act: Cal. Gov. Code § 7282.5(a)(1) (2014)");
        assertThat(r.out()).doesNotContain("california-sb54-2017").doesNotContain("california-truth-act-2016");
    }

    @Test
    void statusSharingAndQueryingIceArePermittedByBothLayersWithNothingPreempted() {
        CliRunner r = CliRunner.run("law", "--rules", "rules", "--jurisdiction", "los-angeles-county", QUERY_ICE);
        assertThat(r.status()).isZero();
        assertThat(row(r.out(), "share-status-info")).contains("permitted").contains("SB 54: Cal. Gov. Code § 7284.6(e)")
                .contains("8 USC 1373").doesNotContain("preempted");
        assertThat(row(r.out(), "ask-immigration-status")).contains("permitted").contains("§ 7284.6(e)")
                .doesNotContain("preempted");
        assertThat(r.out()).doesNotContain("preempted:");
    }

    @Test
    void theTimelineFrom2013To2019ShowsTrustThenTruthThenSb54() {
        CliRunner r = CliRunner.run("timeline", "--rules", "rules", "--jurisdiction", "los-angeles-county",
                "--from", "2013-01-01", "--to", "2019-12-31", SERIOUS_FELONY);
        assertThat(r.status()).isZero();
        String out = r.out();
        int trust = out.indexOf("+ california-trust-act-2013 comes into force");
        int truth = out.indexOf("+ california-truth-act-2016 comes into force");
        int sb54 = out.indexOf("+ california-sb54-2017 comes into force");
        assertThat(trust).isPositive();
        assertThat(truth).isGreaterThan(trust);
        assertThat(sb54).isGreaterThan(truth);
        assertThat(out).contains("- california-trust-act-2013 no longer in force");
        assertThat(out.substring(trust)).contains("hold-past-release: silent → permitted");
        assertThat(out.substring(truth)).contains("give-request-copy: silent → required");
        assertThat(out.substring(sb54)).contains("hold-past-release: permitted → forbidden");
        assertThat(row(out, "hold-past-release")).matches("hold-past-release\\s+\\| S\\s+\\| P\\s+\\|.*");
    }

    @Test
    void denverHasNoCaliforniaLayer() {
        // the scenario's own place is los-angeles-county: naming another asks the law there instead
        CliRunner r = CliRunner.run("law", "--rules", "rules", "--jurisdiction", "denver", "--date", "2018-06-01",
                SERIOUS_FELONY);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("in denver").doesNotContain("california-");
    }
}
