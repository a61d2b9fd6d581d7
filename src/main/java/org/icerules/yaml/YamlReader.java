package org.icerules.yaml;

import org.icerules.model.InputProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads from a {@link YNode} tree that collect problems (file, line, column, key,
 * what was expected) instead of throwing, so one pass reports everything wrong with a file.
 */
public final class YamlReader {
    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();

    public YamlReader(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public List<InputProblem> problems() {
        return problems;
    }

    public void problem(YNode at, String key, String message) {
        problems.add(new InputProblem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), key, message));
    }

    public void problem(int line, int column, String key, String message) {
        problems.add(new InputProblem(file, line, column, key, message));
    }

    /** The node as a mapping, or a problem and null. */
    public YNode.YMap map(YNode node, String key) {
        if (node instanceof YNode.YMap m) {
            return m;
        }
        problem(node, key, "expected a mapping of keys to values, found " + describe(node));
        return null;
    }

    /** Reports every key of {@code m} that is not among {@code allowed}, with a did-you-mean. */
    public void onlyKeys(YNode.YMap m, String path, Collection<String> allowed) {
        for (YNode.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                problem(e.line(), e.column(), join(path, e.key()), "unknown key '" + e.key() + "'"
                        + DidYouMean.hint(e.key(), allowed) + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    /** A string (any scalar's text); null when absent. Reports a problem if required and absent. */
    public String string(YNode.YMap m, String path, String key, boolean required) {
        YNode n = m.get(key);
        if (n == null || n instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.NULL) {
            if (required) {
                problem(m, join(path, key), "is required");
            }
            return null;
        }
        if (n instanceof YNode.YScalar s) {
            return s.text();
        }
        problem(n, join(path, key), "expected text, found " + describe(n));
        return null;
    }

    /** A date written YYYY-MM-DD (see {@link IsoDate}); null when absent or wrong (with a problem). */
    public LocalDate date(YNode.YMap m, String path, String key, boolean required) {
        String text = string(m, path, key, required);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> day = IsoDate.parse(text);
        if (day.isEmpty()) {
            problem(m.get(key), join(path, key), IsoDate.problem(text));
            return null;
        }
        return day.get();
    }

    /**
     * A boolean: {@code true} or {@code false} (YAML 1.2 also spells them {@code True}, {@code TRUE}…).
     * YAML 1.1's other words for them ({@code yes}, {@code no}, {@code on}, {@code off}, {@code y},
     * {@code n}) are refused rather than guessed at: the parser reads them as text, and a reader
     * that took them for booleans once read {@code on} as false. Null (with a problem) when wrong.
     */
    public Boolean bool(YNode node, String key) {
        if (node instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.BOOLEAN) {
            return s.text().equalsIgnoreCase("true");
        }
        String found = describe(node);
        if (node instanceof YNode.YScalar s && s.kind() != YNode.YScalar.Kind.NULL) {
            String t = s.text();
            if (s.kind() == YNode.YScalar.Kind.STRING && YAML_11_BOOLEANS.contains(t)) {
                problem(node, key, "'" + t + "' is not read as a boolean (YAML 1.1's yes/no/on/off are not); "
                        + "write true or false");
                return null;
            }
            if (s.kind() == YNode.YScalar.Kind.STRING && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"))) {
                problem(node, key, "expected true or false, found the text \"" + t + "\" in quotes; "
                        + "write true or false without quotes");
                return null;
            }
            found = s.describe() + " '" + t + "'";
        }
        problem(node, key, "expected true or false, found " + found + "; write true or false");
        return null;
    }

    private static final Set<String> YAML_11_BOOLEANS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No",
            "NO", "on", "On", "ON", "off", "Off", "OFF");

    /** A list of nodes; empty when absent. */
    public List<YNode> list(YNode.YMap m, String path, String key, boolean required) {
        YNode n = m.get(key);
        if (n == null) {
            if (required) {
                problem(m, join(path, key), "is required");
            }
            return List.of();
        }
        if (n instanceof YNode.YList l) {
            return l.items();
        }
        problem(n, join(path, key), "expected a list, found " + describe(n));
        return List.of();
    }

    /** A string that must be one of {@code allowed}. */
    public String oneOf(YNode.YMap m, String path, String key, boolean required, Set<String> allowed) {
        String v = string(m, path, key, required);
        if (v != null && !allowed.contains(v)) {
            problem(m.get(key), join(path, key), "unknown value '" + v + "'" + DidYouMean.hint(v, allowed)
                    + "; allowed: " + String.join(", ", allowed));
            return null;
        }
        return v;
    }

    public static String describe(YNode n) {
        return n == null ? "nothing" : n.describe();
    }

    public static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }
}
