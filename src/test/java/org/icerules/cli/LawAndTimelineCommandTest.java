package org.icerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LawAndTimelineCommandTest {
    static final String VALLES = "scenarios/detainers/ever-valles-2016.yaml";
    static final String STATUS = "scenarios/information/status-request-from-ice-2018.yaml";
    static final String INTERVIEW = "scenarios/access/secure-area-without-judicial-warrant-2018.yaml";
    static final String REMOVAL_ORDER = "scenarios/detainers/hb20-1188-prior-removal-order-2020.yaml";
    static final String QUERY_ICE = "scenarios/information/status-query-to-ice-2019.yaml";
    static final String ASK_PERSON = "scenarios/information/status-question-to-person-2019.yaml";

    @TempDir
    Path dir;

    static String row(String table, String action) {
        return table.lines().filter(l -> l.startsWith(action + " ")).findFirst().orElseThrow();
    }

    @Test
    void vallesIn2016ShowsThePracticeAloneAndIn2019TheOrdinanceAndHb191124() {
        CliRunner y2016 = CliRunner.run("law", "--rules", "rules", VALLES);
        assertThat(y2016.status()).isZero();
        assertThat(row(y2016.out(), "hold-past-release")).contains("forbidden").contains("practice 2014")
                .doesNotContain("ordinance").doesNotContain("HB19-1124");
        CliRunner y2019 = CliRunner.run("law", "--rules", "rules", "--date", "2019-06-01", VALLES);
        assertThat(y2019.status()).isZero();
        assertThat(y2019.out()).contains("law in force on 2019-06-01 in denver (the scenario's own date is 2016-12-20)");
        assertThat(row(y2019.out(), "hold-past-release")).contains("forbidden")
                .contains("ordinance 2017: D.R.M.C. § 28-253").contains("HB19-1124: C.R.S. 24-76.6-102(2)");
    }

    @Test
    void statusInformationShowsThePreemptionUnderTheNarrowReadingOnly() {
        CliRunner narrow = CliRunner.run("law", "--rules", "rules", "--set", "ordinance.status-sharing=only-when-required",
                STATUS);
        assertThat(row(narrow.out(), "share-status-info")).contains("permitted").contains("preempted [")
                .doesNotContain("28-250(a)(4)");
        assertThat(narrow.out()).contains("preempted: ordinance 2017: D.R.M.C. § 28-250(a)(4) (forbidden) by "
                + "8 USC 1373: 8 U.S.C. § 1373(a), (b)(1)");
        CliRunner shield = CliRunner.run("law", "--rules", "rules", "--set", "ordinance.status-sharing=1373-shield", STATUS);
        assertThat(row(shield.out(), "share-status-info")).contains("permitted").doesNotContain("preempted");
    }

    @Test
    void aBanOnQueryingIceShowsAsPreemptedAndOnAskingThePersonDoesNot() {
        CliRunner query = CliRunner.run("law", "--rules", "rules", QUERY_ICE);
        assertThat(row(query.out(), "ask-immigration-status")).contains("permitted").contains("preempted [");
        assertThat(query.out()).contains("by 8 USC 1373: 8 U.S.C. § 1373(a), (b)(1)");
        CliRunner ask = CliRunner.run("law", "--rules", "rules", ASK_PERSON);
        assertThat(row(ask.out(), "ask-immigration-status")).contains("forbidden").doesNotContain("preempted");
        CliRunner invalid = CliRunner.run("law", "--rules", "rules", "--set", "federal-1373.valid=unconstitutional",
                QUERY_ICE);
        assertThat(row(invalid.out(), "ask-immigration-status")).contains("forbidden").doesNotContain("preempted");
    }

    @Test
    void byTheDatedRecordTheEnjoinedConditionsPutNoGrantAtRisk() {
        CliRunner r = CliRunner.run("law", "--rules", "rules", "--date", "2019-03-01", INTERVIEW);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("jag.enforceable=enjoined (dated record)").doesNotContain("GRANT AT RISK");
        assertThat(r.out()).contains("2017-09-15 enjoined [notify-release, allow-in-person-interview, "
                + "admit-ice-secure-area]").contains("→ jag.enforceable=enjoined");
        assertThat(row(r.out(), "allow-in-person-interview")).contains("forbidden");
    }

    @Test
    void asWrittenTheGrantRiskNamesTheAccessConditionTheOrdinanceAndTheAward() {
        CliRunner r = CliRunner.run("law", "--rules", "rules", "--date", "2019-03-01", "--set",
                "jag.enforceable=as-written", INTERVIEW);
        assertThat(r.out()).contains("jag.enforceable=as-written").doesNotContain("(dated record)");
        assertThat(row(r.out(), "allow-in-person-interview")).contains("forbidden").contains("GRANT AT RISK");
        assertThat(r.out()).contains("allow-in-person-interview — grant at risk: JAG 2017: FY2017 Byrne JAG award, "
                + "access condition requires it, but ordinance 2017: D.R.M.C. § 28-252(a) forbids it; award USD 694,535");
    }

    @Test
    void jsonIsDeterministicAndCarriesTheCombination() throws Exception {
        String[] args = {"law", "--rules", "rules", "--format", "json", "--date", "2019-03-01", "--set",
                "jag.enforceable=as-written", INTERVIEW};
        CliRunner a = CliRunner.run(args);
        CliRunner b = CliRunner.run(args);
        assertThat(a.status()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        JsonNode s = new ObjectMapper().readTree(a.out()).get("scenarios").get(0);
        assertThat(s.get("date").asText()).isEqualTo("2019-03-01");
        JsonNode interview = null;
        for (JsonNode n : s.get("actions")) {
            if (n.get("action").asText().equals("allow-in-person-interview")) {
                interview = n;
            }
        }
        assertThat(interview.get("status").asText()).isEqualTo("forbidden");
        assertThat(interview.get("deciding").get(0).get("id").asText()).isEqualTo("drmc-28-252-a");
        JsonNode risk = interview.get("grant-at-risk").get(0);
        assertThat(risk.get("condition").get("id").asText()).isEqualTo("jag-2017-access");
        assertThat(risk.get("award").get("amount").asLong()).isEqualTo(694535);
        assertThat(risk.get("award").get("currency").asText()).isEqualTo("USD");
        assertThat(s.get("interpretations-from-record").size()).isZero();
        CliRunner record = CliRunner.run("law", "--rules", "rules", "--format", "json", "--date", "2019-03-01",
                INTERVIEW);
        JsonNode r = new ObjectMapper().readTree(record.out()).get("scenarios").get(0);
        assertThat(r.get("interpretations-from-record").get("jag.enforceable").asText()).isEqualTo("enjoined");
        JsonNode jag = null;
        for (JsonNode l : r.get("layers")) {
            if (l.get("regime").asText().equals("federal-jag-2017")) {
                jag = l;
            }
        }
        assertThat(jag.get("standing").get(0).get("reading").get("jag.enforceable").asText()).isEqualTo("enjoined");
    }

    @Test
    void includeAddsAFailedBillAsIfPassed() {
        CliRunner r = CliRunner.run("law", "--rules", "rules", "--date", "2020-06-01", "--include", "colorado-hb20-1188", REMOVAL_ORDER);
        assertThat(r.out()).contains("HB20-1188 (failed) (colorado-hb20-1188) — state bill, NOT in force (failed)");
        assertThat(row(r.out(), "hold-past-release")).contains("CONFLICT");
        assertThat(r.out()).contains("conflict between layers:").contains("HB20-1188 (failed): Colo. HB20-1188 (detention up to 48 hours) says required");
    }

    @Test
    void badInputExitsTwo() {
        CliRunner date = CliRunner.run("law", "--rules", "rules", "--date", "2019-13-01", VALLES);
        assertThat(date.status()).isEqualTo(2);
        CliRunner place = CliRunner.run("law", "--rules", "rules", "--jurisdiction", "denvr", VALLES);
        assertThat(place.status()).isEqualTo(2);
        assertThat(place.err()).contains("unknown jurisdiction 'denvr'").contains("did you mean 'denver'");
        CliRunner include = CliRunner.run("law", "--rules", "rules", "--include", "colorado-hb20-118", VALLES);
        assertThat(include.status()).isEqualTo(2);
        assertThat(include.err()).contains("unknown regime 'colorado-hb20-118'");
        CliRunner range = CliRunner.run("timeline", "--rules", "rules", "--from", "2020-01-01", "--to", "2019-01-01", VALLES);
        assertThat(range.status()).isEqualTo(2);
    }

    @Test
    void timelineTableShowsEachChangeDate() {
        CliRunner r = CliRunner.run("timeline", "--rules", "rules", VALLES);
        assertThat(r.status()).isZero();
        String header = r.out().lines().filter(l -> l.startsWith("action ")).findFirst().orElseThrow();
        assertThat(header).contains("2014-01-01", "2014-04-30", "2017-08-31", "2019-05-28", "2025-05-23");
        assertThat(row(r.out(), "civil-arrest-at-courthouse")).endsWith("F");
        assertThat(r.out()).contains("  2014-04-30 … 2017-08-30  forbidden  practice 2014");
    }

    @Test
    void timelineHtmlIsSelfContainedDeterministicAndHasAChartPerAction() throws Exception {
        Path out1 = dir.resolve("a.html");
        Path out2 = dir.resolve("b.html");
        assertThat(CliRunner.run("timeline", "--rules", "rules", "--format", "html", "-o", out1.toString(), VALLES).status()).isZero();
        assertThat(CliRunner.run("timeline", "--rules", "rules", "--format", "html", "-o", out2.toString(), VALLES).status()).isZero();
        String html = Files.readString(out1);
        assertThat(html).isEqualTo(Files.readString(out2));
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).doesNotContain("<script", "src=\"http", "href=\"http", "@import");
        int charts = html.split("<svg ", -1).length - 1;
        assertThat(charts).isGreaterThanOrEqualTo(10).isEqualTo(html.split("<h3 ", -1).length - 1);
        assertThat(html).contains("<path d=\"M90.0 ").contains("id=\"ever-valles-2016-hold-past-release\"");
        assertThat(html).as("every HTML report explains its words").contains("<h2 id=\"glossary\">Glossary</h2>", "<dt id=\"");
    }

    @Test
    void aRegimeInAnUnknownJurisdictionIsBadInput() throws Exception {
        Path rules = dir.resolve("rules");
        Path folder = rules.resolve("city/denver-ordinance-2017");
        Files.createDirectories(folder);
        try (var files = Files.list(Path.of("rules/city/denver-ordinance-2017"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                Files.writeString(folder.resolve(f.getFileName()),
                        text.replace("jurisdiction: denver", "jurisdiction: boulder"));
            }
        }
        Files.copy(Path.of("rules/jurisdictions.yaml"), rules.resolve("jurisdictions.yaml"));
        Files.copy(Path.of("rules/categories.yaml"), rules.resolve("categories.yaml"));
        Files.copy(Path.of("rules/vocabulary.yaml"), rules.resolve("vocabulary.yaml"));
        CliRunner r = CliRunner.run("law", "--rules", rules.toString(), VALLES);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("regime.yaml").contains("unknown jurisdiction 'boulder'")
                .contains("known (rules/jurisdictions.yaml): united-states, colorado, denver");
    }

    @Test
    void withoutJurisdictionTheLawIsThatOfTheDefaultInJurisdictionsYaml() throws Exception {
        Path rules = dir.resolve("rules");
        try (var walk = Files.walk(Path.of("rules"))) {
            for (Path from : walk.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Path places = rules.resolve("jurisdictions.yaml");
        String text = Files.readString(places);
        String other = text.lines().filter(l -> l.startsWith("  - id: ")).map(l -> l.substring(8).strip())
                .filter(id -> !text.contains("default: " + id + "\n")).findFirst().orElseThrow();
        Files.writeString(places, text.replaceFirst("(?m)^default: .*$", "default: " + other));
        CliRunner r = CliRunner.run("law", "--rules", rules.toString(), VALLES);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("law in force on 2016-12-20 in " + other);

        Files.writeString(places, text.replaceFirst("(?m)^default: .*\n", ""));
        CliRunner none = CliRunner.run("law", "--rules", rules.toString(), VALLES);
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("--jurisdiction").contains("has no default");
        CliRunner named = CliRunner.run("law", "--rules", rules.toString(), "--jurisdiction", other, VALLES);
        assertThat(named.status()).isZero();
    }

    @Test
    void inAustinSb4OverridesTheCountyPolicyNamingBothProvisions() {
        String travis = "scenarios/texas/travis-declined-detainer-2017.yaml";
        CliRunner after = CliRunner.run("law", "--rules", "rules", "--jurisdiction", "austin", "--date", "2018-01-01",
                "--include", "travis-county-sheriff-2017", travis);
        assertThat(after.status()).isZero();
        assertThat(row(after.out(), "hold-past-release")).contains("required")
                .contains("Texas SB 4: Tex. Code Crim. Proc. art. 2.251(a)(1)").contains("preempted [");
        assertThat(after.out()).contains("hold-past-release — preempted: Travis sheriff 2017: TCSO Policy on Cooperation "
                + "with ICE (ICE detainer requests) (forbidden) by Texas SB 4: Tex. Code Crim. Proc. art. 2.251(a)(1)");
        CliRunner before = CliRunner.run("law", "--rules", "rules", "--jurisdiction", "austin", travis);
        assertThat(before.out()).contains("law in force on 2017-06-16 in austin");
        assertThat(row(before.out(), "hold-past-release")).contains("forbidden")
                .contains("Travis sheriff 2017: TCSO Policy on Cooperation with ICE (ICE detainer requests)")
                .doesNotContain("preempted").doesNotContain("SB 4");
    }
}
