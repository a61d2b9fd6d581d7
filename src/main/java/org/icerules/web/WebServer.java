package org.icerules.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.InputException;
import org.icerules.model.Scenario;
import org.icerules.report.Json;
import org.icerules.scenario.ScenarioLoader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The web workbench: the page, its script and style, and the JSON API, on Javalin. Binds
 * 127.0.0.1 unless told otherwise. Every request is answered from memory (the catalog and the
 * presets are loaded at start); every bad request gets a JSON error and the server carries on.
 */
public final class WebServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    private static final String JSON = "application/json";

    private final Evaluator evaluator;
    private final ScenarioLoader loader;
    private final Map<String, byte[]> documents;
    private final Map<String, StaticAssets.Asset> assets;
    private final Diffs diffs;
    private final List<String> routes = new ArrayList<>();
    private Javalin app;

    /**
     * @param catalog      the compiled regimes
     * @param scenariosDir the scenario library offered as presets (may be missing)
     */
    public WebServer(RegimeCatalog catalog, Path scenariosDir) {
        this.evaluator = new Evaluator(catalog);
        this.loader = new ScenarioLoader(catalog.vocabulary(), catalog.ids(), catalog.switches());
        List<Scenario> presets = Presets.load(scenariosDir, loader);
        this.documents = Map.of(
                "/api/regimes", bytes(Vocabulary.regimes(catalog)),
                "/api/actions", bytes(Vocabulary.actions(catalog.vocabulary())),
                "/api/facts", bytes(Vocabulary.facts(catalog.vocabulary())),
                "/api/scenarios", bytes(Vocabulary.scenarios(presets)));
        this.assets = StaticAssets.load();
        this.diffs = new Diffs(evaluator);
    }

    /** Starts listening; port 0 picks a free port. Returns this server, now answering. */
    public WebServer start(String host, int port) {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = RequestBody.MAX_BYTES;
        });
        routes.clear();
        assets.forEach((path, asset) -> get(path, ctx -> send(ctx, asset.bytes(), asset.contentType())));
        documents.forEach((path, body) -> get(path, ctx -> send(ctx, body, JSON)));
        post("/api/evaluate", ctx -> sendJson(ctx, Matrix.evaluate(evaluator, caseRequest(ctx, false))));
        post("/api/explain", ctx -> sendJson(ctx, Explanations.explain(evaluator, caseRequest(ctx, true))));
        get("/api/diff", ctx -> send(ctx, diffs.diff(ctx.queryParam("a"), ctx.queryParam("b")), JSON));
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e));
        app.exception(InputException.class, (e, ctx) -> error(ctx, ApiError.of(e)));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx,
                new ApiError(e.getStatus(), null, e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("ice-rules: serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, new ApiError(500, null, "internal error: " + e.getClass().getSimpleName()));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, new ApiError(404, null, "no such page or endpoint: " + ctx.path()));
            }
        });
        app.error(405, ctx -> error(ctx, new ApiError(405, null, "method " + ctx.method() + " not allowed on " + ctx.path())));
        app.start(host, port);
        return this;
    }

    /** Every route served, as {@code "GET /api/regimes"}, in a stable order (the OpenAPI test reads it). */
    public List<String> routes() {
        return routes.stream().sorted().toList();
    }

    private void get(String path, Handler h) {
        routes.add("GET " + path);
        app.get(path, h);
    }

    private void post(String path, Handler h) {
        routes.add("POST " + path);
        app.post(path, h);
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

    private static void send(Context ctx, byte[] body, String contentType) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(contentType).result(body);
    }

    private static void sendJson(Context ctx, ObjectNode node) {
        send(ctx, bytes(node), JSON);
    }

    private static void error(Context ctx, ApiError e) {
        ctx.status(e.status());
        send(ctx, bytes(e.toJson()), JSON);
    }

    private static byte[] bytes(ObjectNode node) {
        return Json.pretty(node).getBytes(StandardCharsets.UTF_8);
    }
}
