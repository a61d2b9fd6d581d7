package org.icerules.web;

import io.javalin.http.Context;
import org.icerules.yaml.DidYouMean;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/** A query's parameters, held to the ones an endpoint takes: a misspelt one is refused, not ignored. */
final class QueryParams {
    private QueryParams() {
    }

    static void only(Context ctx, String... allowed) {
        wellFormed(ctx.queryString());
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

    /** Refuses a query whose %-escapes are broken or do not spell UTF-8 (the server would otherwise guess). */
    static void wellFormed(String query) {
        if (query == null) {
            return;
        }
        for (String part : query.split("&", -1)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c != '%') {
                    bytes.write(c == '+' ? ' ' : c);
                    continue;
                }
                if (i + 2 >= part.length() || Character.digit(part.charAt(i + 1), 16) < 0
                        || Character.digit(part.charAt(i + 2), 16) < 0) {
                    throw malformed(part);
                }
                bytes.write(HexFormat.fromHexDigits(part, i + 1, i + 3));
                i += 2;
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            } catch (CharacterCodingException e) {
                throw malformed(part);
            }
        }
    }

    private static ApiError malformed(String part) {
        String shown = part.length() > 60 ? part.substring(0, 60) + "…" : part;
        return ApiError.badRequest(null, "malformed query: '" + shown.replaceAll("[^\\x20-\\x7e]", "?")
                + "' is not %-encoded UTF-8 (write each value as it is, or %-encode its UTF-8 bytes)");
    }
}
