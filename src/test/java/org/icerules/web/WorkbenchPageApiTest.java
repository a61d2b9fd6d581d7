package org.icerules.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.icerules.cli.Main;
import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page needs from the API, said as the CLI says it: the law in force (the {@code law}
 * command's JSON), each column's standing on the date, the why sentence, and the HTML reports
 * to download — the same bytes as {@code explain}, {@code compare} and {@code law --format html}
 * up to the receipt, which names the workbench link instead of a file.
 */
class WorkbenchPageApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Ever Valles's facts (scenarios/detainers/ever-valles-2016.yaml). */
    static final String FACTS = """
            "facts": {"actor": "sheriff-deputy", "detainer": "i-247a", "notification-request": "written",
                      "hours-until-release": 0.5}""";
    static final String VALLES = "{\"date\": \"2016-12-20\", " + FACTS + "}";
    static final String ORDINANCE = "denver-ordinance-2017";

    static WebServer server;
    static HttpClient http;
    static String base;

    @BeforeAll
    static void start() {
        server = new WebServer(RegimeCatalog.load(Path.of("rules")), Path.of("scenarios")).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode postJson(String path, String body) throws Exception {
        HttpResponse<String> r = post(path, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        return out.toString();
    }

    /** A scenario file of the workbench's case: the id and title the server gives a request's case. */
    static Path caseFile(Path dir) throws IOException {
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, """
                id: case
                title: the case from the workbench
                date: 2016-12-20
                facts:
                  actor: sheriff-deputy
                  detainer: i-247a
                  notification-request: written
                  hours-until-release: 0.5
                """);
        return f;
    }

    static String beforeReceipt(String html) {
        int at = html.indexOf("<h2 id=\"receipt\">");
        assertThat(at).as("the report has a receipt").isPositive();
        return html.substring(0, at);
    }

    @Test
    void theLawOnTheDayIsTheLawCommandsAnswer() throws Exception {
        JsonNode api = postJson("/api/law", VALLES);
        JsonNode cli = JSON.readTree(cli("law", "scenarios/detainers/ever-valles-2016.yaml", "--format", "json"))
                .get("scenarios").get(0);
        for (String field : List.of("date", "jurisdiction", "layers", "interpretations", "interpretations-from-record", "actions")) {
            assertThat(api.get(field)).as(field).isEqualTo(cli.get(field));
        }
        List<String> layers = new ArrayList<>();
        api.get("layers").forEach(l -> layers.add(l.get("regime").asText()));
        assertThat(layers).contains("denver-practice-2014").doesNotContain(ORDINANCE, "colorado-hb19-1124");
        assertThat(api.get("questions").get("hold-past-release").asText()).startsWith("May the city").endsWith("?");
    }

    @Test
    void theMatrixSaysWhichColumnsWereNotLawOnTheDate() throws Exception {
        JsonNode m = postJson("/api/evaluate", VALLES);
        assertThat(m.get("standing").get("denver-practice-2014").asText()).isEqualTo("in-force");
        assertThat(m.get("standing").get(ORDINANCE).asText()).isEqualTo("not-yet-in-force");
        assertThat(m.get("standing").get("denver-draft-order-2017").asText()).isEqualTo("never-law");
        // the words of the run table, from the same code
        assertThat(m.get("standingMarks").get(ORDINANCE).asText()).isEqualTo("not yet in force");
        assertThat(m.get("standingMarks").get("denver-practice-2014").asText()).isEmpty();
        assertThat(cli("run", "scenarios/detainers/ever-valles-2016.yaml"))
                .contains(m.get("standingNotes").get(ORDINANCE).asText());
        // the regimes in force that speak: the practice alone here, so nothing differs among them
        assertThat(m.get("differing")).isNotEmpty();
        assertThat(m.get("differingInForce")).isEmpty();
        JsonNode later = postJson("/api/evaluate", VALLES.replace("2016-12-20", "2019-06-01"));
        List<String> differing = new ArrayList<>();
        later.get("differing").forEach(a -> differing.add(a.asText()));
        List<String> inForce = new ArrayList<>();
        later.get("differingInForce").forEach(a -> inForce.add(a.asText()));
        assertThat(differing).containsAll(inForce);
        assertThat(inForce).hasSizeLessThan(differing.size());
    }

    @Test
    void theWhySentenceIsTheOneExplainWrites() throws Exception {
        String body = VALLES.replace("}}", "}, \"regime\": \"" + ORDINANCE + "\", \"action\": \"hold-past-release\"}");
        JsonNode x = postJson("/api/explain", body);
        JsonNode cli = JSON.readTree(cli("explain", "scenarios/detainers/ever-valles-2016.yaml", "--regime", ORDINANCE,
                "--action", "hold-past-release", "--format", "json")).get("explanations").get(0);
        assertThat(x.get("whySentence").asText()).isEqualTo(cli.get("whySentence").asText()).startsWith("Forbidden");
        assertThat(x.get("standing").asText()).isEqualTo(cli.get("standing").asText()).isEqualTo("not-yet-in-force");
        assertThat(x.get("standingNote").asText()).contains("not yet in force on 2016-12-20");
        JsonNode m = postJson("/api/evaluate", VALLES);
        for (JsonNode v : m.get("verdicts")) {
            if (v.get("regime").asText().equals(ORDINANCE) && v.get("action").asText().equals("hold-past-release")) {
                assertThat(v.get("whySentence").asText()).isEqualTo(x.get("whySentence").asText());
            }
        }
    }

    @Test
    void theReportsAreTheCommandsOwnHtml(@TempDir Path dir) throws Exception {
        Path file = caseFile(dir);
        HttpResponse<String> explanation = post("/api/report/explanation",
                VALLES.replace("}}", "}, \"regime\": \"" + ORDINANCE + "\", \"action\": \"hold-past-release\"}"));
        assertThat(explanation.statusCode()).isEqualTo(200);
        assertThat(explanation.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(explanation.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"ice-rules-explanation-" + ORDINANCE + "-hold-past-release-2016-12-20.html\"");
        assertThat(beforeReceipt(explanation.body())).isEqualTo(beforeReceipt(cli("explain", file.toString(),
                "--regime", ORDINANCE, "--action", "hold-past-release", "--format", "html")));
        assertThat(explanation.body()).contains("<dt>scenario case</dt><dd>workbench link ?date=2016-12-20&amp;")
                .contains("notification-request=written");

        HttpResponse<String> matrix = post("/api/report/matrix", VALLES);
        assertThat(beforeReceipt(matrix.body())).isEqualTo(beforeReceipt(cli("compare", file.toString(), "--format", "html")));
        HttpResponse<String> some = post("/api/report/matrix", VALLES.replace("}}",
                "}, \"regimes\": [\"denver-practice-2014\", \"" + ORDINANCE + "\"]}"));
        assertThat(beforeReceipt(some.body())).isEqualTo(beforeReceipt(cli("compare", file.toString(), "--format", "html",
                "--regime", "denver-practice-2014", "--regime", ORDINANCE)));

        HttpResponse<String> law = post("/api/report/law", VALLES);
        assertThat(beforeReceipt(law.body())).isEqualTo(beforeReceipt(cli("law", file.toString(), "--format", "html")));
    }

    @Test
    void aReportOfUnknownFactsIsRefusedNamingTheFacts() throws Exception {
        HttpResponse<String> r = post("/api/report/matrix", VALLES.replace("\"i-247a\"", "\"unknown\""));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode e = JSON.readTree(r.body());
        assertThat(e.get("field").asText()).isEqualTo("facts");
        assertThat(e.get("error").asText()).contains("detainer");
        assertThat(r.headers().firstValue("Content-Disposition")).as("a refusal is no download").isEmpty();
    }

    @Test
    void presetsCarryTheirThemeAndTheReceiptTheToolsVersion() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/scenarios")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode s : JSON.readTree(r.body()).get("scenarios")) {
            if (s.get("id").asText().equals("ever-valles-2016")) {
                assertThat(s.get("theme").asText()).isEqualTo("detainers");
            }
            assertThat(s.get("theme").asText()).isNotEmpty();
        }
        assertThat(Reports.VERSION).isEqualTo(Main.VERSION);
    }

    @Test
    void theMatrixShowsTheRegimesOfTheCasesPlace() throws Exception {
        JsonNode denver = postJson("/api/evaluate", VALLES);
        assertThat(ids(denver.get("regimes"))).contains(ORDINANCE, "colorado-hb19-1124", "federal-1373")
                .noneMatch(id -> id.startsWith("california-") || id.startsWith("texas-") || id.startsWith("travis-"));
        JsonNode la = postJson("/api/evaluate", "{\"date\": \"2018-06-01\", \"jurisdiction\": \"los-angeles-county\"}");
        assertThat(ids(la.get("regimes"))).containsExactly("california-trust-act-2013", "california-truth-act-2016",
                "california-sb29-2017", "california-sb54-2017", "federal-1373");
        JsonNode law = postJson("/api/law", "{\"date\": \"2018-06-01\", \"jurisdiction\": \"los-angeles-county\"}");
        assertThat(law.get("place").asText()).isEqualTo("County of Los Angeles");
        JsonNode named = postJson("/api/evaluate", "{\"date\": \"2018-06-01\", \"jurisdiction\": \"los-angeles-county\", "
                + "\"regimes\": [\"" + ORDINANCE + "\"]}");
        assertThat(ids(named.get("regimes"))).containsExactly(ORDINANCE);
        HttpResponse<String> bad = post("/api/evaluate", "{\"date\": \"2018-06-01\", \"jurisdiction\": \"los-angeles-conty\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("field").asText()).isEqualTo("jurisdiction");
        assertThat(bad.body()).contains("did you mean 'los-angeles-county'?");
        JsonNode presets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/scenarios")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("scenarios");
        for (JsonNode p : presets) {
            if (p.get("id").asText().equals("trust-hold-no-ground-2015")) {
                assertThat(p.get("jurisdiction").asText()).isEqualTo("los-angeles-county");
            }
        }
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
