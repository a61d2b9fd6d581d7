package org.icerules.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.icerules.engine.Evaluator;
import org.icerules.model.Scenario;
import org.icerules.regime.RegimeCatalog;
import org.icerules.report.Json;
import org.icerules.scenario.ScenarioLoader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The web workbench: the page, its script and style, and the JSON API, on Javalin. Binds
 * 127.0.0.1 unless told otherwise. Every request is answered from memory (the catalog and the
 * presets are loaded at start); every bad request gets a JSON error and the server carries on.
 * The hardening lives beside it: {@link SecurityHeaders}, {@link HostCheck}, {@link ErrorResponses}.
 */
public final class WebServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    static final String JSON = "application/json";

    private final Evaluator evaluator;
    private final ScenarioLoader loader;
    private final org.icerules.law.Places places;
    private final Map<String, byte[]> documents;
    private final Map<String, StaticAssets.Asset> assets;
    private final Diffs diffs;
    private final LawAnswers law;
    private final Reports reports;
    private final List<String> routes = new ArrayList<>();
    private List<String> allowedHosts = List.of();
    private Consumer<RoutesConfig> testRoutes = r -> {
    };
    private Javalin app;

    /**
     * @param catalog      the compiled regimes
     * @param scenariosDir the scenario library offered as presets (may be missing)
     */
    public WebServer(RegimeCatalog catalog, Path scenariosDir) {
        this.evaluator = new Evaluator(catalog);
        this.places = org.icerules.law.Places.of(catalog);
        this.loader = places.loader();
        List<Scenario> presets = Presets.load(scenariosDir, loader);
        this.documents = Map.of(
                "/api/regimes", bytes(Vocabulary.regimes(catalog)),
                "/api/actions", bytes(Vocabulary.actions(catalog.vocabulary())),
                "/api/facts", bytes(Vocabulary.facts(catalog.vocabulary())),
                "/api/scenarios", bytes(Vocabulary.scenarios(presets)));
        this.assets = StaticAssets.load();
        this.diffs = new Diffs(evaluator);
        this.law = new LawAnswers(evaluator);
        this.reports = new Reports(evaluator, law, places);
    }

    /**
     * Further names the Host header may give when the server is bound to this machine only (see
     * {@link HostCheck}); call before {@link #start}.
     *
     * @throws IllegalArgumentException when one is not a host name
     */
    public WebServer allowHosts(List<String> names) {
        for (String n : names) {
            if (!HostCheck.isHostName(n)) {
                throw new IllegalArgumentException("'" + n + "' is not a host name (letters, digits, '.' and '-'; "
                        + "an IPv6 address in brackets)");
            }
        }
        this.allowedHosts = List.copyOf(names);
        return this;
    }

    /** Whether the text is a host name or an address as a Host header spells it (IPv6 in brackets). */
    public static boolean isHostName(String text) {
        return HostCheck.isHostName(text);
    }

    /** Whether binding this address lets other machines connect (anything but a loopback address). */
    public static boolean reachableFromOtherMachines(String host) {
        return !HostCheck.isLoopback(host);
    }

    /** Whether the address is every interface of the machine (0.0.0.0 or ::). */
    public static boolean isEveryInterface(String host) {
        return HostCheck.isEveryInterface(host);
    }

    /** Starts listening; port 0 picks a free port. Returns this server, now answering. */
    public WebServer start(String host, int port) {
        HostCheck hosts = HostCheck.forBinding(host, allowedHosts);
        routes.clear();
        app = Javalin.create(config -> {
            quiet(config);
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = RequestBody.MAX_BYTES;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false); // no "Server: Jetty(…)" to fingerprint
                http.setSendXPoweredBy(false);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorResponses.JettyErrors()));
            config.router.javaLangErrorHandler(ErrorResponses::javaLangError);
            config.routes.before(ctx -> {
                SecurityHeaders.apply(ctx::header, SecurityHeaders.NO_STORE); // even where no handler of ours answers
                hosts.check(ctx);
            });
            routes(config.routes);
            testRoutes.accept(config.routes);
            ErrorResponses.register(config.routes);
        });
        app.start(host, port);
        return this;
    }

    // ==== Routes: every path the server answers, registered here and nowhere else. =================
    // Each goes through get/post below, so routes() lists it and the OpenAPI test holds it to the document.

    private void routes(RoutesConfig r) {
        assets.forEach((path, asset) -> get(r, path, ctx -> send(ctx, asset.bytes(), asset.contentType(),
                SecurityHeaders.REVALIDATE)));
        documents.forEach((path, body) -> get(r, path, ctx -> send(ctx, body, JSON, SecurityHeaders.REVALIDATE)));
        post(r, "/api/evaluate", ctx -> sendAnswer(ctx, Matrix.evaluate(evaluator, places, caseRequest(ctx, false))));
        post(r, "/api/explain", ctx -> sendAnswer(ctx, Explanations.explain(evaluator, caseRequest(ctx, true))));
        get(r, "/api/diff", ctx -> {
            QueryParams.only(ctx, "a", "b");
            send(ctx, diffs.diff(ctx.queryParam("a"), ctx.queryParam("b")), JSON, SecurityHeaders.NO_STORE);
        });
        // the law in force on the case's day, and the downloadable reports (LawAnswers, Reports)
        post(r, "/api/law", ctx -> sendAnswer(ctx, law.json(caseRequest(ctx, false))));
        for (String kind : new String[]{"explanation", "matrix", "law"}) {
            post(r, "/api/report/" + kind, ctx -> {
                CaseRequest req = caseRequest(ctx, Reports.needsCell(kind));
                byte[] html = reports.html(kind, req).getBytes(StandardCharsets.UTF_8); // a refusal is JSON, not a download
                ctx.header("Content-Disposition", "attachment; filename=\"" + Reports.fileName(kind, req) + "\"");
                send(ctx, html, "text/html; charset=utf-8", SecurityHeaders.NO_STORE);
            });
        }
    }

    // ==== end of routes ============================================================================

    /** Every route served, as {@code "GET /api/regimes"}, in a stable order (the OpenAPI test reads it). */
    public List<String> routes() {
        return routes.stream().sorted().toList();
    }

    private void get(RoutesConfig r, String path, Handler h) {
        routes.add("GET " + path);
        r.get(path, h);
    }

    private void post(RoutesConfig r, String path, Handler h) {
        routes.add("POST " + path);
        r.post(path, h);
    }

    /** For tests: more routes, registered with the real ones (a route that fails, to see the 500). */
    WebServer withTestRoutes(Consumer<RoutesConfig> more) {
        this.testRoutes = more;
        return this;
    }

    private static void quiet(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }

    private CaseRequest caseRequest(Context ctx, boolean needsCell) {
        ObjectNode body = RequestBody.readObject(ctx);
        return CaseRequest.parse(body, evaluator.catalog(), loader, needsCell);
    }

    static void send(Context ctx, byte[] body, String contentType, String cacheControl) {
        SecurityHeaders.apply(ctx::header, cacheControl);
        ctx.contentType(contentType).result(body);
    }

    private static void sendAnswer(Context ctx, ObjectNode node) {
        send(ctx, bytes(node), JSON, SecurityHeaders.NO_STORE);
    }

    static byte[] bytes(ObjectNode node) {
        return Json.pretty(node).getBytes(StandardCharsets.UTF_8);
    }
}
