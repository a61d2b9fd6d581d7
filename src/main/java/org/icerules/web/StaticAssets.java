package org.icerules.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workbench's page, script and style sheet, read from the classpath once at start. The
 * list is fixed: a request path selects one of these entries or nothing, never a file.
 */
final class StaticAssets {
    record Asset(byte[] bytes, String contentType) {
    }

    /** URL path → classpath resource and content type. */
    private static final Map<String, String[]> FILES = new LinkedHashMap<>();

    static {
        FILES.put("/", new String[]{"web/index.html", "text/html; charset=utf-8"});
        FILES.put("/app.js", new String[]{"web/app.js", "text/javascript; charset=utf-8"});
        FILES.put("/style.css", new String[]{"web/style.css", "text/css; charset=utf-8"});
        FILES.put("/api/openapi.json", new String[]{"web/openapi.json", "application/json"});
    }

    private StaticAssets() {
    }

    static Map<String, Asset> load() {
        Map<String, Asset> out = new LinkedHashMap<>();
        FILES.forEach((path, spec) -> out.put(path, new Asset(read(spec[0]), spec[1])));
        return out;
    }

    static byte[] read(String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (a build problem)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
