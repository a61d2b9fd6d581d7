package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.facts.ActionDefinition;
import org.icerules.model.facts.DrlNames;
import org.icerules.model.facts.FactDefinition;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.VocabularyDefinition;
import org.icerules.yaml.DidYouMean;
import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code rules/vocabulary.yaml} and then each {@code rules/vocabulary/*.yaml} (a
 * jurisdiction's additions, in file-name order) into one {@link VocabularyDefinition}. Every problem is
 * located (file, line, column, key, what was expected, a did-you-mean) and all are reported at once.
 */
public final class VocabularyReader {
    static final String FILE = "vocabulary.yaml";
    static final String ADDITIONS = "vocabulary";
    private static final List<String> ROOT_KEYS = List.of("facts", "actions");
    private static final List<String> FACT_KEYS = List.of("name", "type", "values", "min", "max", "default", "label",
            "question");
    private static final List<String> ACTION_KEYS = List.of("id", "question");
    private static final Set<String> TYPES = new java.util.LinkedHashSet<>(List.of("bool", "enum", "number"));
    /** Kebab-case that turns into a Java name: starts with a letter, no double or trailing hyphen. */
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Names a fact's field or enum type may not take: Java's keywords and what a case already has. */
    private static final Set<String> TAKEN = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "record", "yield", "date", "size");
    /** Types the generated package or DRL already name: an enum fact may not take one. */
    private static final Set<String> TAKEN_TYPES = Set.of("Case", "CaseMaker", "Reading", "FactValue", "Object",
            "String", "Boolean", "Double", "Math");

    private VocabularyReader() {
    }

    /** The vocabulary of a rules folder; throws {@link InputException} listing every problem. */
    public static VocabularyDefinition load(Path rulesDir) {
        Path base = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(base)) {
            throw new InputException(new InputProblem(RegimeCatalog.display(rulesDir, base), 0, 0, null,
                    "the rules folder has no " + FILE + " (the facts and actions rules and scenarios use)"));
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(RegimeCatalog.display(rulesDir, base), read(base));
        Path more = rulesDir.resolve(ADDITIONS);
        if (Files.isDirectory(more)) {
            try (Stream<Path> list = Files.list(more)) {
                for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                    files.put(RegimeCatalog.display(rulesDir, p), read(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read(files);
    }

    /** The vocabulary of these files (display name → text), the first being the base. */
    static VocabularyDefinition read(Map<String, String> files) {
        State state = new State();
        boolean first = true;
        List<InputProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            YamlReader r = new YamlReader(f.getKey());
            readFile(r, f.getValue(), first, state);
            problems.addAll(r.problems());
            first = false;
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new VocabularyDefinition(state.facts, state.actions);
    }

    /** What the files read so far define, and where, so a second definition can name the first. */
    private static final class State {
        final List<FactDefinition> facts = new ArrayList<>();
        final List<ActionDefinition> actions = new ArrayList<>();
        final Map<String, String> factAt = new LinkedHashMap<>();
        /** Field → the fact read as it: a-1b and a1b differ as names but not as fields. */
        final Map<String, String> fieldOf = new LinkedHashMap<>();
        final Map<String, String> actionAt = new LinkedHashMap<>();
    }

    private static void readFile(YamlReader r, String text, boolean base, State state) {
        List<YNode> docs = LocatedYaml.readAll(text, r.file());
        if (docs.size() != 1) {
            r.problem(1, 1, null, "expected one YAML document with facts: and actions:, found " + docs.size());
            return;
        }
        YNode.YMap root = r.map(docs.get(0), null);
        if (root == null) {
            return;
        }
        r.onlyKeys(root, "", ROOT_KEYS);
        List<YNode> facts = r.list(root, "", "facts", base);
        if (base && root.get("facts") != null && facts.isEmpty()) {
            r.problem(root.get("facts"), "facts", "expected at least one fact");
        }
        for (int i = 0; i < facts.size(); i++) {
            FactDefinition f = fact(r, facts.get(i), "facts[" + i + "]");
            if (f != null) {
                String where = r.file() + ":" + facts.get(i).line();
                String first = state.factAt.putIfAbsent(f.name(), where);
                String sameField = first != null ? null : state.fieldOf.putIfAbsent(f.field(), f.name());
                YNode.Entry name = ((YNode.YMap) facts.get(i)).entries().get("name");
                if (first != null) {
                    r.problem(name.line(), name.column(), "facts[" + i + "].name",
                            "fact '" + f.name() + "' is already defined at " + first);
                } else if (sameField != null) {
                    // one field per fact in the generated class: two names spelled apart but read alike cannot both be
                    r.problem(name.line(), name.column(), "facts[" + i + "].name", "a rule would read fact '" + f.name()
                            + "' as " + f.field() + ", like fact '" + sameField + "' at " + state.factAt.get(sameField)
                            + "; choose another name");
                    state.factAt.remove(f.name());
                } else {
                    state.facts.add(f);
                }
            }
        }
        List<YNode> actions = r.list(root, "", "actions", base);
        if (base && root.get("actions") != null && actions.isEmpty()) {
            r.problem(root.get("actions"), "actions", "expected at least one action");
        }
        for (int i = 0; i < actions.size(); i++) {
            String path = "actions[" + i + "]";
            YNode.YMap m = r.map(actions.get(i), path);
            if (m == null) {
                continue;
            }
            r.onlyKeys(m, path, ACTION_KEYS);
            String id = kebab(r, m, path, "id");
            String question = r.string(m, path, "question", true);
            if (id == null || question == null) {
                continue;
            }
            String first = state.actionAt.putIfAbsent(id, r.file() + ":" + m.line());
            if (first != null) {
                YNode.Entry e = m.entries().get("id");
                r.problem(e.line(), e.column(), path + ".id", "action '" + id + "' is already defined at " + first);
            } else {
                state.actions.add(new ActionDefinition(id, question));
            }
        }
    }

    private static FactDefinition fact(YamlReader r, YNode node, String path) {
        YNode.YMap m = r.map(node, path);
        if (m == null) {
            return null;
        }
        int before = r.problems().size();
        r.onlyKeys(m, path, FACT_KEYS);
        String name = kebab(r, m, path, "name");
        if (name != null && (TAKEN.contains(DrlNames.field(name)) || TAKEN_TYPES.contains(DrlNames.type(name)))) {
            r.problem(m.get("name"), path + ".name", "'" + name + "' cannot name a fact: a rule would read it as a "
                    + "Java word or a name the case already has (" + DrlNames.field(name) + ", "
                    + DrlNames.type(name) + "); choose another");
        }
        String typeText = r.oneOf(m, path, "type", true, TYPES);
        String label = r.string(m, path, "label", true);
        String question = r.string(m, path, "question", true);
        if (typeText == null) {
            return null;
        }
        FactType type = FactType.valueOf(typeText.toUpperCase(java.util.Locale.ROOT));
        List<String> values = type == FactType.ENUM ? values(r, m, path) : List.of();
        if (type != FactType.ENUM && m.get("values") != null) {
            r.problem(m.get("values"), path + ".values", "only an enum fact lists values (this fact is a " + typeText
                    + ")");
        }
        Double min = null;
        Double max = null;
        if (type == FactType.NUMBER) {
            min = number(r, m, path, "min");
            max = number(r, m, path, "max");
            if (min != null && max != null && min > max) {
                r.problem(m.get("max"), path + ".max", "expected max at least min (" + format(min) + "), found "
                        + format(max));
                min = null; // one problem, not an echo of it on the default
                max = null;
            }
        } else {
            for (String k : List.of("min", "max")) {
                if (m.get(k) != null) {
                    r.problem(m.get(k), path + "." + k, "only a number fact has bounds (this fact is a " + typeText
                            + ")");
                }
            }
        }
        String def = defaultValue(r, m, path, type, values, min, max);
        if (r.problems().size() > before || name == null || def == null || label == null || question == null) {
            return null;
        }
        return new FactDefinition(name, type, values, min, max, def, label, question);
    }

    private static List<String> values(YamlReader r, YNode.YMap m, String path) {
        List<YNode> items = r.list(m, path, "values", true);
        if (m.get("values") instanceof YNode.YList && items.isEmpty()) {
            r.problem(m.get("values"), path + ".values", "expected at least one value");
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = path + ".values[" + i + "]";
            if (!(items.get(i) instanceof YNode.YScalar s) || s.kind() == YNode.YScalar.Kind.NULL) {
                r.problem(items.get(i), at, "expected a value in kebab-case, found " + YamlReader.describe(items.get(i)));
                continue;
            }
            if (!KEBAB.matcher(s.text()).matches()) {
                r.problem(s, at, "expected kebab-case (lower-case letters, digits and single hyphens, starting with "
                        + "a letter), found '" + s.text() + "'");
            } else if (!seen.add(s.text())) {
                r.problem(s, at, "the value '" + s.text() + "' is listed twice");
            } else {
                out.add(s.text());
            }
        }
        return out;
    }

    private static String defaultValue(YamlReader r, YNode.YMap m, String path, FactType type, List<String> values,
                                       Double min, Double max) {
        YNode n = m.get("default");
        String key = path + ".default";
        if (n == null) {
            r.problem(m, key, "is required");
            return null;
        }
        switch (type) {
            case BOOL -> {
                Boolean b = r.bool(n, key);
                return b == null ? null : b.toString();
            }
            case NUMBER -> {
                Double d = number(r, m, path, "default");
                if (d == null) {
                    return null;
                }
                if (min != null && d < min || max != null && d > max) {
                    r.problem(n, key, "expected a number from " + (min == null ? "any" : format(min)) + " to "
                            + (max == null ? "any" : format(max)) + ", found " + format(d));
                    return null;
                }
                return format(d);
            }
            default -> {
                String v = n instanceof YNode.YScalar s ? s.text() : null;
                if (v == null) {
                    r.problem(n, key, "expected one of the values, found " + YamlReader.describe(n));
                    return null;
                }
                if (!values.isEmpty() && !values.contains(v)) {
                    r.problem(n, key, "the default '" + v + "' is not among the values" + DidYouMean.hint(v, values)
                            + "; allowed: " + String.join(", ", values));
                    return null;
                }
                return v;
            }
        }
    }

    private static Double number(YamlReader r, YNode.YMap m, String path, String key) {
        YNode n = m.get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.NUMBER) {
            double d = Double.parseDouble(s.text());
            if (Double.isFinite(d)) {
                return d;
            }
        }
        r.problem(n, path + "." + key, "expected a number, found " + YamlReader.describe(n)
                + (n instanceof YNode.YScalar s && s.text() != null ? " '" + s.text() + "'" : ""));
        return null;
    }

    private static String kebab(YamlReader r, YNode.YMap m, String path, String key) {
        String v = r.string(m, path, key, true);
        if (v != null && !KEBAB.matcher(v).matches()) {
            r.problem(m.get(key), path + "." + key, "expected kebab-case (lower-case letters, digits and single "
                    + "hyphens, starting with a letter), found '" + v + "'");
            return null;
        }
        return v;
    }

    /** A number as a scenario spells it: 72, 0.5. */
    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new InputProblem(p.toString(), 0, 0, null, "cannot read: " + e.getMessage()));
        }
    }
}
