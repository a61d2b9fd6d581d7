package org.icerules.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it stood (1-based line and column), so every error can
 * name its place. Built by {@link LocatedYaml} from Jackson's streaming parser.
 */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

    int line();

    int column();

    /** A short word for messages: "a mapping", "a list", "a string", "a number"… */
    String describe();

    /** A mapping; keys keep their own positions. */
    record YMap(Map<String, Entry> entries, int line, int column) implements YNode {
        public YMap {
            entries = new LinkedHashMap<>(entries);
        }

        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping, with the key's own position. */
    record Entry(String key, int line, int column, YNode value) {
    }

    record YList(List<YNode> items, int line, int column) implements YNode {
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar, with the kind Jackson's YAML resolver gave it, so a quoted {@code "true"} is a
     * string while a bare {@code true} is a boolean.
     */
    record YScalar(Kind kind, String text, int line, int column) implements YNode {
        public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        public String describe() {
            return switch (kind) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "nothing (null)";
            };
        }
    }
}
