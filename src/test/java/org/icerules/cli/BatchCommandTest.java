package org.icerules.cli;

import org.icerules.Vocab;
import org.icerules.engine.Evaluator;
import org.icerules.law.Jurisdictions;
import org.icerules.law.LawAnswer;
import org.icerules.law.LawInForce;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code batch}: per-row answers and counts equal the engine's one case at a time, in input order; bad input refused whole. */
class BatchCommandTest {
    static final String ORDINANCE = "denver-ordinance-2017";
    static final String PRACTICE = "denver-practice-2014";
    static RegimeCatalog catalog;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalog = RegimeCatalog.load(Path.of("rules"));
    }

    /** Three cases: Ever Valles (a detainer, written request), a booking with nothing from ICE, and a judicial warrant. */
    static final String SMALL = """
            id,date,detainer,notification-request,conviction,hours-until-release,warrant
            valles,2016-12-20,i-247a,written,none,24,none
            plain,2018-07-15,none,none,felony,72,
            judicial,2018-07-15,i-247a,written,felony,10,judicial
            """;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        List<String> head = List.of(lines.get(0).split(","));
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            // the tests' cells hold no commas except inside quotes, which the citations may
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (char ch : line.toCharArray()) {
                if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < head.size(); i++) {
                row.put(head.get(i), cells.get(i));
            }
            out.add(row);
        }
        return out;
    }

    private static Case caseOf(Map<String, String> cells) {
        Map<String, Object> facts = new LinkedHashMap<>();
        cells.forEach((k, v) -> {
            FactSpec f = Vocab.byName(k);
            if (f != null && !v.isEmpty()) {
                facts.put(k, switch (f.type()) {
                    case ENUM -> f.enumValue(v).orElseThrow();
                    case BOOL -> Boolean.parseBoolean(v);
                    case NUMBER -> Double.parseDouble(v);
                });
            }
        });
        return Vocab.with(null, LocalDate.parse(cells.get("date")), facts);
    }

    @Test
    void aSmallCsvGivesTheEnginesAnswerForEveryRowAndTheirCounts() throws Exception {
        Path in = write("small.csv", SMALL);
        Path rows = dir.resolve("rows.csv");
        CliRunner r = CliRunner.run("batch", in.toString(), "--rules", "rules", "--regime", PRACTICE, "--regime",
                ORDINANCE, "--action", "notify-release", "--action", "hold-past-release", "-o", rows.toString());
        assertThat(r.status()).as(r.err()).isZero();

        List<Map<String, String>> input = csv(in);
        List<Map<String, String>> out = csv(rows);
        assertThat(out).hasSize(3 * 2 * 2);
        Evaluator engine = Evaluator.plain(catalog);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int i = 0;
        for (Map<String, String> row : input) {
            Case c = caseOf(row);
            for (String regime : List.of(PRACTICE, ORDINANCE)) {
                for (Action a : List.of(Vocab.action("notify-release"), Vocab.action("hold-past-release"))) {
                    Verdict v = engine.evaluate(catalog.get(regime), a, c, Map.of());
                    Map<String, String> got = out.get(i++);
                    assertThat(got).containsEntry("id", row.get("id")).containsEntry("regime", regime)
                            .containsEntry("action", a.id()).containsEntry("status", v.status().wire())
                            .containsEntry("citation", v.provisions().isEmpty() ? "" : v.provisions().get(0).cite());
                    counts.merge(regime + " " + a.id() + " " + v.status().wire(), 1, Integer::sum);
                }
            }
        }
        // the README's answer for Ever Valles under the ordinance
        assertThat(out.get(2)).containsEntry("id", "valles").containsEntry("status", "permitted")
                .containsEntry("citation", "D.R.M.C. § 28-253 (notification requests)");
        assertThat(r.out()).startsWith("3 rows, 2016-12-20 to 2018-07-15 · each regime as if in force");
        counts.forEach((key, n) -> {
            String[] k = key.split(" ");
            String line = r.out().lines().filter(l -> l.startsWith(k[0] + " ") && l.contains(" " + k[1] + " "))
                    .findFirst().orElseThrow();
            assertThat(line).as(key).contains(String.format(java.util.Locale.ROOT, "%d (%.1f%%)", n, 100.0 * n / 3));
        });
    }

    @Test
    void badRowsAreAllReportedWithRowAndColumnAndNothingIsWritten() throws Exception {
        Path in = write("bad.csv", """
                id,date,detainr,conviction,hours-until-release
                ok,2018-01-01,none,none,5
                b1,2018-02-30,none,fel,-3
                b2,2018-03-01,none,none,many
                """);
        Path rows = write("rows.csv", "untouched\n");
        CliRunner r = CliRunner.run("batch", in.toString(), "--rules", "rules", "-o", rows.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(in + ":1:3: key 'detainr': unknown column 'detainr' (did you mean 'detainer'?)",
                in + ":3:2: key 'date': '2018-02-30' is not a day of the calendar",
                in + ":3:4: key 'conviction': unknown value 'fel'",
                in + ":3:5: key 'hours-until-release': expected a number from 0 to 1000000, found '-3'",
                in + ":4:5: key 'hours-until-release': expected a number from 0 to 1000000, found 'many'");
        assertThat(Files.readString(rows)).isEqualTo("untouched\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bad.csv", "rows.csv");
        }
    }

    @Test
    void withLawEachRowIsAnsweredByTheLayersInForceOnItsOwnDate() throws Exception {
        String facts = "i-247a,written,none,24,none";
        Path in = write("dates.csv", "id,date,detainer,notification-request,conviction,hours-until-release,warrant\n"
                + "before,2016-12-20," + facts + "\nafter,2019-06-01," + facts + "\n");
        Path rows = dir.resolve("law.csv");
        CliRunner r = CliRunner.run("batch", in.toString(), "--rules", "rules", "--law", "--action", "hold-past-release",
                "-o", rows.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<Map<String, String>> out = csv(rows);
        LawInForce law = new LawInForce(new Evaluator(catalog), Jurisdictions.load(Path.of("rules")));
        List<Map<String, String>> input = csv(in);
        for (int i = 0; i < 2; i++) {
            LocalDate date = LocalDate.parse(input.get(i).get("date"));
            LawAnswer expected = law.answer(caseOf(input.get(i)), date, "denver", Map.of(), List.of());
            var answer = expected.answers().get(Vocab.action("hold-past-release").index());
            assertThat(out.get(i)).containsEntry("date", date.toString())
                    .containsEntry("status", answer.status().wire())
                    .containsEntry("layer", String.join("; ", answer.deciding().stream().map(p -> p.regime()).distinct().toList()));
        }
        // the two dates are answered by different layers: the same facts, different law
        assertThat(out.get(0).get("layer")).isNotEqualTo(out.get(1).get("layer"));
    }

    @Test
    void outputIsInInputOrderWhateverTheNumberOfWorkers() throws Exception {
        Path in = dir.resolve("sample.csv");
        assertThat(CliRunner.run("sample-bookings", "--seed", "7", "--rows", "10000", "-o", in.toString()).status()).isZero();
        Path one = dir.resolve("one.csv");
        Path four = dir.resolve("four.csv");
        CliRunner r1 = CliRunner.run("batch", in.toString(), "--rules", "rules", "--workers", "1", "--law",
                "--action", "notify-release", "-o", one.toString());
        CliRunner r4 = CliRunner.run("batch", in.toString(), "--rules", "rules", "--workers", "4", "--law",
                "--action", "notify-release", "-o", four.toString());
        assertThat(r1.status()).as(r1.err()).isZero();
        assertThat(r4.status()).as(r4.err()).isZero();
        assertThat(Files.readString(four)).isEqualTo(Files.readString(one));
        assertThat(r4.out()).isEqualTo(r1.out()).startsWith("10,000 rows");
        List<String> ids = Files.readAllLines(four).stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        List<String> inputIds = Files.readAllLines(in).stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(ids).isEqualTo(inputIds);
    }

    @Test
    void aMappingFileTurnsAnExportIntoTheSameCasesAsColumnsNamedLikeTheFacts() throws Exception {
        Path mapped = dir.resolve("mapped.csv");
        CliRunner m = CliRunner.run("batch", "docs/batch/detainer-export.csv", "--map",
                "docs/batch/detainer-export.mapping.yaml", "--rules", "rules", "--regime", ORDINANCE, "-o", mapped.toString());
        assertThat(m.status()).as(m.err()).isZero();
        // the same rows written in the fact vocabulary by hand
        Path plain = write("plain.csv", """
                id,date,hours-until-release,conviction,detainer,notification-request,warrant,actor,place
                D16-0001,2016-12-20,24,none,i-247a,written,none,sheriff-deputy,jail
                D17-0412,2017-03-02,48,felony,none,verbal,none,sheriff-deputy,jail
                D18-1077,2018-07-15,6,misdemeanor,i-247a,written,administrative,sheriff-deputy,jail
                D18-1078,2018-07-15,72,felony,i-247a,written,judicial,sheriff-deputy,jail
                D20-0301,2020-03-01,10,none,none,none,none,sheriff-deputy,jail
                D24-0090,2024-05-06,2,felony,i-247a,written,administrative,sheriff-deputy,jail
                """);
        Path direct = dir.resolve("direct.csv");
        CliRunner d = CliRunner.run("batch", plain.toString(), "--rules", "rules", "--regime", ORDINANCE, "-o", direct.toString());
        assertThat(d.status()).as(d.err()).isZero();
        assertThat(Files.readString(mapped)).isEqualTo(Files.readString(direct));
        assertThat(m.out()).isEqualTo(d.out());
    }

    @Test
    void aBadMappingIsLocatedInTheMappingFile() throws Exception {
        Path map = write("bad.mapping.yaml", """
                columns:
                  DETAINER_TYPE: detainr
                  NOTIFY: notification-request
                values:
                  NOTIFY: {W: writen}
                  CHARGE: {F: felony}
                date-format: MM/dd/yyyy
                """);
        CliRunner r = CliRunner.run("batch", "docs/batch/detainer-export.csv", "--map", map.toString(), "--rules", "rules");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(map + ":2:3: key 'columns.DETAINER_TYPE': unknown target 'detainr' (did you mean 'detainer'?)",
                map + ":5:12: key 'values.NOTIFY.W': unknown value 'writen' (did you mean 'written'?)",
                map + ":6:3: key 'values.CHARGE': column 'CHARGE' feeds no fact");
    }

    @Test
    void jsonLinesAreReadLikeCsv() throws Exception {
        Path in = write("small.jsonl", """
                {"id": "valles", "date": "2016-12-20", "detainer": "i-247a", "notification-request": "written", "hours-until-release": 24}
                {"id": "plain", "date": "2018-07-15", "conviction": "felony", "advised-of-rights": false}
                """);
        Path rows = dir.resolve("rows.csv");
        CliRunner r = CliRunner.run("batch", in.toString(), "--rules", "rules", "--regime", ORDINANCE, "--action",
                "notify-release", "-o", rows.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<Map<String, String>> out = csv(rows);
        assertThat(out).extracting(m -> m.get("id") + " " + m.get("status"))
                .containsExactly("valles " + Status.PERMITTED.wire(), "plain " + Status.FORBIDDEN.wire());
        CliRunner bad = CliRunner.run("batch", write("bad.jsonl", "{\"id\": \"x\", \"date\": \"2018-01-01\", \"detainer\": \"yes\"}\n").toString(),
                "--rules", "rules");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.jsonl:1:3: key 'detainer': unknown value 'yes'");
    }

    @Test
    void sampleBookingsAreTheSameForTheSameSeed() {
        CliRunner a = CliRunner.run("sample-bookings", "--seed", "3", "--rows", "3000");
        CliRunner b = CliRunner.run("sample-bookings", "--seed", "3", "--rows", "3000");
        CliRunner c = CliRunner.run("sample-bookings", "--seed", "4", "--rows", "3000");
        assertThat(a.status()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(c.out());
        assertThat(a.out().lines()).hasSize(3001);
        assertThat(a.out().lines().filter(l -> l.contains("i-247a"))).isNotEmpty();
    }
}
