package org.icerules.regime;

import org.icerules.model.law.GlossaryTerm;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The glossary, read from {@code rules/glossary.yaml} like the rest of the law-as-data: every
 * problem is reported with its file, line and key. Reports and the legal reference take their
 * definitions from here, so a term is explained once.
 */
public final class Glossary {
    public static final String FILE = "glossary.yaml";
    private final List<GlossaryTerm> terms;

    public Glossary(List<GlossaryTerm> terms) {
        this.terms = List.copyOf(terms);
    }

    /** Reads {@code <rulesDir>/glossary.yaml}. */
    public static Glossary load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputProblem(file.toString(), 0, 0, null,
                    "no " + FILE + " here: it defines the terms the reports use"));
        }
        try {
            return parse(Files.readString(file), RegimeCatalog.display(rulesDir, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The glossary of a rules folder, or an empty one when the folder has none (a test fixture, say). */
    public static Glossary loadIfPresent(Path rulesDir) {
        return Files.isRegularFile(rulesDir.resolve(FILE)) ? load(rulesDir) : new Glossary(List.of());
    }

    /** Parses the text of a glossary file; {@code file} names it in problems. */
    public static Glossary parse(String text, String file) {
        YamlReader y = new YamlReader(file);
        List<YNode> docs = LocatedYaml.readAll(text, file);
        YNode.YMap root = docs.size() == 1 ? y.map(docs.get(0), "") : null;
        if (root == null) {
            if (docs.size() != 1) {
                y.problem(1, 1, null, "expected one YAML document with a 'terms' list");
            }
            throw new InputException(y.problems());
        }
        y.onlyKeys(root, "", List.of("terms"));
        List<GlossaryTerm> terms = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int i = 0;
        for (YNode n : y.list(root, "", "terms", true)) {
            String path = "terms[" + i++ + "]";
            YNode.YMap m = y.map(n, path);
            if (m == null) {
                continue;
            }
            y.onlyKeys(m, path, List.of("term", "definition", "link"));
            String term = y.string(m, path, "term", true);
            String definition = y.string(m, path, "definition", true);
            String link = y.string(m, path, "link", false);
            if (link != null && !link.startsWith("https://")) {
                y.problem(m.get("link"), path + ".link", "expected an absolute https link, found '" + link + "'");
            }
            if (term != null) {
                String previous = seen.putIfAbsent(term.toLowerCase(Locale.ROOT), path);
                if (previous != null) {
                    y.problem(m.get("term"), path + ".term", "'" + term + "' is already defined at " + previous);
                }
                terms.add(new GlossaryTerm(term, definition == null ? "" : definition.strip(), link));
            }
        }
        if (!y.problems().isEmpty()) {
            throw new InputException(y.problems());
        }
        return new Glossary(terms);
    }

    /** Every term, in the file's order. */
    public List<GlossaryTerm> terms() {
        return terms;
    }

    /** The entry for a term, compared without regard to case. */
    public Optional<GlossaryTerm> find(String term) {
        return terms.stream().filter(t -> t.term().equalsIgnoreCase(term)).findFirst();
    }
}
