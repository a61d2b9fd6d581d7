package org.icerules.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document keeps step with what the API serves: every field of every answer is
 * documented in the schema of its place, with its type (and {@code nullable} where it can be
 * null). An undocumented field, or one of another type, is named with its path.
 */
class OpenApiShapesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CASE = """
            {"date": "2018-03-01", "facts": {"detainer": "i-247a", "notification-request": "written"}}""";

    static WebServer server;
    static HttpClient http;
    static String base;
    static JsonNode document;

    @BeforeAll
    static void start() throws IOException {
        server = new WebServer(RegimeCatalog.load(Path.of("rules")), Path.of("scenarios")).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        http = HttpClient.newHttpClient();
        document = get("/api/openapi.json");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    static JsonNode post(String path, String body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static JsonNode send(HttpRequest.Builder b) throws IOException {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return JSON.readTree(r.body());
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    /** The schema of a 200 answer of one operation. */
    static JsonNode answerSchema(String path, String method) {
        return document.get("paths").get(path).get(method).get("responses").get("200").get("content")
                .get("application/json").get("schema");
    }

    @Test
    void everyFieldServedIsDocumentedWithItsType() throws IOException {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        answers.put("/api/regimes", get("/api/regimes"));
        answers.put("/api/scenarios", get("/api/scenarios"));
        answers.put("/api/facts", get("/api/facts"));
        answers.put("/api/actions", get("/api/actions"));
        answers.put("/api/evaluate", post("/api/evaluate", CASE));
        answers.put("/api/explain", post("/api/explain", CASE.replace("}}",
                "}, \"regime\": \"denver-ordinance-2017\", \"action\": \"notify-release\"}")));
        answers.put("/api/diff", get("/api/diff?a=denver-practice-2014&b=denver-ordinance-2017"));
        answers.put("/api/law", post("/api/law", CASE));
        List<String> problems = new ArrayList<>();
        answers.forEach((path, body) -> conform(body, answerSchema(path, List.of("/api/evaluate", "/api/explain",
                "/api/law").contains(path) ? "post" : "get"), path, problems));
        // with an unknown fact: the contingent shapes of the matrix and of the law in force
        String unknown = CASE.replace("\"i-247a\"", "\"unknown\"");
        conform(post("/api/evaluate", unknown), answerSchema("/api/evaluate", "post"), "/api/evaluate (unknown)", problems);
        conform(post("/api/law", unknown), answerSchema("/api/law", "post"), "/api/law (unknown)", problems);
        assertThat(problems).as("fields served but not documented (or of another type) in web/openapi.json")
                .isEmpty();
    }

    @Test
    void theCheckSeesAnUndocumentedFieldAndAWrongType() throws IOException {
        JsonNode schema = JSON.readTree("""
                {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string", "nullable": true}}}""");
        List<String> problems = new ArrayList<>();
        conform(JSON.readTree("{\"a\": 1, \"b\": null, \"c\": true}"), schema, "x", problems);
        assertThat(problems).containsExactly("x.a: a number where the document says string",
                "x.c: not documented");
    }

    /** Checks {@code value} against {@code schema} (resolving $ref and merging allOf), adding a line per problem. */
    static void conform(JsonNode value, JsonNode schema, String where, List<String> problems) {
        schema = resolve(schema);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(where + ": null where the document does not say nullable");
            }
            return;
        }
        String type = schema.path("type").asText("");
        String actual = typeOf(value);
        if (!type.isEmpty() && !type.equals(actual) && !(type.equals("number") && actual.equals("integer"))) {
            problems.add(where + ": " + (actual.equals("integer") ? "a number" : "a " + actual)
                    + " where the document says " + type);
            return;
        }
        if (value.isObject()) {
            JsonNode properties = schema.get("properties");
            JsonNode additional = schema.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String at = where + "." + f.getKey();
                if (properties != null && properties.has(f.getKey())) {
                    conform(f.getValue(), properties.get(f.getKey()), at, problems);
                } else if (additional != null && additional.isObject()) {
                    conformAny(f.getValue(), additional, at, problems);
                } else if (properties != null || additional == null || !additional.asBoolean(true)) {
                    problems.add(at + ": not documented");
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                conform(value.get(i), schema.get("items"), where + "[" + i + "]", problems);
            }
        }
    }

    /** A map's values: one of the {@code oneOf} schemas, or the schema itself. */
    private static void conformAny(JsonNode value, JsonNode schema, String where, List<String> problems) {
        if (!schema.has("oneOf")) {
            conform(value, schema, where, problems);
            return;
        }
        for (JsonNode option : schema.get("oneOf")) {
            List<String> tried = new ArrayList<>();
            conform(value, option, where, tried);
            if (tried.isEmpty()) {
                return;
            }
        }
        problems.add(where + ": matches none of the documented kinds");
    }

    /** Follows $ref and merges allOf (properties and nullable) into one schema. */
    static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return resolve(document.get("components").get("schemas").get(name));
        }
        if (!schema.has("allOf")) {
            return schema;
        }
        var merged = JSON.createObjectNode();
        var properties = JSON.createObjectNode();
        for (JsonNode part : schema.get("allOf")) {
            JsonNode p = resolve(part);
            if (p.has("type")) {
                merged.set("type", p.get("type"));
            }
            if (p.has("properties")) {
                properties.setAll((com.fasterxml.jackson.databind.node.ObjectNode) p.get("properties"));
            }
            if (p.has("items")) {
                merged.set("items", p.get("items"));
            }
        }
        if (!properties.isEmpty()) {
            merged.set("properties", properties);
        }
        if (schema.has("nullable")) {
            merged.set("nullable", schema.get("nullable"));
        }
        return merged;
    }

    private static String typeOf(JsonNode v) {
        if (v.isObject()) {
            return "object";
        }
        if (v.isArray()) {
            return "array";
        }
        if (v.isTextual()) {
            return "string";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        return v.isIntegralNumber() ? "integer" : "number";
    }
}
