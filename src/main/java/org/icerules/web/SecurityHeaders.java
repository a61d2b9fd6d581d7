package org.icerules.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every answer carries, the page, the API, its errors and Jetty's own alike: the page
 * loads only its own script and style (no inline code, no other site), may not be framed, sends
 * no referrer (a case in a link is nobody else's business), and is not read by other origins.
 */
final class SecurityHeaders {
    /** The page, its script and style and the API's fixed documents: the browser asks again (a new jar, a new page). */
    static final String REVALIDATE = "no-cache";
    /** Answers to a case and errors: nothing about a case is kept on disk by the browser or a proxy. */
    static final String NO_STORE = "no-store";

    static final Map<String, String> ALWAYS = always();

    private SecurityHeaders() {
    }

    private static Map<String, String> always() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        return java.util.Collections.unmodifiableMap(h);
    }

    /** Sets every header, and Cache-Control to {@code cacheControl}, through {@code set}. */
    static void apply(BiConsumer<String, String> set, String cacheControl) {
        ALWAYS.forEach(set);
        set.accept("Cache-Control", cacheControl);
    }
}
