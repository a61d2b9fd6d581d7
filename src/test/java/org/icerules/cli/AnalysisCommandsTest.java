package org.icerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.icerules.report.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** compare, explain, diff, sweep and check on fixed scenarios, through the command line. */
class AnalysisCommandsTest {
    private static final String VALLES = "scenarios/detainers/ever-valles-2016.yaml";
    /** The ordinance's reading under which the Valles notice waits for the advisement (forbidden). */
    private static final String ADVISEMENT_FIRST = "ordinance.advisement=precondition";

    @TempDir
    Path dir;

    @Test
    void compareMarksTheRowsWhereRegimesDisagreeAndIsPlainWhenPiped() {
        CliRunner r = CliRunner.run("compare", VALLES, "--regime", "denver-draft-order-2017",
                "--regime", "denver-ordinance-2017", "--set", ADVISEMENT_FIRST);
        assertThat(r.status()).isZero();
        assertThat(r.out()).doesNotContain("\u001b[");
        // the question leads each row, its id under it; the mark stands on the question's first line
        assertThat(r.out().lines().filter(l -> l.startsWith("≠ May the city tell ICE when")).toList()).isNotEmpty();
        assertThat(r.out().lines().filter(l -> l.startsWith("  May the city keep the person")).toList()).isNotEmpty();
        assertThat(r.out().lines().filter(l -> l.startsWith("  hold-past-release ")).toList()).isNotEmpty();
    }

    @Test
    void compareAsMarkdownCsvAndJson() throws Exception {
        String[] regimes = {"--regime", "denver-draft-order-2017", "--regime", "denver-ordinance-2017",
                "--set", ADVISEMENT_FIRST};
        CliRunner md = CliRunner.run(concat(new String[]{"compare", VALLES, "--format", "md"}, regimes));
        assertThat(md.out()).contains("| **≠** | May the city tell ICE when the person will be released?<br>`notify-release` |")
                .contains("| draft order 2017<br>*never law* |")
                .contains("ordinance 2017: not yet in force on 2016-12-20 (in force from 2017-08-31)");
        CliRunner csv = CliRunner.run(concat(new String[]{"compare", VALLES, "--format", "csv"}, regimes));
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("scenario,title,date,actor,")
                .endsWith(",readings,regime,action,question,status,deciding citation,basis,disagree");
        assertThat(csv.out().lines().filter(l -> l.contains(",denver-ordinance-2017,notify-release,")).toList())
                .singleElement().asString().contains(",forbidden,").endsWith(",true");
        CliRunner json = CliRunner.run(concat(new String[]{"compare", VALLES, "--format", "json"}, regimes));
        JsonNode root = Json.MAPPER.readTree(json.out());
        JsonNode notify = root.at("/scenarios/0/rows/1");
        assertThat(notify.get("action").asText()).isEqualTo("notify-release");
        assertThat(notify.get("disagree").asBoolean()).isTrue();
        assertThat(notify.at("/verdicts/1/status").asText()).isEqualTo("forbidden");
    }

    @Test
    void explainNamesSection28_253AndTheAdvisement() throws Exception {
        CliRunner r = CliRunner.run("explain", VALLES, "--regime", "denver-ordinance-2017", "--action", "notify-release",
                "--set", ADVISEMENT_FIRST);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("FORBIDDEN", "§ 28-253",
                "advised-of-rights: false → true  ⇒ permitted — D.R.M.C. § 28-253 (notification requests)");
        CliRunner json = CliRunner.run("explain", VALLES, "--regime", "denver-ordinance-2017",
                "--action", "notify-release", "--format", "json", "--set", ADVISEMENT_FIRST);
        JsonNode e = Json.MAPPER.readTree(json.out()).at("/explanations/0");
        assertThat(e.at("/verdict/status").asText()).isEqualTo("forbidden");
        assertThat(e.at("/why/rules/0/provision").asText()).isEqualTo("drmc-28-250-a-1");
        assertThat(e.at("/whyNot").findValuesAsText("fact")).contains("advised-of-rights");
    }

    @Test
    void explainShowsTheNoteAVerdictCarriesThatTheConditionWasEnjoined() {
        CliRunner r = CliRunner.run("explain", "scenarios/notification/jag-notice-on-i247a-alone-2019.yaml",
                "--regime", "federal-jag-2017", "--action", "notify-release");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("REQUIRED").contains("  note: Enjoined: the notice condition was enjoined "
                + "nationwide from 2017-09-15 (City of Chicago v.");
    }

    @Test
    void explainNeedsOneRegimeAndAKnownAction() {
        assertThat(CliRunner.run("explain", VALLES, "--action", "notify-release").status()).isEqualTo(2);
        CliRunner r = CliRunner.run("explain", VALLES, "--regime", "denver-ordinance-2017", "--action", "notify-releas");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown action 'notify-releas'", "did you mean 'notify-release'?");
    }

    @Test
    void diffExamplesAreScenariosThatTestConfirms() throws Exception {
        Path examples = dir.resolve("examples");
        CliRunner r = CliRunner.run("diff", "denver-draft-order-2017", "denver-ordinance-2017",
                "--action", "notify-release", "--action", "hold-past-release", "--write-examples", examples.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("notify-release — ", "hold-past-release — ",
                "draft order 2017 permitted, ordinance 2017 forbidden when");
        assertThat(r.out().lines().filter(l -> l.contains("draft order 2017 permitted, ordinance 2017 forbidden when")))
                .anyMatch(l -> l.contains("warrant = administrative"));
        List<Path> files;
        try (Stream<Path> s = Files.list(examples)) {
            files = s.sorted().toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(files.get(0).getFileName().toString()).isEqualTo("diff-hold-past-release-1.yaml");
        CliRunner test = CliRunner.run("test", examples.toString());
        assertThat(test.status()).as(test.out()).isZero();
        assertThat(test.out()).contains((2 * files.size()) + " passed, 0 failed");
    }

    @Test
    void diffHoldsASwitchFixedWithSet() throws Exception {
        Path examples = dir.resolve("fixed");
        CliRunner r = CliRunner.run("diff", "denver-draft-order-2017", "denver-ordinance-2017", "--action",
                "hold-past-release", "--set", "draft-order.warrant=any-warrant", "--write-examples", examples.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("readings held fixed: draft-order.warrant=any-warrant")
                .contains("draft order 2017 permitted, ordinance 2017 forbidden when")
                .doesNotContain("reading draft-order.warrant");
        try (Stream<Path> s = Files.list(examples)) {
            for (Path f : s.toList()) {
                assertThat(Files.readString(f)).contains("  draft-order.warrant: any-warrant\n");
            }
        }
        assertThat(CliRunner.run("test", examples.toString()).status()).isZero();
    }

    @Test
    void sweepShowsWhichSwitchAVerdictDependsOn() throws Exception {
        Path f = dir.resolve("admin-warrant.yaml");
        Files.writeString(f, "id: admin-warrant\ndate: 2017-09-01\nfacts:\n  detainer: i-247a\n  warrant: administrative\n");
        CliRunner r = CliRunner.run("sweep", f.toString(), "--regime", "denver-draft-order-2017");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("denver-draft-order-2017 · hold-past-release — depends on draft-order.warrant",
                "draft-order.warrant=any-warrant  ⇒ permitted", "draft-order.warrant=judicial-only  ⇒ forbidden");
        JsonNode json = Json.MAPPER.readTree(CliRunner.run("sweep", f.toString(), "--format", "json").out());
        assertThat(json.at("/scenarios/0/varying").findValuesAsText("action")).contains("hold-past-release");
    }

    @Test
    void checkPassesOnTheProjectAndFailsOnAConflict() {
        CliRunner ok = CliRunner.run("check");
        assertThat(ok.status()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("passed: no conflict in any regime");
        CliRunner bad = CliRunner.run("check", "--rules", "src/test/resources/rules-conflict");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out()).contains("CONFLICT test-conflicting · hold-past-release: Test § 1 (test-no-hold) says "
                + "forbidden vs Test § 2 (test-hold-on-warrant) says permitted", "FAILED: 1 conflict");
    }

    @Test
    void checkWarnsOfEveryFactNoRuleReadsInTextAndJson() throws Exception {
        CliRunner text = CliRunner.run("check", "--rules", "src/test/resources/rules-reference");
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains("warning: fact \"place\" is read by no rule of any loaded regime: "
                + "no answer can turn on it\n").doesNotContain("fact \"detainer\"", "fact \"warrant\"");
        JsonNode json = Json.MAPPER.readTree(CliRunner.run("check", "--rules", "src/test/resources/rules-reference",
                "--format", "json").out());
        List<String> unread = new java.util.ArrayList<>();
        json.get("unreadFacts").forEach(n -> unread.add(n.asText()));
        assertThat(unread).contains("place", "actor").doesNotContain("detainer", "warrant");
        assertThat(json.get("passed").asBoolean()).isTrue();
    }

    @Test
    void htmlIsSelfContainedCarriesAReceiptAndIsByteIdentical() throws Exception {
        Path out1 = dir.resolve("a.html");
        Path out2 = dir.resolve("b.html");
        for (Path out : List.of(out1, out2)) {
            assertThat(CliRunner.run("compare", VALLES, "--format", "html", "-o", out.toString()).status()).isZero();
        }
        String html = Files.readString(out1);
        assertThat(Files.readString(out2)).isEqualTo(html);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Receipt", "ice-rules " + Main.VERSION,
                "rules folder (SHA-256", "scenario ever-valles-2016", "date 2016-12-20");
        // no external asset; a web address in a source is a link to follow (and printed out), never loaded
        assertThat(html).contains("<a class=\"url\" href=\"https://denverite.com/");
        assertThat(html.replace("<a class=\"url\" href=\"http", "")).doesNotContain("src=\"http", "href=\"http",
                "url(http", "<script", "<link");
        for (String[] args : List.of(
                new String[]{"explain", VALLES, "--regime", "denver-ordinance-2017", "--action", "notify-release",
                        "--format", "html"},
                new String[]{"diff", "denver-draft-order-2017", "denver-ordinance-2017", "--format", "html"})) {
            CliRunner r = CliRunner.run(args);
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("<h2 id=\"receipt\">Receipt</h2>");
            assertThat(r.out().replace("<a class=\"url\" href=\"http", "")).doesNotContain("src=\"http", "href=\"http",
                    "<script");
        }
    }

    @Test
    void diffExplainAndSweepAreByteIdenticalOnRepeatedRuns() {
        List<String[]> commands = List.of(
                new String[]{"diff", "denver-draft-order-2017", "denver-ordinance-2017", "--action", "notify-release",
                        "--format", "json"},
                new String[]{"explain", VALLES, "--regime", "denver-ordinance-2017", "--action", "notify-release",
                        "--format", "json"},
                new String[]{"sweep", VALLES, "--format", "json"});
        for (String[] args : commands) {
            CliRunner first = CliRunner.run(args);
            assertThat(first.status()).isZero();
            assertThat(CliRunner.run(args).out()).isEqualTo(first.out());
        }
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
