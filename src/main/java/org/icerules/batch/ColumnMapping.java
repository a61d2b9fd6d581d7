package org.icerules.batch;

import org.icerules.model.InputException;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;
import org.icerules.yaml.DidYouMean;
import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a real export's columns map onto the fact vocabulary, read from a YAML file
 * ({@code --map}): column renames, per-column value codes, constants for facts the export
 * lacks, columns to ignore, and the export's date format. Without a file, the identity:
 * columns are named like the facts. See docs/batch.md.
 *
 * @param columns    export column → target (a fact name, {@code id} or {@code date})
 * @param values     export column → (export code → value in the fact's wire spelling)
 * @param constants  target → value for every row (a fact, or {@code date})
 * @param ignore     export columns to skip
 * @param dateFormat a {@link DateTimeFormatter} pattern for the date column, or null for YYYY-MM-DD
 */
public record ColumnMapping(Map<String, String> columns, Map<String, Map<String, String>> values,
                            Map<String, String> constants, Set<String> ignore, String dateFormat) {
    public static final String ID = "id";
    public static final String DATE = "date";
    private static final List<String> KEYS = List.of("columns", "values", "constants", "ignore", "date-format");

    /** Columns named like the facts; nothing mapped. */
    public static ColumnMapping identity() {
        return new ColumnMapping(Map.of(), Map.of(), Map.of(), Set.of(), null);
    }

    /** The target a column feeds (its rename, else its own name), or null when ignored. */
    public String target(String column) {
        if (ignore.contains(column)) {
            return null;
        }
        return columns.getOrDefault(column, column);
    }

    /** The cell's text after the column's value codes (unchanged when the column has none or the code is not listed). */
    public String value(String column, String text) {
        Map<String, String> codes = values.get(column);
        if (codes == null) {
            return text;
        }
        String mapped = codes.get(text);
        return mapped != null ? mapped : text;
    }

    /** Every name a column may be mapped to: the facts, {@code id} and {@code date}. */
    public static List<String> targets(Vocabulary vocabulary) {
        List<String> out = new ArrayList<>(List.of(ID, DATE));
        vocabulary.facts().forEach(f -> out.add(f.name()));
        return out;
    }

    /** Reads a mapping file; every problem located (file:line:col, key), all at once. */
    public static ColumnMapping load(Path file, Vocabulary vocabulary) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(new org.icerules.model.InputProblem(file.toString(), 0, 0, null,
                    "cannot read the mapping: " + e.getMessage()));
        }
        YamlReader y = new YamlReader(file.toString());
        List<YNode> docs = LocatedYaml.readAll(text, file.toString());
        if (docs.size() != 1) {
            y.problem(1, 1, null, "expected one YAML document (a mapping with " + String.join(", ", KEYS) + ")");
            throw new InputException(y.problems());
        }
        YNode.YMap root = y.map(docs.get(0), "");
        if (root == null) {
            throw new InputException(y.problems());
        }
        y.onlyKeys(root, "", KEYS);
        List<String> targets = targets(vocabulary);
        Map<String, String> columns = strings(y, root, "columns");
        columns.forEach((col, target) -> {
            if (!targets.contains(target)) {
                y.problem(at(root, "columns", col), "columns." + col, "unknown target '" + target + "'"
                        + DidYouMean.hint(target, targets) + "; a column maps to id, date or a fact: "
                        + String.join(", ", targets));
            }
        });
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        YNode vs = root.get("values");
        if (vs != null) {
            YNode.YMap vm = y.map(vs, "values");
            if (vm != null) {
                for (YNode.Entry e : vm.entries().values()) {
                    Map<String, String> codes = strings(y, vm, e.key(), "values.");
                    checkCodes(y, vocabulary, vm, e.key(), codes, columns.getOrDefault(e.key(), e.key()));
                    values.put(e.key(), codes);
                }
            }
        }
        Map<String, String> constants = strings(y, root, "constants");
        constants.forEach((target, value) -> {
            YNode at = at(root, "constants", target);
            if (!targets.contains(target) || target.equals(ID)) {
                y.problem(at, "constants." + target, "unknown fact '" + target + "'"
                        + DidYouMean.hint(target, targets) + "; a constant sets date or a fact");
            } else {
                checkValue(y, vocabulary, at, "constants." + target, target, value);
            }
        });
        Set<String> ignore = new LinkedHashSet<>();
        for (YNode n : y.list(root, "", "ignore", false)) {
            if (n instanceof YNode.YScalar s && s.kind() != YNode.YScalar.Kind.NULL) {
                ignore.add(s.text());
            } else {
                y.problem(n, "ignore", "expected a column name, found " + YamlReader.describe(n));
            }
        }
        String dateFormat = y.string(root, "", "date-format", false);
        if (dateFormat != null) {
            try {
                DateTimeFormatter.ofPattern(dateFormat);
            } catch (IllegalArgumentException e) {
                y.problem(root.get("date-format"), "date-format", "not a date pattern (" + e.getMessage()
                        + "); write e.g. MM/dd/yyyy (java.time.format.DateTimeFormatter letters)");
            }
        }
        if (!y.problems().isEmpty()) {
            throw new InputException(y.problems());
        }
        return new ColumnMapping(columns, values, constants, ignore, dateFormat);
    }

    /** The formatter for the date column: strict, so 02/30/2018 is refused. */
    public DateTimeFormatter dateFormatter() {
        return dateFormat == null ? null
                : DateTimeFormatter.ofPattern(dateFormat.replace("yyyy", "uuuu")).withResolverStyle(ResolverStyle.STRICT);
    }

    private static void checkCodes(YamlReader y, Vocabulary vocabulary, YNode.YMap vm, String column, Map<String, String> codes, String target) {
        YNode.YMap inner = vm.get(column) instanceof YNode.YMap m ? m : null;
        if (!targets(vocabulary).contains(target)) {
            y.problem(at(vm, column), "values." + column, "column '" + column + "' feeds no fact; name its fact "
                    + "under columns (e.g. " + column + ": detainer)");
            return;
        }
        codes.forEach((code, value) -> checkValue(y, vocabulary, inner == null ? vm : at(inner, code), "values." + column + "."
                + code, target, value));
    }

    /** A value a code or constant gives must be one the target fact allows. */
    private static void checkValue(YamlReader y, Vocabulary vocabulary, YNode at, String key, String target, String value) {
        if (target.equals(DATE)) {
            return; // checked per row, in the export's own format for mapped columns
        }
        FactSpec f = vocabulary.byName(target);
        if (f == null) {
            return; // an id column, or an unknown target already reported
        }
        String problem = CellParser.problem(f, value);
        if (problem != null) {
            y.problem(at, key, problem);
        }
    }

    private static YNode at(YNode.YMap root, String section, String key) {
        YNode s = root.get(section);
        return s instanceof YNode.YMap m ? at(m, key) : s;
    }

    private static YNode at(YNode.YMap m, String key) {
        YNode.Entry e = m.entries().get(key);
        return e == null ? m : new YNode.YScalar(YNode.YScalar.Kind.STRING, key, e.line(), e.column());
    }

    private static Map<String, String> strings(YamlReader y, YNode.YMap parent, String key) {
        return strings(y, parent, key, "");
    }

    /** A mapping of scalars (text; null and empty both read as ""); problems for anything else. */
    private static Map<String, String> strings(YamlReader y, YNode.YMap parent, String key, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        YNode n = parent.get(key);
        if (n == null) {
            return out;
        }
        YNode.YMap m = y.map(n, prefix + key);
        if (m == null) {
            return out;
        }
        for (YNode.Entry e : m.entries().values()) {
            if (e.value() instanceof YNode.YScalar s) {
                out.put(e.key(), s.kind() == YNode.YScalar.Kind.NULL ? "" : s.text());
            } else {
                y.problem(e.value(), prefix + key + "." + e.key(), "expected a single value, found "
                        + YamlReader.describe(e.value()));
            }
        }
        return out;
    }
}
