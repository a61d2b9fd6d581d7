package org.icerules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** run, explain, ask, law and test with facts unknown; too many combinations refused. */
class ContingentCommandsTest {
    static final String WARRANT = "scenarios/access/secure-area-warrant-unknown-2018.yaml";

    @Test
    void runShowsDependsCellsAndTheirConditions() {
        CliRunner r = CliRunner.run("run", WARRANT, "--regime", "denver-ordinance-2017");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("depends (").contains("unknown: warrant");
        assertThat(r.out().replace("\n", " ")).contains("admit-ice-secure-area: forbidden if warrant ≠ judicial (D.R.M.C. § 28-252(a)); "
                        + "permitted if warrant = judicial (D.R.M.C. § 28-252(a) (judicial warrant))");
    }

    @Test
    void explainSaysWhichUnknownsMatterAndWhichDoNot() {
        CliRunner r = CliRunner.run("explain", WARRANT, "--regime", "denver-ordinance-2017",
                "--action", "notify-consulate");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("FORBIDDEN whatever the warrant")
                .contains("does not matter (no rule for this action reads it): warrant");
    }

    @Test
    void askNamesTheDecidingFactFirst() {
        CliRunner r = CliRunner.run("ask", "scenarios/access/secure-area-warrant-unknown-2018.yaml",
                "--unknown", "purpose", "--unknown", "advised-of-rights",
                "--regime", "denver-ordinance-2017", "--action", "admit-ice-secure-area");
        assertThat(r.status()).isZero();
        // the purpose leaves less doubt (a criminal investigation settles it); the advisement none at all
        assertThat(r.out()).contains("1. purpose (0.65 bits left)").contains("2. warrant (0.72 bits left)")
                .contains("warrant = judicial → permitted or silent").contains("no need to find out: advised-of-rights");
    }

    @Test
    void tooManyCombinationsExitTwoNamingTheFacts(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("many.yaml");
        StringBuilder yaml = new StringBuilder("date: 2018-06-01\nfacts:\n");
        for (String fact : new String[]{"actor", "place", "purpose", "warrant", "detainer", "notification-request",
                "ice-attestation", "interview-request", "conviction", "advised-of-rights"}) {
            yaml.append("  ").append(fact).append(": unknown\n");
        }
        Files.writeString(f, yaml);
        CliRunner r = CliRunner.run("run", f.toString(), "--regime", "denver-ordinance-2017");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("combinations").contains("more than the 4096").contains("actor (8 values)");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void lawAndTimelineCombineTheLayersPerValueOfTheUnknowns() throws IOException {
        CliRunner law = CliRunner.run("law", WARRANT, "--format", "json");
        assertThat(law.status()).isZero();
        com.fasterxml.jackson.databind.JsonNode n = org.icerules.report.Json.MAPPER.readTree(law.out())
                .get("scenarios").get(0);
        assertThat(n.has("actions")).as("no answers at placeholder values").isFalse();
        assertThat(n.get("unknown").get(0).asText()).isEqualTo("warrant");
        com.fasterxml.jackson.databind.JsonNode admit = n.get("contingent").get(2);
        assertThat(admit.get("action").asText()).isEqualTo("admit-ice-secure-area");
        assertThat(admit.get("status").asText()).isEqualTo("depends");
        CliRunner table = CliRunner.run("law", WARRANT);
        assertThat(table.out()).contains("admit-ice-secure-area — forbidden if warrant ≠ judicial (ordinance 2017: "
                + "D.R.M.C. § 28-252(a)); permitted if warrant = judicial");
        CliRunner timeline = CliRunner.run("timeline", WARRANT, "--from", "2017-01-01", "--to", "2018-12-31");
        assertThat(timeline.status()).isZero();
        assertThat(timeline.out()).contains("2017-01-01 – 2017-08-30  permitted (practice 2014: Denver jail practice "
                + "(ICE access)), whatever the warrant").contains("2017-08-31 – 2018-12-31  depends: forbidden if warrant ≠ judicial");
    }

    @Test
    void commandsThatAnswerOnlyFromKnownFactsRefuseUnknowns() {
        for (String command : new String[]{"compare", "sweep"}) {
            CliRunner r = CliRunner.run(command, WARRANT);
            assertThat(r.status()).as(command).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).contains("has unknown facts (warrant); " + command + " answers only from known facts");
        }
    }

    @Test
    void anUnknownFactNameOnTheCommandLineIsRefused() {
        CliRunner r = CliRunner.run("run", WARRANT, "--unknown", "warant");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("did you mean 'warrant'");
    }

    @Test
    void testChecksDependsExpectations(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, "date: 2018-06-01\nfacts:\n  warrant: unknown\n  purpose: unknown\nexpect:\n"
                + "  denver-ordinance-2017:\n    admit-ice-secure-area: {depends: [warrant]}\n"
                + "    notify-consulate: forbidden\n");
        CliRunner r = CliRunner.run("test", f.toString());
        assertThat(r.out()).contains("expected depends on warrant, got depends on purpose, warrant")
                .contains("1 passed, 1 failed");
        assertThat(r.status()).isEqualTo(1);
    }
}
