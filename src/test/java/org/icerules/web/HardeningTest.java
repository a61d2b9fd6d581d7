package org.icerules.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.icerules.web.RawHttp.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer, whoever sends it (a route, Javalin, Jetty before any route), is JSON in the one
 * error shape with the security headers; the Host header is checked on loopback; a POST must say
 * it is JSON. Requests go over a raw socket, so the test controls every byte (Host included).
 */
class HardeningTest {
    static final String CASE = "{\"date\": \"2016-12-20\", \"facts\": {\"detainer\": \"i-247a\"}}";
    static WebServer server;
    static int port;

    @BeforeAll
    static void start() {
        server = new WebServer(RegimeCatalog.load(Path.of("rules")), Path.of("scenarios"))
                .allowHosts(List.of("workbench.example.org"))
                .withTestRoutes(r -> {
                    r.get("/test/bug", ctx -> {
                        throw new IllegalStateException("a planted bug");
                    });
                    r.get("/test/error", ctx -> {
                        throw new StackOverflowError("a planted error");
                    });
                })
                .start("127.0.0.1", 0);
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The answer to the bytes, sent as they are. */
    static Answer raw(String request) {
        return RawHttp.send(port, request);
    }

    static String host() {
        return "127.0.0.1:" + port;
    }

    static String get(String target, String host) {
        return RawHttp.get(target, host);
    }

    static String post(String target, String contentType, String body) {
        return RawHttp.request(port, "POST", target, contentType, body);
    }

    static void assertSecurityHeaders(Answer r, String what) {
        assertThat(r.headers()).as(what + ": " + r.headers())
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "no-referrer")
                .containsEntry("x-frame-options", "DENY")
                .containsEntry("cross-origin-resource-policy", "same-origin")
                .containsKey("cache-control")
                .doesNotContainKey("server");
        assertThat(r.headers().get("content-security-policy")).as(what)
                .contains("default-src 'self'").contains("frame-ancestors 'none'");
    }

    static Stream<Arguments> errors() {
        String big = "{\"date\": \"" + "x".repeat(70_000) + "\"}";
        return Stream.of(
                Arguments.of("unknown path", get("/nope", host()), 404),
                Arguments.of("unknown API path", get("/api/nope", host()), 404),
                Arguments.of("wrong method", "DELETE /api/regimes HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n", 405),
                Arguments.of("GET on a POST endpoint", get("/api/evaluate", host()), 405),
                Arguments.of("malformed JSON", post("/api/evaluate", "application/json", "{\"date\":"), 400),
                Arguments.of("broken %-escape in the query", get("/api/diff?a=%zz&b=denver-ordinance-2017", host()), 400),
                Arguments.of("query not UTF-8", get("/api/diff?a=%E0%80&b=denver-ordinance-2017", host()), 400),
                Arguments.of("unknown query parameter", get("/api/diff?a=denver-practice-2014&b=denver-ordinance-2017&c=1", host()), 400),
                Arguments.of("query parameter twice", get("/api/diff?a=denver-practice-2014&a=denver-ordinance-2017", host()), 400),
                Arguments.of("too large", post("/api/evaluate", "application/json", big), 413),
                Arguments.of("no Content-Type", post("/api/evaluate", null, CASE), 415),
                Arguments.of("a form post", post("/api/evaluate", "application/x-www-form-urlencoded", CASE), 415),
                Arguments.of("text", post("/api/explain", "text/plain", CASE), 415),
                Arguments.of("JSON in Latin-1", post("/api/evaluate", "application/json; charset=iso-8859-1", CASE), 415),
                Arguments.of("another host", get("/api/regimes", "evil.example:" + port), 421),
                Arguments.of("another host, no port", get("/", "evil.example"), 421),
                Arguments.of("loopback name, wrong port", get("/", "localhost:1"), 421),
                Arguments.of("a bug", get("/test/bug", host()), 500),
                Arguments.of("a JVM error", get("/test/error", host()), 500),
                Arguments.of("bad URI (Jetty)", get("/a%zz", host()), 400),
                Arguments.of("bad header line (Jetty)", "GET / HTTP/1.1\r\nHost: " + host() + "\r\nBad Header\r\nConnection: close\r\n\r\n", 400),
                Arguments.of("no Host (Jetty)", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400),
                Arguments.of("request line too long (Jetty)", get("/" + "a".repeat(20_000), host()), 414),
                Arguments.of("header too large (Jetty)", "GET / HTTP/1.1\r\nHost: " + host() + "\r\nX-Big: "
                        + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n", 431),
                Arguments.of("unknown HTTP version (Jetty)", "GET / HTTP/9.9\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n", 505));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void everyErrorIsJsonInTheOneShapeWithTheSecurityHeaders(String what, String request, int status) {
        Answer r = raw(request);
        assertThat(r.status()).as(what + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().get("content-type")).as(what).startsWith("application/json");
        assertSecurityHeaders(r, what);
        assertThat(r.headers().get("cache-control")).as(what).isEqualTo("no-store");
        JsonNode e = r.json();
        assertThat(e.get("error").asText()).as(what).isNotBlank();
        assertThat(e.has("field")).as(what).isTrue();
        assertThat(r.body()).as(what + ": no stack in an answer").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aBugAnswersWithAnIdAndLogsItsStackUnderThatId() {
        PrintStream was = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        Answer r;
        try {
            r = raw(get("/test/bug", host()));
        } finally {
            System.setErr(was);
        }
        String id = r.json().get("id").asText();
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(r.json().get("error").asText()).contains(id).doesNotContain("planted");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("internal error " + id + " on GET /test/bug")
                .contains("a planted bug").contains("\tat ");
    }

    @Test
    void theHostCheckNamesTheAddressesThatWork() {
        Answer r = raw(get("/api/actions", "rebind.attacker.example:" + port));
        assertThat(r.json().get("error").asText()).contains("'rebind.attacker.example:" + port + "'")
                .contains("http://127.0.0.1:" + port + "/").contains("--allow-host");
    }

    @Test
    void thisMachinesOwnNamesAndAllowedOnesAreServed() {
        for (String h : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port,
                "workbench.example.org:" + port)) {
            assertThat(raw(get("/api/actions", h)).status()).as(h).isEqualTo(200);
        }
    }

    @Test
    void thePageAndItsAssetsCarryTheSecurityHeaders() {
        for (String path : List.of("/", "/app.js", "/style.css", "/api/openapi.json", "/api/regimes")) {
            Answer r = raw(get(path, host()));
            assertThat(r.status()).as(path).isEqualTo(200);
            assertSecurityHeaders(r, path);
            assertThat(r.headers().get("cache-control")).as(path).isEqualTo("no-cache");
        }
    }

    @Test
    void headAnswersCarryTheSecurityHeadersToo() {
        for (String path : List.of("/", "/api/regimes", "/nope")) {
            Answer r = raw("HEAD " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
            assertSecurityHeaders(r, "HEAD " + path);
        }
    }

    @Test
    void aMalformedQuerySaysSo() {
        Answer r = raw(get("/api/diff?a=%zz&b=denver-ordinance-2017", host()));
        assertThat(r.json().get("error").asText()).startsWith("malformed query: 'a=%zz'");
    }

    @Test
    void answersToACaseAreNotStored() {
        Answer r = raw(post("/api/evaluate", "application/json; charset=UTF-8", CASE));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertSecurityHeaders(r, "evaluate");
        assertThat(r.headers().get("cache-control")).isEqualTo("no-store");
    }

    @Test
    void jsonWithOrWithoutTheUtf8CharsetIsTaken() {
        for (String type : List.of("application/json", "application/json;charset=utf-8", "Application/JSON; charset=\"UTF-8\"")) {
            assertThat(raw(post("/api/evaluate", type, CASE)).status()).as(type).isEqualTo(200);
        }
    }

    @Test
    void theContentTypeRefusalSaysWhatToSend() {
        Answer r = raw(post("/api/evaluate", "text/plain", CASE));
        assertThat(r.json().get("error").asText()).contains("Content-Type: application/json").contains("'text/plain'");
    }

    @Test
    void aBadHostNameToAllowIsRefused() {
        WebServer s = new WebServer(RegimeCatalog.load(Path.of("rules")), Path.of("scenarios"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.allowHosts(List.of("evil.example:80/x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a host name");
    }

    @Test
    void whoCanReachAnAddress() {
        assertThat(WebServer.reachableFromOtherMachines("127.0.0.1")).isFalse();
        assertThat(WebServer.reachableFromOtherMachines("::1")).isFalse();
        assertThat(WebServer.reachableFromOtherMachines("0.0.0.0")).isTrue();
        assertThat(WebServer.isEveryInterface("0.0.0.0")).isTrue();
        assertThat(WebServer.isEveryInterface("::")).isTrue();
        assertThat(WebServer.isEveryInterface("127.0.0.1")).isFalse();
    }
}
