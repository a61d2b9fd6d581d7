package org.icerules.law;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.yaml.DidYouMean;
import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which jurisdiction lies inside which, read from {@code rules/jurisdictions.yaml} (data, not
 * code): the law in force in a place is every layer whose jurisdiction is that place or one
 * that contains it. Its optional {@code default} is the place {@code law} and {@code timeline}
 * answer for when none is named.
 */
public final class Jurisdictions {
    public static final String FILE = "jurisdictions.yaml";

    /** One jurisdiction; {@code within} is the one that contains it (null at the top). */
    public record Jurisdiction(String id, String name, String within) {
    }

    private final Map<String, Jurisdiction> byId;
    private final String defaultId;

    public Jurisdictions(List<Jurisdiction> all) {
        this(all, null);
    }

    /** @param defaultId the place to answer for when none is named (null: none) */
    public Jurisdictions(List<Jurisdiction> all, String defaultId) {
        Map<String, Jurisdiction> m = new LinkedHashMap<>();
        all.forEach(j -> m.put(j.id(), j));
        this.byId = m;
        this.defaultId = defaultId;
    }

    /** Reads {@code <rulesDir>/jurisdictions.yaml}; every problem names its line. */
    public static Jurisdictions load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputProblem(file.toString(), 0, 0, null,
                    "no " + FILE + " here: it lists the jurisdictions and which contains which"));
        }
        try {
            return parse(Files.readString(file), "rules/" + FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Jurisdictions parse(String text, String file) {
        YamlReader y = new YamlReader(file);
        List<YNode> docs = LocatedYaml.readAll(text, file);
        YNode.YMap root = docs.size() == 1 ? y.map(docs.get(0), "") : null;
        if (root == null) {
            if (docs.size() != 1) {
                y.problem(1, 1, null, "expected one YAML document with a 'jurisdictions' list");
            }
            throw new InputException(y.problems());
        }
        y.onlyKeys(root, "", List.of("jurisdictions", "default"));
        List<Jurisdiction> all = new ArrayList<>();
        List<YNode> nodes = y.list(root, "", "jurisdictions", true);
        int i = 0;
        for (YNode n : nodes) {
            String path = "jurisdictions[" + i++ + "]";
            YNode.YMap m = y.map(n, path);
            if (m != null) {
                y.onlyKeys(m, path, List.of("id", "name", "within"));
                all.add(new Jurisdiction(y.string(m, path, "id", true), y.string(m, path, "name", true),
                        y.string(m, path, "within", false)));
            }
        }
        List<String> ids = all.stream().map(Jurisdiction::id).toList();
        i = 0;
        for (Jurisdiction j : all) {
            YNode.YMap m = (YNode.YMap) nodes.get(i);
            String path = "jurisdictions[" + i++ + "]";
            if (j.within() != null && !ids.contains(j.within())) {
                y.problem(m.get("within"), path + ".within", "unknown jurisdiction '" + j.within() + "'"
                        + DidYouMean.hint(j.within(), ids) + "; known: " + String.join(", ", ids));
            }
        }
        String defaultId = y.string(root, "", "default", false);
        if (defaultId != null && !ids.contains(defaultId)) {
            y.problem(root.get("default"), "default", "unknown jurisdiction '" + defaultId + "'"
                    + DidYouMean.hint(defaultId, ids) + "; known: " + String.join(", ", ids));
        }
        if (!y.problems().isEmpty()) {
            throw new InputException(y.problems());
        }
        Jurisdictions out = new Jurisdictions(all, defaultId);
        for (Jurisdiction j : all) {
            if (out.chain(j.id()).size() > all.size()) {
                throw new InputException(new InputProblem(file, 0, 0, j.id(), "'within' goes round in a circle"));
            }
        }
        return out;
    }

    /** The jurisdiction's name as jurisdictions.yaml spells it, or the id itself when unknown. */
    public String name(String id) {
        Jurisdiction j = byId.get(id);
        return j == null ? id : j.name();
    }

    /** The place to answer for when none is named, if the file names one. */
    public java.util.Optional<String> defaultJurisdiction() {
        return java.util.Optional.ofNullable(defaultId);
    }

    public boolean knows(String id) {
        return byId.containsKey(id);
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The jurisdiction and every one containing it, innermost first (a city, its state, its country). */
    public List<String> chain(String id) {
        List<String> out = new ArrayList<>();
        String at = id;
        while (at != null && out.size() <= byId.size()) {
            out.add(at);
            Jurisdiction j = byId.get(at);
            at = j == null ? null : j.within();
        }
        return out;
    }

    /** True if a regime of {@code layer}'s jurisdiction applies in {@code place} (same place, or one containing it). */
    public boolean reaches(String layer, String place) {
        return chain(place).contains(layer);
    }

    /** The id, or an input problem naming the known ones. */
    public String check(String id, String where) {
        if (!knows(id)) {
            throw new InputException(new InputProblem(where, 0, 0, "jurisdiction", "unknown jurisdiction '" + id
                    + "'" + DidYouMean.hint(id, byId.keySet()) + "; known: " + String.join(", ", byId.keySet())));
        }
        return id;
    }
}
