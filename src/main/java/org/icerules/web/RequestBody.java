package org.icerules.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request body as a JSON object, never more than {@link #MAX_BYTES}: a body not declared
 * {@code application/json} is refused with 415, a larger body with 413 whether or not it announces
 * its length, and bad JSON or bad UTF-8 with 400.
 */
final class RequestBody {
    /** 64 KiB: a case is under 2 KiB; anything near this cap is a mistake or an attack. */
    static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RequestBody() {
    }

    static ObjectNode readObject(Context ctx) {
        requireJson(ctx.contentType());
        long announced = ctx.req().getContentLengthLong();
        if (announced > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw ApiError.badRequest(null, "could not read the request body: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest(null, "the request body is not UTF-8 text");
        }
        if (text.isBlank()) {
            throw ApiError.badRequest(null, "the request body is empty; expected a JSON object");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String msg = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
            throw ApiError.badRequest(null, "malformed JSON" + where + ": " + msg);
        }
        if (!(node instanceof ObjectNode obj)) {
            throw ApiError.badRequest(null, "expected a JSON object, found " + node.getNodeType().name().toLowerCase());
        }
        return obj;
    }

    /** The body must say it is JSON (a form post from another site cannot), in UTF-8 if it names a charset. */
    static void requireJson(String contentType) {
        String[] parts = contentType == null ? new String[]{""} : contentType.split(";");
        boolean json = parts[0].trim().equalsIgnoreCase("application/json");
        for (int i = 1; i < parts.length && json; i++) {
            String p = parts[i].trim().toLowerCase(Locale.ROOT).replace("\"", "");
            json = !p.startsWith("charset=") || p.equals("charset=utf-8");
        }
        if (!json) {
            throw new ApiError(415, null, "send the case as JSON with the header Content-Type: application/json"
                    + " (UTF-8); found " + (contentType == null ? "no Content-Type" : "'" + contentType + "'"));
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(413, null, "the request body is larger than " + MAX_BYTES + " bytes (64 KiB)");
    }
}
