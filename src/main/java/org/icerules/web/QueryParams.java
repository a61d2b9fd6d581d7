package org.icerules.web;

import io.javalin.http.Context;
import org.icerules.yaml.DidYouMean;

import java.util.List;

/** A query's parameters, held to the ones an endpoint takes: a misspelt one is refused, not ignored. */
final class QueryParams {
    private QueryParams() {
    }

    static void only(Context ctx, String... allowed) {
        List<String> names = List.of(allowed);
        for (var e : ctx.queryParamMap().entrySet()) {
            String name = e.getKey();
            if (!names.contains(name)) {
                throw ApiError.badRequest(name, "unknown query parameter '" + name + "'" + DidYouMean.hint(name, names)
                        + "; allowed: " + String.join(", ", names));
            }
            if (e.getValue().size() > 1) {
                throw ApiError.badRequest(name, "given " + e.getValue().size() + " times; give it once");
            }
        }
    }
}
