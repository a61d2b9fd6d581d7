package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.yaml.DidYouMean;
import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Short plain-words phrases for facts' values, read from {@code rules/phrases.yaml} (data, not
 * Java: the vocabulary's words live beside the law). A fact or value the vocabulary does not know
 * is a located error. For a number fact the key {@code any} holds a phrase with {@code {value}}.
 */
public final class FactPhrases {
    public static final String FILE = "phrases.yaml";
    /** The key of a number fact's phrase. */
    static final String ANY = "any";
    private final Map<String, Map<String, String>> byFact;

    public FactPhrases(Map<String, Map<String, String>> byFact) {
        this.byFact = Map.copyOf(byFact);
    }

    /** The phrases of a rules folder, or none when it has no phrases file (a test fixture, say). */
    public static FactPhrases loadIfPresent(Path rulesDir, Vocabulary vocabulary) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new FactPhrases(Map.of());
        }
        try {
            return parse(Files.readString(file), RegimeCatalog.display(rulesDir, file), vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the text of a phrases file; {@code file} names it in problems. */
    public static FactPhrases parse(String text, String file, Vocabulary vocabulary) {
        YamlReader y = new YamlReader(file);
        List<YNode> docs = LocatedYaml.readAll(text, file);
        YNode.YMap root = docs.size() == 1 ? y.map(docs.get(0), "") : null;
        if (root == null) {
            if (docs.size() != 1) {
                y.problem(1, 1, null, "expected one YAML document with a 'facts' mapping");
            }
            throw new InputException(y.problems());
        }
        y.onlyKeys(root, "", List.of("facts"));
        Map<String, Map<String, String>> out = new HashMap<>();
        YNode.YMap facts = root.get("facts") == null ? null : y.map(root.get("facts"), "facts");
        if (facts != null) {
            for (YNode.Entry e : facts.entries().values()) {
                FactSpec spec = vocabulary.byName(e.key());
                if (spec == null) {
                    y.problem(e.line(), e.column(), "facts." + e.key(), "unknown fact '" + e.key() + "'"
                            + DidYouMean.hint(e.key(), vocabulary.facts().stream().map(FactSpec::name).toList()));
                    continue;
                }
                String path = "facts." + e.key();
                YNode.YMap values = y.map(e.value(), path);
                if (values == null) {
                    continue;
                }
                List<String> allowed = spec.type() == FactType.NUMBER ? List.of(ANY)
                        : spec.type() == FactType.BOOL ? List.of("true", "false") : spec.values();
                y.onlyKeys(values, path, allowed);
                Map<String, String> phrases = new HashMap<>();
                for (String value : values.entries().keySet()) {
                    String phrase = y.string(values, path, value, true);
                    if (phrase != null) {
                        phrases.put(value, phrase.strip());
                    }
                }
                out.put(spec.name(), phrases);
            }
        }
        if (!y.problems().isEmpty()) {
            throw new InputException(y.problems());
        }
        return new FactPhrases(out);
    }

    /** The phrase for a fact's value (wire spelling), if the file gives one. */
    public Optional<String> phrase(String fact, String value) {
        Map<String, String> phrases = byFact.get(fact);
        if (phrases == null) {
            return Optional.empty();
        }
        String p = phrases.get(value);
        if (p == null && phrases.containsKey(ANY)) {
            p = phrases.get(ANY).replace("{value}", value);
        }
        return Optional.ofNullable(p);
    }
}
