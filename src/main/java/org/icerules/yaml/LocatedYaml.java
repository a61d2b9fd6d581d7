package org.icerules.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML text into {@link YNode}s that keep line and column. Several documents
 * separated by {@code ---} come back as several roots. Duplicate keys are an error.
 */
public final class LocatedYaml {
    /**
     * YAML 1.2 booleans only: {@code yes}, {@code on}, {@code y}… come back as text, so a reader
     * that expects a boolean can refuse them by name (they mean true to YAML 1.1, text to 1.2).
     */
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build();

    private LocatedYaml() {
    }

    /** Every document in the text; {@code file} is only used to name the place of an error. */
    public static List<YNode> readAll(String text, String file) {
        List<YNode> docs = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                docs.add(read(p, t, file, ""));
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML");
            throw new InputException(new InputProblem(file, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), null, "malformed YAML: " + msg));
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, 0, 0, null, "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            // SnakeYAML underneath may throw its own unchecked errors on odd input
            throw new InputException(new InputProblem(file, 0, 0, null, "malformed YAML: " + e.getMessage()));
        }
        return docs;
    }

    private static YNode read(JsonParser p, JsonToken t, String file, String path) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    String key = p.currentName();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    if (entries.containsKey(key)) {
                        throw new InputException(new InputProblem(file, kl.getLineNr(), kl.getColumnNr(), keyPath,
                                "duplicate key (first at line " + entries.get(key).line() + ")"));
                    }
                    YNode value = read(p, p.nextToken(), file, keyPath);
                    entries.put(key, new YNode.Entry(key, kl.getLineNr(), kl.getColumnNr(), value));
                }
                return new YNode.YMap(entries, line, col);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                JsonToken it;
                int i = 0;
                while ((it = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(p, it, file, path + "[" + i++ + "]"));
                }
                return new YNode.YList(items, line, col);
            }
            case VALUE_STRING -> {
                return new YNode.YScalar(YNode.YScalar.Kind.STRING, p.getText(), line, col);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new YNode.YScalar(YNode.YScalar.Kind.NUMBER, p.getText(), line, col);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YNode.YScalar(YNode.YScalar.Kind.BOOLEAN, p.getText(), line, col);
            }
            case VALUE_NULL -> {
                return new YNode.YScalar(YNode.YScalar.Kind.NULL, null, line, col);
            }
            default -> throw new InputException(new InputProblem(file, line, col, path,
                    "unsupported YAML construct (" + t + ")"));
        }
    }
}
