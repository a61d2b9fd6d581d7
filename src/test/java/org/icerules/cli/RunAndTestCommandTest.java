package org.icerules.cli;

import org.icerules.Vocab;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The run and test commands on fixed scenarios: table, JSON per the spec, exit codes, determinism. */
class RunAndTestCommandTest {
    static final String EVER_VALLES = "scenarios/detainers/ever-valles-2016.yaml";
    static final String ORDINANCE = "denver-ordinance-2017";

    @TempDir
    Path dir;

    @Test
    void runPrintsTheMatrixWithDecidingCitations() {
        CliRunner r = CliRunner.run("run", EVER_VALLES, "--regime", ORDINANCE);
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("ever-valles-2016 — Released on bond while ICE waited for a fax\n")
                .contains("date 2016-12-20")
                .containsPattern("May the city keep the person +\\| forbidden 28-253\n")
                .containsPattern("\nhold-past-release +\\|\n")
                .containsPattern("May the city tell ICE when the \\| permitted 28-253\n"
                        + "person will be released\\? +\\| \\(notification requests\\)\n")
                .containsPattern("\\| required 28-253\n.* +\\| \\(advisement on\n.* +\\| notification requests\\)\n")
                .contains("silent under every regime shown:")
                .contains("citations begin: ordinance 2017: D.R.M.C. § …\n")
                .contains("| (not yet in force)")
                .endsWith("ordinance 2017: not yet in force on 2016-12-20 (in force from 2017-08-31)"
                        + " — read its answers as a hypothesis\n");
    }

    @Test
    void aTableOfEveryRegimeFitsInBlocksAndShowsEachRegime() {
        String out = CliRunner.run("run", EVER_VALLES).out();
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
        // every regime of the case's place (Denver, Colorado, the United States)
        for (var r : org.icerules.law.Places.of(org.icerules.RegimeVerifier.projectCatalog()).regimesIn("denver")) {
            assertThat(out).contains(r.regime().shortName());
        }
        assertThat(out.lines().filter(l -> l.startsWith("action ")).count())
                .as("the regimes continue in further blocks").isGreaterThan(1);
    }

    @Test
    void runJsonFollowsTheSpec() throws IOException {
        CliRunner r = CliRunner.run("run", EVER_VALLES, "--regime", ORDINANCE, "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode s = root.get("scenarios").get(0);
        assertThat(s.get("id").asText()).isEqualTo("ever-valles-2016");
        assertThat(s.get("date").asText()).isEqualTo("2016-12-20");
        assertThat(s.get("interpretations").get("ordinance.probation-scope").asText()).isEqualTo("city-only");
        assertThat(s.get("verdicts")).hasSize(org.icerules.Vocab.actions().size());
        JsonNode hold = s.get("verdicts").get(0);
        assertThat(hold.get("regime").asText()).isEqualTo(ORDINANCE);
        assertThat(hold.get("action").asText()).isEqualTo("hold-past-release");
        assertThat(hold.get("status").asText()).isEqualTo("forbidden");
        assertThat(hold.get("provisions").get(0).get("id").asText()).isEqualTo("drmc-28-253");
        assertThat(hold.get("provisions").get(0).get("cite").asText()).isEqualTo("D.R.M.C. § 28-253");
        assertThat(hold.get("provisions").get(0).get("basis").asText()).isEqualTo("reported");
        assertThat(hold.get("because").toString()).contains("warrant = none");
        assertThat(hold.get("overridden").isArray()).isTrue();
        for (JsonNode v : s.get("verdicts")) {
            if (!v.get("status").asText().equals("silent")) {
                assertThat(v.get("provisions")).as("non-silent verdict names a provision: " + v).isNotEmpty();
                v.get("provisions").forEach(p -> assertThat(p.get("basis").asText()).isIn("text", "reported", "inferred"));
            }
        }
    }

    @Test
    void setChangesTheReadingAndTheJsonShowsIt() throws IOException {
        Path f = dir.resolve("status.yaml");
        Files.writeString(f, "id: status-request\ndate: 2018-06-01\n");
        CliRunner r = CliRunner.run("run", f.toString(), "--regime", ORDINANCE, "--format", "json",
                "--set", "ordinance.status-sharing=1373-shield");
        JsonNode s = new ObjectMapper().readTree(r.out()).get("scenarios").get(0);
        assertThat(s.get("interpretations").get("ordinance.status-sharing").asText()).isEqualTo("1373-shield");
        JsonNode share = null;
        for (JsonNode v : s.get("verdicts")) {
            if (v.get("action").asText().equals("share-status-info")) {
                share = v;
            }
        }
        assertThat(share).isNotNull();
        assertThat(share.get("status").asText()).isEqualTo("permitted");
        assertThat(share.get("overridden").get(0).get("id").asText()).isEqualTo("drmc-28-250-a-4");
    }

    @Test
    void outputIsByteForByteTheSameOnRepeatedRuns() {
        String first = CliRunner.run("run", "scenarios", "--format", "json").out();
        String second = CliRunner.run("run", "scenarios", "--format", "json").out();
        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(CliRunner.run("run", "scenarios").out()).isEqualTo(CliRunner.run("run", "scenarios").out());
    }

    @Test
    void outputOptionWritesTheWholeReportAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("reports/ever-valles.json");
        CliRunner r = CliRunner.run("run", EVER_VALLES, "--format", "json", "-o", out.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(CliRunner.run("run", EVER_VALLES, "--format", "json").out());
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ever-valles.json");
        }
    }

    @Test
    void badInputLeavesNoReportBehind() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "id: x\ndate: 2018-01-01\nfacts:\n  detainer: nope\n");
        Path out = dir.resolve("never.json");
        CliRunner r = CliRunner.run("run", bad.toString(), "-o", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void testCommandCountsExpectationsAndPasses() {
        CliRunner r = CliRunner.run("test", EVER_VALLES);
        assertThat(r.status()).isZero();
        assertThat(r.out()).matches("(?s)\\d+ passed, 0 failed\n");
    }

    @Test
    void testCommandReportsEachMismatchAndExitsOne() throws IOException {
        Path f = dir.resolve("wrong.yaml");
        Files.writeString(f, """
                id: wrong-expectation
                date: 2018-06-01
                facts:
                  warrant: judicial
                expect:
                  denver-ordinance-2017:
                    hold-past-release: forbidden
                    admit-ice-secure-area: permitted
                """);
        CliRunner r = CliRunner.run("test", f.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL " + f + ":1 wrong-expectation · denver-ordinance-2017 · hold-past-release: "
                        + "expected forbidden, got permitted (D.R.M.C. § 28-253 (judicial warrant))")
                .endsWith("1 passed, 1 failed\n");
    }

    @Test
    void listShowsTheVocabularies() {
        assertThat(CliRunner.run("list", "actions").out()).contains("hold-past-release").contains("notify-consulate");
        assertThat(CliRunner.run("list", "facts").out()).contains("hours-until-release").contains("default 72");
        assertThat(CliRunner.run("list", "switches").out()).contains("ordinance.status-sharing");
        assertThat(CliRunner.run("list", "regimes").out()).contains(ORDINANCE);
    }

    @Test
    void listRulesShowsWhatEachRuleConcludesOverridesAndReads() {
        String out = CliRunner.run("list", "rules", "--regime", ORDINANCE).out();
        assertThat(out).startsWith(ORDINANCE + "\n")
                .contains("s28-253-detainers.drl:")
                .contains("\"Hold on a judicial warrant\"\n"
                        + "      permitted hold-past-release under drmc-28-253-judicial-warrant, overriding drmc-28-253\n"
                        + "      reads: warrant\n")
                .contains("silent every action under drmc-28-250-a-scope, overriding *\n"
                        + "      reads: actor, ordinance.probation-scope [city-only]\n");
        assertThat(CliRunner.run("list", "provisions", "--regime", ORDINANCE).out())
                .contains("drmc-28-253 ").contains("reported").contains("D.R.M.C. § 28-253 — No holding past release");
    }

    @Test
    void helpIsAvailableEverywhere() {
        assertThat(CliRunner.run("--help").out()).contains("run").contains("test").contains("list");
        assertThat(CliRunner.run("run", "--help").out()).contains("--format").contains("--set").contains("--regime");
        assertThat(CliRunner.run("test", "--help").out()).contains("N passed, N failed");
    }

    @Test
    void aBrokenRuleFolderIsBadInput() throws IOException {
        Path rules = dir.resolve("rules/city/x");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("regime.yaml"), "id: x\n");
        Files.copy(Path.of("rules/categories.yaml"), dir.resolve("rules/categories.yaml"));
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("rules/vocabulary.yaml"));
        CliRunner r = CliRunner.run("list", "regimes", "--rules", dir.resolve("rules").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("rules/city/x/regime.yaml:1:1: key 'title': is required");
    }
}
