package org.icerules.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.icerules.regime.RegimeCatalog;
import org.icerules.web.RawHttp.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document keeps step with every answer the server gives: each endpoint is called for
 * its success and for each kind of refusal, and each answer's status must be documented for that
 * operation and its body must validate strictly (closed objects, types, nullability) against the
 * schema documented for that status. Paths and methods the server does not serve answer the
 * documented Error.
 */
class OpenApiConformanceTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DOCUMENT = "https://ice-rules.invalid/openapi.json";
    static final String CASE = """
            {"date": "2018-03-01", "facts": {"detainer": "i-247a", "notification-request": "written"}}""";
    static final String UNKNOWN_CASE = """
            {"date": "2018-03-01", "facts": {"detainer": "i-247a", "notification-request": "unknown"}}""";
    static final String CELL = "\"regime\": \"denver-ordinance-2017\", \"action\": \"notify-release\"";

    static WebServer server;
    static int port;
    static JsonNode document;
    static SchemaRegistry schemas;

    @BeforeAll
    static void start() throws IOException {
        // the whole document is loaded as one schema resource: its OpenAPI keywords are not schema keywords
        System.setProperty("org.slf4j.simpleLogger.log.com.networknt", "error");
        server = new WebServer(RegimeCatalog.load(Path.of("rules")), Path.of("scenarios"))
                .withTestRoutes(r -> r.get("/test/bug", ctx -> {
                    throw new IllegalStateException("a planted bug");
                }))
                .start("127.0.0.1", 0);
        port = server.port();
        String text = new String(StaticAssets.read("web/openapi.json"), StandardCharsets.UTF_8);
        document = JSON.readTree(text);
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), b -> b.schemas(Map.of(DOCUMENT, text)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One call: the route it exercises (as the document names it), and the request's bytes. */
    record Call(String operation, String what, String request) {
    }

    static Call get(String path, String target, String what) {
        return new Call("get " + path, what, RawHttp.get(port, target));
    }

    static Call post(String path, String what, String contentType, String body) {
        return new Call("post " + path, what, RawHttp.request(port, "POST", path, contentType, body));
    }

    static List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        for (String p : List.of("/api/regimes", "/api/actions", "/api/facts", "/api/scenarios", "/api/openapi.json")) {
            calls.add(get(p, p, "success"));
            calls.add(new Call("get " + p, "another host", RawHttp.get(p, "rebind.example:" + port)));
        }
        calls.add(get("/api/diff", "/api/diff?a=denver-practice-2014&b=denver-ordinance-2017", "success"));
        calls.add(get("/api/diff", "/api/diff?a=denver-practice-2014", "missing parameter"));
        calls.add(get("/api/diff", "/api/diff?a=denver-practice-2014&b=nope", "unknown regime"));
        calls.add(get("/api/diff", "/api/diff?a=denver-practice-2014&b=denver-ordinance-2017&x=1", "unknown parameter"));
        calls.add(get("/api/diff", "/a%zz", "bad URI (Jetty)"));
        for (String p : List.of("/api/evaluate", "/api/explain", "/api/law", "/api/report/explanation",
                "/api/report/matrix", "/api/report/law")) {
            String cell = p.endsWith("explain") || p.endsWith("explanation") ? ", " + CELL : "";
            calls.add(post(p, "success", "application/json", CASE.replace("}}", "}" + cell + "}")));
            calls.add(post(p, "success with an unknown fact", "application/json", UNKNOWN_CASE.replace("}}", "}" + cell + "}")));
            calls.add(post(p, "malformed JSON", "application/json", "{\"date\":"));
            calls.add(post(p, "several problems", "application/json",
                    "{\"date\": \"2016-13-45\", \"facts\": {\"detainr\": 1}" + cell + "}"));
            calls.add(post(p, "absurd date", "application/json", "{\"date\": \"0001-01-01\"" + cell + "}"));
            calls.add(post(p, "too large", "application/json", "{\"date\": \"" + "x".repeat(70_000) + "\"}"));
            calls.add(post(p, "not JSON", "text/plain", CASE));
            calls.add(new Call("post " + p, "another host", RawHttp.request(port, "POST", p, "application/json", CASE)
                    .replace("Host: 127.0.0.1:" + port, "Host: rebind.example:" + port)));
        }
        return calls;
    }

    @Test
    void everyAnswerOfEveryEndpointValidatesStrictlyAgainstTheDocument() {
        List<String> problems = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (Call call : calls()) {
            Answer a = RawHttp.send(port, call.request());
            statuses.add(a.status());
            String where = call.operation() + " (" + call.what() + ") answered " + a.status();
            String[] op = call.operation().split(" ", 2);
            JsonNode responses = document.path("paths").path(op[1]).path(op[0]).path("responses");
            assertThat(responses.isMissingNode()).as(call.operation() + " is documented").isFalse();
            String status = String.valueOf(a.status());
            String pointer = responses.has(status) ? "/paths/" + escape(op[1]) + "/" + op[0] + "/responses/" + status
                    : responses.has("default") ? "/paths/" + escape(op[1]) + "/" + op[0] + "/responses/default" : null;
            if (pointer == null) {
                problems.add(where + ": status not documented");
                continue;
            }
            problems.addAll(validate(a, pointer, where));
        }
        assertThat(statuses).as("every class of answer was exercised").contains(200, 400, 413, 415, 421);
        assertThat(problems).as("answers that do not match web/openapi.json").isEmpty();
    }

    @Test
    void pathsAndMethodsNotServedAnswerTheDocumentedError() {
        List<String> problems = new ArrayList<>();
        for (String request : List.of(RawHttp.get(port, "/api/nope"), RawHttp.get(port, "/test/bug"),
                RawHttp.request(port, "DELETE", "/api/regimes", null, ""),
                RawHttp.request(port, "POST", "/api/regimes", "application/json", "{}"),
                RawHttp.get(port, "/" + "a".repeat(20_000)))) {
            Answer a = RawHttp.send(port, request);
            problems.addAll(validate(a, "/components/responses/Refused", request.lines().findFirst().orElseThrow()
                    .substring(0, 20) + " answered " + a.status()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theValidationIsStrict() {
        Schema error = schema("/components/schemas/Error");
        assertThat(error.validate(read("{\"error\": \"x\", \"field\": null}"))).isEmpty();
        assertThat(error.validate(read("{\"error\": \"x\", \"field\": null, \"stack\": \"at …\"}")))
                .as("an undocumented field").isNotEmpty();
        assertThat(error.validate(read("{\"error\": \"x\"}"))).as("a required field missing").isNotEmpty();
        assertThat(error.validate(read("{\"error\": 1, \"field\": null}"))).as("a wrong type").isNotEmpty();
        Schema regimes = schema("/paths/~1api~1regimes/get/responses/200/content/application~1json/schema");
        JsonNode served = RawHttp.send(port, RawHttp.get(port, "/api/regimes")).json();
        assertThat(regimes.validate(served)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) served.get("regimes").get(0)).put("secret", 1);
        assertThat(regimes.validate(served)).as("an undocumented field deep inside").isNotEmpty();
    }

    @Test
    void everyApiRouteServedIsExercisedHere() {
        List<String> exercised = calls().stream().map(c -> c.operation().split(" ", 2))
                .map(op -> op[0].toUpperCase(java.util.Locale.ROOT) + " " + op[1]).toList();
        List<String> served = server.routes().stream().filter(r -> r.contains(" /api/")).toList();
        assertThat(exercised).as("add a call for each new route to calls(), success and each refusal")
                .containsAll(served);
    }

    /**
     * The answer's Content-Type is one the response at {@code pointer} (following its $ref)
     * documents, and a JSON body validates against that content's schema.
     */
    static List<String> validate(Answer a, String pointer, String where) {
        List<String> problems = new ArrayList<>();
        JsonNode response = at(pointer);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = at(pointer);
        }
        String type = a.headers().getOrDefault("content-type", "").split(";")[0].trim();
        if (!response.path("content").has(type)) {
            problems.add(where + ": Content-Type '" + type + "' not documented for this status");
            return problems;
        }
        if (type.equals("application/json")) {
            for (Error e : schema(pointer + "/content/" + escape(type) + "/schema").validate(a.json())) {
                problems.add(where + ": " + e);
            }
        }
        return problems;
    }

    static Schema schema(String pointer) {
        return schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
    }

    static JsonNode at(String pointer) {
        return document.at(pointer);
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
