package org.icerules.yaml;

import org.icerules.model.InputProblem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /** An ISO date (YYYY-MM-DD); null when absent or wrong (with a problem). */
    public LocalDate date(YNode.YMap m, String path, String key, boolean required) {
        String text = string(m, path, key, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problem(m.get(key), join(path, key), "expected an ISO date (YYYY-MM-DD), found '" + text + "'");
            return null;
        }
    }

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
