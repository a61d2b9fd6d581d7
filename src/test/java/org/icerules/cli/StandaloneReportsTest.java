package org.icerules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports a person can mail, paste and share: each names the case it answers, law has HTML,
 * Markdown and CSV, law and timeline narrow to the actions asked for, the timeline's charts
 * come out as standalone SVG files, and every HTML report prints whole.
 */
class StandaloneReportsTest {
    static final String VALLES = LawAndTimelineCommandTest.VALLES;

    @TempDir
    Path dir;

    @Test
    void lawHtmlIsSelfContainedNamesTheCaseAndEndsWithTheReceipt() throws Exception {
        Path out = dir.resolve("law.html");
        CliRunner r = CliRunner.run("law", "--rules", "rules", "--date", "2019-06-01", "--format", "html",
                "-o", out.toString(), VALLES);
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").doesNotContain("<script", "@import");
        assertThat(html).contains("law in force on 2019-06-01 in denver (the scenario&#39;s own date is 2016-12-20)".replace("&#39;", "'"),
                "<caption>the case — ever-valles-2016, date 2016-12-20</caption>",
                "<code>detainer</code></td><td><strong>i-247a</strong>",
                "ordinance 2017: D.R.M.C. § 28-253", "<h2 id=\"receipt\">Receipt</h2>",
                "ice-rules law --rules rules --date 2019-06-01 --format html");
        CliRunner again = CliRunner.run("law", "--rules", "rules", "--date", "2019-06-01", "--format", "html", VALLES);
        assertThat(again.out()).isEqualTo(html);
    }

    @Test
    void lawMarkdownAndCsvCarryTheCaseAndTheyAndTheTableNarrowToTheActionsAsked() throws Exception {
        CliRunner md = CliRunner.run("law", "--rules", "rules", "--format", "md", "--action", "notify-release", VALLES);
        assertThat(md.status()).as(md.err()).isZero();
        assertThat(md.out()).contains("## ever-valles-2016", "The case (date 2016-12-20)", "| `detainer` | i-247a |",
                "| notify-release | permitted | practice 2014: Denver jail practice (release notification) |")
                .doesNotContain("| hold-past-release |");
        CliRunner csv = CliRunner.run("law", "--rules", "rules", "--format", "csv", "--action", "notify-release",
                "--action", "hold-past-release", VALLES);
        List<Map<String, String>> rows = org.icerules.report.CsvRows.read(csv.out());
        assertThat(rows).extracting(m -> m.get("action")).containsExactly("hold-past-release", "notify-release");
        assertThat(rows.get(1)).containsEntry("scenario", "ever-valles-2016").containsEntry("date", "2016-12-20")
                .containsEntry("detainer", "i-247a").containsEntry("law date", "2016-12-20")
                .containsEntry("status", "permitted").containsEntry("jurisdiction", "denver")
                .containsEntry("decided by", "practice 2014: Denver jail practice (release notification)");
        CliRunner table = CliRunner.run("law", "--rules", "rules", "--action", "hold-past-release", VALLES);
        assertThat(table.out()).contains("hold-past-release ").doesNotContain("notify-release ");
        CliRunner timeline = CliRunner.run("timeline", "--rules", "rules", "--action", "notify-release", VALLES);
        assertThat(timeline.out()).contains("notify-release ", "    = notify-release: silent → permitted",
                "+ denver-ordinance-2017 comes into force").doesNotContain("hold-past-release");
        CliRunner bad = CliRunner.run("law", "--rules", "rules", "--action", "notify-releas", VALLES);
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown action 'notify-releas'");
    }

    @Test
    void timelineCsvHasARowPerStretchLedByTheCase() {
        CliRunner r = CliRunner.run("timeline", "--rules", "rules", "--format", "csv", "--action", "hold-past-release",
                VALLES);
        assertThat(r.status()).as(r.err()).isZero();
        List<Map<String, String>> rows = org.icerules.report.CsvRows.read(r.out());
        assertThat(rows).allSatisfy(m -> assertThat(m).containsEntry("scenario", "ever-valles-2016")
                .containsEntry("detainer", "i-247a").containsEntry("action", "hold-past-release"));
        assertThat(rows).extracting(m -> m.get("from") + ".." + m.get("to") + " " + m.get("status"))
                .startsWith("2014-01-01..2014-04-29 silent", "2014-04-30..2017-08-30 forbidden");
        assertThat(rows.get(1).get("decided by")).isEqualTo("practice 2014: Denver Sheriff memo of 2014-04-30");
    }

    @Test
    void timelineChartsAreStandaloneSvgFilesOnePerActionDeterministicAndLabelledWithTheChangeDates() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (Path charts : List.of(a, b)) {
            CliRunner r = CliRunner.run("timeline", "--rules", "rules", "--format", "html", "-o",
                    dir.resolve(charts.getFileName() + ".html").toString(), "--charts", charts.toString(),
                    "--action", "notify-release", "--action", "hold-past-release", VALLES);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.err()).contains("wrote 2 charts to " + charts);
        }
        assertThat(names(a)).containsExactly("ever-valles-2016-hold-past-release.svg",
                "ever-valles-2016-notify-release.svg");
        for (String name : names(a)) {
            String svg = Files.readString(a.resolve(name));
            assertThat(Files.readString(b.resolve(name))).isEqualTo(svg);
            assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"")
                    .endsWith("</svg>\n").contains("font-family=\"sans-serif\"")
                    .doesNotContain("href", "<image", "@import", "url(", "<script");
            // the change dates are written on the chart, the one where the answer changes in bold
            assertThat(svg).contains(">2017-08-31</text>", ">2019-05-28</text>");
        }
        assertThat(Files.readString(a.resolve("ever-valles-2016-notify-release.svg")))
                .contains("font-weight=\"bold\" fill=\"#1b1b1b\"><title>2014-04-30: ");
        String html = Files.readString(dir.resolve("a.html"));
        assertThat(Files.readString(dir.resolve("b.html"))).as("where the charts went is not in the receipt")
                .isEqualTo(html);
        assertThat(html.split("<svg ", -1).length - 1).isEqualTo(2);
        assertThat(html).contains("<h2 id=\"receipt\">Receipt</h2>", "<code>detainer</code>");
    }

    @Test
    void everyHtmlReportCarriesThePrintStylesheet() throws Exception {
        List<String[]> commands = List.of(
                new String[]{"compare", VALLES, "--format", "html"},
                new String[]{"explain", VALLES, "--regime", "denver-ordinance-2017", "--action", "notify-release",
                        "--format", "html"},
                new String[]{"diff", "denver-draft-order-2017", "denver-ordinance-2017", "--action", "notify-release",
                        "--format", "html"},
                new String[]{"law", VALLES, "--format", "html"},
                new String[]{"timeline", VALLES, "--format", "html", "--action", "notify-release"});
        for (String[] c : commands) {
            CliRunner r = CliRunner.run(c);
            assertThat(r.status()).as(String.join(" ", c) + r.err()).isZero();
            if (c[0].equals("explain")) {
                assertThat(r.out()).contains("<caption>the case — ever-valles-2016, date 2016-12-20</caption>");
            }
            if (c[0].equals("diff")) {
                assertThat(r.out()).contains("the defaults: actor = sheriff-deputy, place = jail");
            }
            assertThat(r.out()).as(c[0]).contains("@media print{", "print-color-adjust:exact",
                    "section.scenario+section.scenario{break-before:page", "overflow-wrap:break-word",
                    "a[href^=\"http\"]:not(.url)::after{content:\" (\" attr(href) \")\"");
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
