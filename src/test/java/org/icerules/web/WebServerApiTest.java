package org.icerules.web;

import org.icerules.Vocab;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over real HTTP, against a server on a free port: every endpoint, every kind of bad input. */
class WebServerApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String EVER_VALLES = """
            {"date": "2016-12-20",
             "facts": {"actor": "sheriff-deputy", "detainer": "i-247a", "notification-request": "written",
                       "hours-until-release": 0.5}}""";

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

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    static Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    static Answer post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Answer postBytes(String path, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static JsonNode verdict(JsonNode matrix, String regime, String action) {
        for (JsonNode v : matrix.get("verdicts")) {
            if (v.get("regime").asText().equals(regime) && v.get("action").asText().equals(action)) {
                return v;
            }
        }
        throw new AssertionError("no verdict for " + regime + " / " + action);
    }

    static void assertStillServing() {
        Answer a = get("/api/actions");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("actions")).hasSize(org.icerules.Vocab.actions().size());
    }

    // ---- the read-only endpoints -------------------------------------------------------------

    @Test
    void regimesListEveryRegimeWithItsProvisionsCitedAndBased() {
        Answer a = get("/api/regimes");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode ordinance = null;
        for (JsonNode r : a.json().get("regimes")) {
            if (r.get("id").asText().equals("denver-ordinance-2017")) {
                ordinance = r;
            }
        }
        assertThat(ordinance).as("the ordinance is listed").isNotNull();
        assertThat(ordinance.get("dates").size()).isPositive();
        assertThat(ordinance.get("sources").size()).isPositive();
        JsonNode first = ordinance.get("provisions").get(0);
        assertThat(first.get("cite").asText()).startsWith("D.R.M.C.");
        assertThat(first.get("basis").asText()).isIn("text", "reported", "inferred");
        assertThat(ordinance.get("switches").get(0).get("name").asText()).startsWith("ordinance.");
    }

    @Test
    void actionsAreTheSeventeenQuestions() {
        JsonNode actions = get("/api/actions").json().get("actions");
        assertThat(actions).hasSize(org.icerules.Vocab.actions().size());
        assertThat(actions.get(0).get("id").asText()).isEqualTo("hold-past-release");
        assertThat(actions.get(0).get("question").asText()).startsWith("May the city keep the person in custody");
    }

    @Test
    void factsCarryPlainLabelsValuesAndDefaults() {
        JsonNode facts = get("/api/facts").json().get("facts");
        assertThat(facts).hasSize(Vocab.facts().size());
        JsonNode detainer = facts.get(5);
        assertThat(detainer.get("name").asText()).isEqualTo("detainer");
        assertThat(detainer.get("type").asText()).isEqualTo("enum");
        assertThat(detainer.get("default").asText()).isEqualTo("none");
        assertThat(detainer.get("values").toString()).isEqualTo("[\"none\",\"i-247a\"]");
        assertThat(detainer.get("label").asText()).contains("detainer");
        assertThat(detainer.get("question").asText()).isEqualTo("Has ICE lodged a detainer?");
        JsonNode hours = facts.get(2);
        assertThat(hours.get("type").asText()).isEqualTo("number");
        assertThat(hours.get("default").asText()).isEqualTo("72");
    }

    @Test
    void scenariosAreThePresetsWithAllTheirFacts() {
        JsonNode scenarios = get("/api/scenarios").json().get("scenarios");
        JsonNode everValles = null;
        for (JsonNode s : scenarios) {
            if (s.get("id").asText().equals("ever-valles-2016")) {
                everValles = s;
            }
        }
        assertThat(everValles).isNotNull();
        assertThat(everValles.get("date").asText()).isEqualTo("2016-12-20");
        assertThat(everValles.get("facts").get("detainer").asText()).isEqualTo("i-247a");
        assertThat(everValles.get("facts").get("hours-until-release").asText()).isEqualTo("0.5");
        assertThat(everValles.get("facts").get("place").asText()).as("defaults filled in").isEqualTo("jail");
    }

    @Test
    void thePageAndItsAssetsAreServedFromTheClasspath() {
        Answer page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script src=\"/app.js\"").doesNotContain("http://", "https://");
        assertThat(get("/app.js").body()).contains("/api/evaluate");
        assertThat(get("/style.css").contentType()).startsWith("text/css");
    }

    // ---- evaluate and explain ----------------------------------------------------------------

    @Test
    void evaluateGivesEveryRegimeTimesEveryAction() {
        Answer a = post("/api/evaluate", EVER_VALLES);
        assertThat(a.status()).isEqualTo(200);
        JsonNode m = a.json();
        int regimes = m.get("regimes").size();
        assertThat(regimes).isPositive();
        assertThat(m.get("verdicts")).hasSize(regimes * org.icerules.Vocab.actions().size());
        JsonNode hold = verdict(m, "denver-ordinance-2017", "hold-past-release");
        assertThat(hold.get("status").asText()).isEqualTo("forbidden");
        assertThat(hold.get("provisions").get(0).get("id").asText()).isEqualTo("drmc-28-253");
        assertThat(m.get("facts").get("notification-request").asText()).isEqualTo("written");
        assertThat(m.get("date").asText()).isEqualTo("2016-12-20");
    }

    @Test
    void evaluateCanBeRestrictedToSomeRegimesAndAnswersTheSameBytesTwice() {
        String body = "{\"date\": \"2016-12-20\", \"regimes\": [\"denver-ordinance-2017\"]}";
        Answer a = post("/api/evaluate", body);
        assertThat(a.json().get("regimes").toString()).isEqualTo("[\"denver-ordinance-2017\"]");
        assertThat(a.json().get("verdicts")).hasSize(org.icerules.Vocab.actions().size());
        assertThat(a.json().get("differing")).as("one regime never differs from itself").isEmpty();
        assertThat(post("/api/evaluate", body).body()).isEqualTo(a.body());
    }

    @Test
    void aJudicialWarrantChangesTheOrdinancesAnswer() {
        String body = EVER_VALLES.replace("\"detainer\": \"i-247a\"", "\"detainer\": \"i-247a\", \"warrant\": \"judicial\"");
        JsonNode hold = verdict(post("/api/evaluate", body).json(), "denver-ordinance-2017", "hold-past-release");
        assertThat(hold.get("status").asText()).isEqualTo("permitted");
        assertThat(hold.get("overridden").get(0).get("id").asText()).isEqualTo("drmc-28-253");
    }

    @Test
    void explainCitesTheDecidingProvisionWithItsBasis() {
        String body = EVER_VALLES.replace("{\"date\"",
                "{\"regime\": \"denver-ordinance-2017\", \"action\": \"hold-past-release\", \"date\"");
        Answer a = post("/api/explain", body);
        assertThat(a.status()).isEqualTo(200);
        JsonNode x = a.json();
        assertThat(x.get("verdict").get("status").asText()).isEqualTo("forbidden");
        JsonNode p = x.get("why").get("provisions").get(0);
        assertThat(p.get("cite").asText()).contains("§ 28-253");
        assertThat(p.get("basis").asText()).isIn("text", "reported", "inferred");
        assertThat(p.get("summary").asText()).isNotBlank();
        assertThat(x.get("why").get("because").toString()).contains("warrant = none");
        assertThat(x.get("facts").get("notification-request").asText()).isEqualTo("written");
        assertThat(x.get("why").get("rules").get(0).get("file").asText()).endsWith(".drl");
    }

    @Test
    void explainSaysWhatWouldChangeTheAnswer() {
        String body = EVER_VALLES.replace("{\"date\"",
                "{\"regime\": \"denver-ordinance-2017\", \"action\": \"hold-past-release\", \"date\"");
        JsonNode whyNot = post("/api/explain", body).json().get("whyNot");
        JsonNode judicial = null;
        for (JsonNode c : whyNot) {
            JsonNode ch = c.get("changes");
            if (ch.size() == 1 && ch.get(0).get("fact").asText().equals("warrant")
                    && ch.get(0).get("to").asText().equals("judicial")) {
                judicial = c;
            }
        }
        assertThat(judicial).as("a judicial warrant flips the ordinance's answer; whyNot: " + whyNot).isNotNull();
        assertThat(judicial.get("changes").get(0).get("from").asText()).isEqualTo("none");
        assertThat(judicial.get("status").asText()).isEqualTo("permitted");
    }

    // ---- diff ----------------------------------------------------------------------------------

    @Test
    void diffGivesPatternsWithExamplesThatEvaluateAsClaimed() {
        Answer a = get("/api/diff?a=denver-practice-2014&b=denver-ordinance-2017");
        assertThat(a.status()).isEqualTo(200);
        JsonNode d = a.json();
        assertThat(d.get("first").asText()).isEqualTo("denver-practice-2014");
        assertThat(d.get("disagreeing").asLong()).isPositive();
        JsonNode pattern = null;
        for (JsonNode act : d.get("actions")) {
            if (act.get("action").asText().equals("notify-release") && act.get("patterns").size() > 0) {
                pattern = act.get("patterns").get(0);
            }
        }
        assertThat(pattern).as("the practice and the ordinance part ways on release notification").isNotNull();
        assertThat(pattern.get("first").asText()).isNotEqualTo(pattern.get("second").asText());
        // The example loads into the case builder: as a case, it gets the statuses the pattern claims.
        JsonNode ex = pattern.get("example");
        String asCase = "{\"date\": " + ex.get("date") + ", \"facts\": " + ex.get("facts")
                + ", \"interpretations\": " + ex.get("interpretations") + "}";
        JsonNode m = post("/api/evaluate", asCase).json();
        assertThat(verdict(m, "denver-practice-2014", "notify-release").get("status").asText())
                .isEqualTo(pattern.get("first").asText());
        assertThat(verdict(m, "denver-ordinance-2017", "notify-release").get("status").asText())
                .isEqualTo(pattern.get("second").asText());
        assertThat(get("/api/diff?a=denver-practice-2014&b=denver-ordinance-2017").body())
                .as("same pair, same bytes").isEqualTo(a.body());
    }

    static Stream<Arguments> badDiffQueries() {
        return Stream.of(
                Arguments.of("", "a", "is required"),
                Arguments.of("?a=denver-ordinance-2017", "b", "is required"),
                Arguments.of("?a=denver-ordnance-2017&b=denver-practice-2014", "a", "did you mean 'denver-ordinance-2017'"),
                Arguments.of("?a=denver-practice-2014&b=..%2F..%2Fpom.xml", "b", "unknown regime"),
                Arguments.of("?a=denver-practice-2014&b=denver-practice-2014", "b", "two different regimes"));
    }

    @ParameterizedTest(name = "diff{0}")
    @MethodSource("badDiffQueries")
    void badDiffQueryIsA400NamingTheParameter(String query, String field, String message) {
        Answer a = get("/api/diff" + query);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("field").asText()).isEqualTo(field);
        assertThat(a.json().get("error").asText()).contains(message);
        assertStillServing();
    }

    // ---- bad input: 400/413 with a JSON error naming the field, and the server carries on ---

    static Stream<Arguments> badEvaluateBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"date\": \"2016-12-20\",", null, "malformed JSON"),
                Arguments.of("trailing garbage", "{\"date\": \"2016-12-20\"} x", null, "malformed JSON"),
                Arguments.of("duplicate key", "{\"date\": \"2016-12-20\", \"date\": \"2017-01-01\"}", null, "Duplicate field"),
                Arguments.of("not an object", "[1, 2]", null, "expected a JSON object"),
                Arguments.of("empty body", "", null, "empty"),
                Arguments.of("unknown key", "{\"date\": \"2016-12-20\", \"fact\": {}}", "fact", "unknown key 'fact'"),
                Arguments.of("missing date", "{\"facts\": {}}", "date", "required"),
                Arguments.of("bad date", "{\"date\": \"2016-13-45\"}", "date", "not a day of the calendar; write YYYY-MM-DD"),
                Arguments.of("US date", "{\"date\": \"12/20/2016\"}", "date", "found '12/20/2016'; write YYYY-MM-DD"),
                Arguments.of("date without zeros", "{\"date\": \"2016-1-5\"}", "date", "write YYYY-MM-DD"),
                Arguments.of("date as a number", "{\"date\": 20161220}", "date", "found '20161220'; write YYYY-MM-DD"),
                Arguments.of("date and time", "{\"date\": \"2016-12-20T10:00:00Z\"}", "date", "write YYYY-MM-DD"),
                Arguments.of("YAML 1.1 boolean word", "{\"date\": \"2016-12-20\", \"facts\": {\"advised-of-rights\": \"on\"}}",
                        "facts.advised-of-rights", "'on' is not read as a boolean (YAML 1.1's yes/no/on/off are not); write true or false"),
                Arguments.of("quoted true", "{\"date\": \"2016-12-20\", \"facts\": {\"advised-of-rights\": \"true\"}}",
                        "facts.advised-of-rights", "write true or false without quotes"),
                Arguments.of("facts not a map", "{\"date\": \"2016-12-20\", \"facts\": [1]}", "facts", "mapping"),
                Arguments.of("unknown fact", "{\"date\": \"2016-12-20\", \"facts\": {\"detainr\": \"i-247a\"}}",
                        "facts.detainr", "did you mean 'detainer'"),
                Arguments.of("unknown value", "{\"date\": \"2016-12-20\", \"facts\": {\"detainer\": \"i247a\"}}",
                        "facts.detainer", "allowed: none, i-247a"),
                Arguments.of("bool as text", "{\"date\": \"2016-12-20\", \"facts\": {\"advised-of-rights\": \"yes\"}}",
                        "facts.advised-of-rights", "true or false"),
                Arguments.of("negative number", "{\"date\": \"2016-12-20\", \"facts\": {\"hours-until-release\": -1}}",
                        "facts.hours-until-release", "from 0 to 1000000"),
                Arguments.of("number as text", "{\"date\": \"2016-12-20\", \"facts\": {\"hours-until-release\": \"soon\"}}",
                        "facts.hours-until-release", "a number"),
                Arguments.of("empty number", "{\"date\": \"2016-12-20\", \"facts\": {\"hours-until-release\": \"\"}}",
                        "facts.hours-until-release", "expected a number from 0 to 1000000"),
                Arguments.of("null number", "{\"date\": \"2016-12-20\", \"facts\": {\"hours-until-release\": null}}",
                        "facts.hours-until-release", "expected a number from 0 to 1000000"),
                Arguments.of("NaN as text", "{\"date\": \"2016-12-20\", \"facts\": {\"hours-until-release\": \"NaN\"}}",
                        "facts.hours-until-release", "expected a number from 0 to 1000000"),
                Arguments.of("huge number", "{\"date\": \"2016-12-20\", \"facts\": {\"hours-until-release\": 1e300}}",
                        "facts.hours-until-release", "expected a number from 0 to 1000000"),
                Arguments.of("overflowing number", "{\"date\": \"2016-12-20\", \"facts\": {\"hours-until-release\": 1e400}}",
                        "facts.hours-until-release", "expected a number from 0 to 1000000"),
                Arguments.of("long integer", "{\"date\": \"2016-12-20\", \"facts\": {\"hours-until-release\": 123456789012345678901234567890}}",
                        "facts.hours-until-release", "expected a number from 0 to 1000000"),
                Arguments.of("year 1", "{\"date\": \"0001-01-01\"}", "date", "outside the dates this tool takes (1900-01-01 to 2100-12-31)"),
                Arguments.of("far future", "{\"date\": \"9999-12-31\"}", "date", "outside the dates this tool takes"),
                Arguments.of("day before the span", "{\"date\": \"1899-12-31\"}", "date", "outside the dates"),
                Arguments.of("enum as object", "{\"date\": \"2016-12-20\", \"facts\": {\"actor\": {\"x\": 1}}}",
                        "facts.actor", "expected one of"),
                Arguments.of("unknown switch", "{\"date\": \"2016-12-20\", \"interpretations\": {\"ordinance.nope\": \"x\"}}",
                        "interpretations.ordinance.nope", "unknown switch"),
                Arguments.of("unknown switch value",
                        "{\"date\": \"2016-12-20\", \"interpretations\": {\"ordinance.probation-scope\": \"everyone\"}}",
                        "interpretations.ordinance.probation-scope", "allowed"),
                Arguments.of("regimes not a list", "{\"date\": \"2016-12-20\", \"regimes\": \"denver-ordinance-2017\"}",
                        "regimes", "list"),
                Arguments.of("unknown regime", "{\"date\": \"2016-12-20\", \"regimes\": [\"denver-ordnance-2017\"]}",
                        "regimes[0]", "did you mean 'denver-ordinance-2017'"),
                Arguments.of("path as a regime", "{\"date\": \"2016-12-20\", \"regimes\": [\"../../pom.xml\"]}",
                        "regimes[0]", "unknown regime"),
                Arguments.of("cell keys on evaluate",
                        "{\"date\": \"2016-12-20\", \"regime\": \"denver-ordinance-2017\"}", "regime", "unknown key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEvaluateBodies")
    void badEvaluateInputIsA400NamingTheField(String what, String body, String field, String message) {
        Answer a = post("/api/evaluate", body);
        assertThat(a.status()).as(what).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode e = a.json();
        assertThat(e.has("field")).isTrue();
        assertThat(e.get("field").isNull() ? null : e.get("field").asText()).isEqualTo(field);
        assertThat(e.get("error").asText()).contains(message);
        assertStillServing();
    }

    static Stream<Arguments> badExplainBodies() {
        return Stream.of(
                Arguments.of("missing regime", "{\"date\": \"2016-12-20\", \"action\": \"hold-past-release\"}", "regime", "required"),
                Arguments.of("unknown regime",
                        "{\"date\": \"2016-12-20\", \"regime\": \"ordinance\", \"action\": \"hold-past-release\"}", "regime", "unknown regime"),
                Arguments.of("missing action", "{\"date\": \"2016-12-20\", \"regime\": \"denver-ordinance-2017\"}", "action", "required"),
                Arguments.of("unknown action",
                        "{\"date\": \"2016-12-20\", \"regime\": \"denver-ordinance-2017\", \"action\": \"hold\"}", "action", "unknown action"),
                Arguments.of("action not text",
                        "{\"date\": \"2016-12-20\", \"regime\": \"denver-ordinance-2017\", \"action\": 3}", "action", "expected text"),
                Arguments.of("unknown fact",
                        "{\"date\": \"2016-12-20\", \"regime\": \"denver-ordinance-2017\", \"action\": \"hold-past-release\", "
                                + "\"facts\": {\"warant\": \"judicial\"}}", "facts.warant", "did you mean 'warrant'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badExplainBodies")
    void badExplainInputIsA400NamingTheField(String what, String body, String field, String message) {
        Answer a = post("/api/explain", body);
        assertThat(a.status()).as(what).isEqualTo(400);
        assertThat(a.json().get("field").asText()).isEqualTo(field);
        assertThat(a.json().get("error").asText()).contains(message);
        assertStillServing();
    }

    @Test
    void severalProblemsAreAllListed() {
        Answer a = post("/api/evaluate", "{\"date\": \"2016-12-20\", \"facts\": {\"detainer\": \"x\", \"warrant\": \"y\"}}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("problems")).hasSize(2);
        assertThat(a.json().get("problems").get(1).get("field").asText()).isEqualTo("facts.warrant");
    }

    @Test
    void bodyThatIsNotUtf8IsA400() {
        Answer a = postBytes("/api/evaluate", new byte[]{'{', '"', (byte) 0xff, '"', ':', '1', '}'});
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").asText()).contains("UTF-8");
        assertStillServing();
    }

    @Test
    void oversizedBodyWithALengthIsA413() {
        String big = "{\"date\": \"2016-12-20\", \"x\": \"" + "a".repeat(RequestBody.MAX_BYTES) + "\"}";
        Answer a = post("/api/evaluate", big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().get("error").asText()).contains("64 KiB");
        assertThat(a.json().get("field").isNull()).isTrue();
        assertStillServing();
    }

    @Test
    void oversizedChunkedBodyWithoutALengthIsA413() {
        byte[] big = ("{\"date\": \"2016-12-20\", \"x\": \"" + "a".repeat(3 * RequestBody.MAX_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Answer a = send(HttpRequest.newBuilder(URI.create(base + "/api/explain"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertThat(a.status()).isEqualTo(413);
        assertStillServing();
    }

    @Test
    void aBodyJustUnderTheCapIsRead() {
        String pad = " ".repeat(RequestBody.MAX_BYTES - 40);
        Answer a = post("/api/evaluate", "{\"date\": \"2016-12-20\"" + pad + "}");
        assertThat(a.status()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrorsAndNeverFiles() {
        for (String path : List.of("/nope", "/api/nope", "/pom.xml", "/web/app.js", "/rules/README.md",
                "/%2e%2e/pom.xml", "/..%2fpom.xml", "/scenarios/detainers/ever-valles-2016.yaml")) {
            Answer a = get(path);
            assertThat(a.status()).as(path).isIn(400, 404);
            assertThat(a.body()).as(path).doesNotContain("<project", "ice-rules.jar", "Ever Valles");
        }
        Answer wrongMethod = send(HttpRequest.newBuilder(URI.create(base + "/api/evaluate")).GET());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("error").asText()).contains("not allowed");
        assertStillServing();
    }

    @Test
    void goodAndBadRequestsInParallelAreEachAnsweredRightly() throws Exception {
        // 4 clients x 25 requests, alternating a valid case and a broken one: a bounded burst on loopback.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                boolean good = i % 2 == 0;
                answers.add(pool.submit(() -> post("/api/evaluate",
                        good ? EVER_VALLES : "{\"date\": \"2016-12-20\", \"facts\": {\"detainer\": 1}}").status()));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(i % 2 == 0 ? 200 : 400);
            }
        } finally {
            pool.shutdownNow();
        }
        assertStillServing();
    }

    @Test
    void anUnknownFactGivesContingentVerdicts() {
        Answer a = post("/api/evaluate", "{\"date\": \"2018-06-01\", \"facts\": {\"warrant\": \"unknown\"},"
                + " \"regimes\": [\"denver-ordinance-2017\"]}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("unknown").get(0).asText()).isEqualTo("warrant");
        JsonNode admit = verdict(a.json(), "denver-ordinance-2017", "admit-ice-secure-area");
        assertThat(admit.get("status").asText()).isEqualTo("depends");
        JsonNode branches = admit.get("contingent").get("branches");
        assertThat(branches.findValuesAsText("status")).contains("forbidden", "permitted");
        assertThat(branches.toString()).contains("warrant = judicial").contains("drmc-28-252-a-judicial-warrant");
        // one no rule for the action reads: definite, "whatever"
        JsonNode advise = verdict(a.json(), "denver-ordinance-2017", "share-status-info");
        assertThat(advise.get("status").asText()).isNotEqualTo("depends");
        assertThat(advise.get("contingent").get("whatever").get(0).asText()).isEqualTo("warrant");
        JsonNode hold = verdict(a.json(), "denver-ordinance-2017", "notify-release");
        assertThat(hold.get("because").toString()).doesNotContain("warrant = none");
        // the explanation of the cell says what to find out
        Answer x = post("/api/explain", "{\"date\": \"2018-06-01\", \"facts\": {\"warrant\": \"unknown\"},"
                + " \"regime\": \"denver-ordinance-2017\", \"action\": \"admit-ice-secure-area\"}");
        assertThat(x.status()).isEqualTo(200);
        assertThat(x.json().get("contingent").get("matters").get(0).get("fact").asText()).isEqualTo("warrant");
    }

    // ---- the OpenAPI document matches the routes -----------------------------------------------

    @Test
    void everyRouteIsInTheOpenApiDocumentAndViceVersa() {
        Answer a = get("/api/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        JsonNode doc = a.json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> documented = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
        }
        List<String> served = server.routes().stream().filter(r -> r.contains(" /api/")).toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
        for (String route : documented) {
            String[] mp = route.split(" ", 2);
            Answer r = mp[0].equals("GET") ? get(mp[1] + (mp[1].equals("/api/diff") ? "?a=x&b=y" : ""))
                    : post(mp[1], "{}");
            assertThat(r.status()).as(route + " exists").isNotIn(404, 405);
        }
    }
}
