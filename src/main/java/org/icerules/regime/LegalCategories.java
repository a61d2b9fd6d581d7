package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.law.RegimeTraits;
import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legal categories, read from {@code rules/categories.yaml}: the levels (from the most
 * local up), the kinds (which bind only by a grant) and the statuses (which never were law).
 * The one place that knows them: the regime reader checks a regime.yaml against them and
 * gives each regime its {@link RegimeTraits}; nothing else names a category.
 */
public final class LegalCategories {
    public static final String FILE = "categories.yaml";
    private static final String BINDS_AS_LAW = "law";
    private static final String BINDS_BY_GRANT = "grant";
    private static final Set<String> BINDS = new LinkedHashSet<>(List.of(BINDS_AS_LAW, BINDS_BY_GRANT));
    /** The key that marks the status a variant ({@code extends:}) has unless it names one. */
    static final String VARIANT_DEFAULT = "variant-default";

    /**
     * One category: its id, what it means, and for a kind or a status what the tool makes of it
     * ({@code variantDefault}: the status a variant has unless its regime.yaml names one).
     */
    public record Category(String id, String meaning, boolean grant, boolean neverInForce, boolean variantDefault) {
    }

    private final Map<String, Category> levels;
    private final Map<String, Category> kinds;
    private final Map<String, Category> statuses;

    private LegalCategories(List<Category> levels, List<Category> kinds, List<Category> statuses) {
        this.levels = byId(levels);
        this.kinds = byId(kinds);
        this.statuses = byId(statuses);
    }

    private static Map<String, Category> byId(List<Category> all) {
        Map<String, Category> m = new LinkedHashMap<>();
        all.forEach(c -> m.put(c.id(), c));
        return m;
    }

    /** Reads {@code <rulesDir>/categories.yaml}; every problem names its line. */
    public static LegalCategories load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputProblem(RegimeCatalog.display(rulesDir, file), 0, 0, null,
                    "no " + FILE + " here: it lists the levels, kinds and statuses a regime.yaml may use"));
        }
        try {
            return parse(Files.readString(file), RegimeCatalog.display(rulesDir, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the text of a categories file; {@code file} names it in problems. */
    public static LegalCategories parse(String text, String file) {
        YamlReader y = new YamlReader(file);
        List<YNode> docs = LocatedYaml.readAll(text, file);
        YNode.YMap root = docs.size() == 1 ? y.map(docs.get(0), "") : null;
        if (root == null) {
            if (docs.size() != 1) {
                y.problem(1, 1, null, "expected one YAML document with 'levels', 'kinds' and 'statuses' lists");
            }
            throw new InputException(y.problems());
        }
        y.onlyKeys(root, "", List.of("levels", "kinds", "statuses"));
        List<Category> levels = list(y, root, "levels", List.of());
        List<Category> kinds = list(y, root, "kinds", List.of("binds"));
        List<Category> statuses = list(y, root, "statuses", List.of("never-in-force", VARIANT_DEFAULT));
        List<Category> defaults = statuses.stream().filter(Category::variantDefault).toList();
        if (defaults.size() > 1) {
            y.problem(root.get("statuses"), "statuses", "only one status may be " + VARIANT_DEFAULT + " (found "
                    + String.join(", ", defaults.stream().map(Category::id).toList()) + ")");
        }
        if (!y.problems().isEmpty()) {
            throw new InputException(y.problems());
        }
        return new LegalCategories(levels, kinds, statuses);
    }

    /** One list of categories: {@code - {id: …, meaning: …}} plus the keys {@code extra} allows. */
    private static List<Category> list(YamlReader y, YNode.YMap root, String key, List<String> extra) {
        List<Category> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> keys = new ArrayList<>(List.of("id", "meaning"));
        keys.addAll(extra);
        int i = 0;
        for (YNode n : y.list(root, "", key, true)) {
            String path = key + "[" + i++ + "]";
            YNode.YMap m = y.map(n, path);
            if (m == null) {
                continue;
            }
            y.onlyKeys(m, path, keys);
            String id = y.string(m, path, "id", true);
            if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                y.problem(m.get("id"), path + ".id", "an id is kebab-case (lower-case words and digits joined by '-')");
            } else if (id != null && !seen.add(id)) {
                y.problem(m.get("id"), path + ".id", "duplicate id '" + id + "' (already in " + key + ")");
            }
            String meaning = y.string(m, path, "meaning", false);
            boolean grant = false;
            if (extra.contains("binds")) {
                String binds = y.oneOf(m, path, "binds", false, BINDS);
                grant = BINDS_BY_GRANT.equals(binds);
            }
            boolean never = false;
            if (extra.contains("never-in-force") && m.get("never-in-force") != null) {
                never = Boolean.TRUE.equals(y.bool(m.get("never-in-force"), path + ".never-in-force"));
            }
            boolean variantDefault = false;
            if (extra.contains(VARIANT_DEFAULT) && m.get(VARIANT_DEFAULT) != null) {
                variantDefault = Boolean.TRUE.equals(y.bool(m.get(VARIANT_DEFAULT), path + "." + VARIANT_DEFAULT));
            }
            out.add(new Category(id, meaning, grant, never, variantDefault));
        }
        if (out.isEmpty() && root.get(key) instanceof YNode.YList) {
            y.problem(root.get(key), key, "is empty: name at least one");
        }
        return out;
    }

    /** The levels, from the most local up. */
    public List<String> levels() {
        return List.copyOf(levels.keySet());
    }

    public List<String> kinds() {
        return List.copyOf(kinds.keySet());
    }

    public List<String> statuses() {
        return List.copyOf(statuses.keySet());
    }

    /** The kinds that bind only by a grant (and so alone may carry an award). */
    public List<String> grantKinds() {
        return kinds.values().stream().filter(Category::grant).map(Category::id).toList();
    }

    /** The statuses that never were law. */
    public List<String> neverInForceStatuses() {
        return statuses.values().stream().filter(Category::neverInForce).map(Category::id).toList();
    }

    /** The status a variant ({@code extends:}) has unless its regime.yaml names one, if the file marks one. */
    public java.util.Optional<String> variantStatus() {
        return statuses.values().stream().filter(Category::variantDefault).map(Category::id).findFirst();
    }

    public boolean bindsByGrant(String kind) {
        Category c = kinds.get(kind);
        return c != null && c.grant();
    }

    /** The categories of a regime, as its traits; each id must be a known one (the reader checked). */
    public RegimeTraits traits(String level, String kind, String status) {
        int rank = levels().indexOf(level);
        Category s = statuses.get(status);
        if (rank < 0 || !kinds.containsKey(kind) || s == null) {
            throw new IllegalArgumentException("not categories of " + FILE + ": " + level + ", " + kind + ", " + status);
        }
        return new RegimeTraits(rank, bindsByGrant(kind), s.neverInForce());
    }
}
