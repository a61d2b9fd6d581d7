package org.icerules.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.icerules.model.InputException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Every error the server sends, as {@code {"error": …, "field": …}} JSON with the security headers:
 * a refused request (400, 413, 415, 421), a path or method the server does not answer (404, 405),
 * a bug (500: an id in the answer, the stack under that id in the server log only), and what Jetty
 * refuses before a route is found (a bad URI, header or request line).
 */
final class ErrorResponses {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorResponses() {
    }

    /** Registers the handlers on the routes. */
    static void register(RoutesConfig r) {
        r.exception(ApiError.class, (e, ctx) -> send(ctx, e));
        r.exception(InputException.class, (e, ctx) -> send(ctx, ApiError.of(e)));
        r.exception(HttpResponseException.class, (e, ctx) -> send(ctx, plainWords(e.getStatus(), ctx, e.getMessage())));
        r.exception(Exception.class, (e, ctx) -> send(ctx, internal(e, ctx.method() + " " + ctx.path())));
        // a status set without an exception (none of our handlers does; kept so nothing leaves without a body)
        r.error(404, ctx -> send(ctx, plainWords(404, ctx, null)));
        r.error(405, ctx -> send(ctx, plainWords(405, ctx, null)));
    }

    private static ApiError plainWords(int status, Context ctx, String message) {
        return switch (status) {
            case 404 -> new ApiError(404, null, "no such page or endpoint: " + ctx.path());
            case 405 -> new ApiError(405, null, "method " + ctx.method() + " not allowed on " + ctx.path());
            case 413 -> new ApiError(413, null, "the request body is larger than " + RequestBody.MAX_BYTES + " bytes (64 KiB)");
            default -> new ApiError(status, null, message == null ? HttpStatus.getMessage(status) : message);
        };
    }

    static void send(Context ctx, ApiError e) {
        ctx.status(e.status());
        WebServer.send(ctx, WebServer.bytes(e.toJson()), WebServer.JSON, SecurityHeaders.NO_STORE);
    }

    /** A bug: the stack goes to the server's log under a fresh id, the answer names only the id. */
    static ApiError internal(Throwable e, String request) {
        String id = HexFormat.of().formatHex(randomBytes());
        StringWriter stack = new StringWriter();
        e.printStackTrace(new PrintWriter(stack));
        System.err.println("ice-rules: serve: internal error " + id + " on " + request + ":\n" + stack);
        return ApiError.internal(id);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return b;
    }

    /** A {@link Error} (out of memory, a stack overflow) thrown by a handler: Javalin hands it here. */
    static void javaLangError(HttpServletResponse res, Error error) {
        ApiError e = internal(error, "a request");
        res.setStatus(500);
        SecurityHeaders.apply(res::setHeader, SecurityHeaders.NO_STORE);
        res.setContentType(WebServer.JSON);
        try {
            res.getOutputStream().write(WebServer.bytes(e.toJson()));
        } catch (IOException | IllegalStateException gone) {
            // the client has gone or the answer was begun: the log has the error
        }
    }

    /** Jetty's own errors, sent before or outside any route: a bad URI, header or request line, a header too large. */
    static final class JettyErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus();
            String message = (String) request.getAttribute(ERROR_MESSAGE);
            Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
            boolean refusal = cause == null || cause instanceof org.eclipse.jetty.http.HttpException;
            if (cause instanceof org.eclipse.jetty.http.HttpException h) {
                status = h.getCode();
                response.setStatus(status);
                message = message == null ? h.getReason() : message;
            }
            ApiError e = status >= 500 && !refusal ? internal(cause, request.getMethod() + " " + request.getHttpURI().getPath())
                    : new ApiError(status, null, "the request could not be read: " + reason(status, message));
            SecurityHeaders.apply(response.getHeaders()::put, SecurityHeaders.NO_STORE);
            response.getHeaders().put("Content-Type", WebServer.JSON);
            if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
                callback.succeeded();
            } else {
                response.write(true, ByteBuffer.wrap(WebServer.bytes(e.toJson())), callback);
            }
            return true;
        }

        private static String reason(int status, String message) {
            String said = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
            String cut = said.length() > 200 ? said.substring(0, 200) + "…" : said;
            return cut.replaceAll("[^\\x20-\\x7e]", "?") + " (HTTP " + status + ")";
        }
    }
}
