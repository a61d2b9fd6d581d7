package org.icerules.regime;

import org.icerules.model.facts.Vocabulary;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.yaml.DidYouMean;
import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The catalog's variants (a regime.yaml with {@code extends: <regime id>}): each is built after
 * the regime it extends, which may itself be a variant (a chain). An unknown base and a cycle
 * are errors at the {@code extends:} line; a variant whose base did not load is left out
 * silently, since the base's own problems say why.
 */
final class Variants {
    private record Header(Path yaml, String display, String id, String base, YNode at) {
    }

    private final Path rulesDir;
    private final LegalCategories categories;
    private final Vocabulary vocabulary;
    private final Map<String, Header> deferred = new LinkedHashMap<>();
    private final Set<String> knownIds = new TreeSet<>();
    private final Map<String, RegimeCompiler.Built> built = new HashMap<>();
    private final Set<String> failed = new HashSet<>();

    Variants(Path rulesDir, LegalCategories categories, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.rulesDir = rulesDir;
        this.categories = categories;
    }

    /** Notes the regime's id; true for a variant, which is kept to be built once its base is. */
    boolean defer(Path yaml) {
        String display = RegimeCatalog.display(rulesDir, yaml);
        String folderName = yaml.getParent().getFileName().toString();
        YNode.YMap m;
        try {
            String text = Files.readString(yaml, StandardCharsets.UTF_8);
            if (!text.contains(VariantReader.EXTENDS)) { // most regimes: no need to parse twice
                knownIds.add(folderName);
                return false;
            }
            List<YNode> docs = LocatedYaml.readAll(text, display);
            m = docs.size() == 1 && docs.get(0) instanceof YNode.YMap map ? map : null;
        } catch (IOException | InputException e) {
            m = null; // reported when it is compiled
        }
        String id = m != null && m.get("id") instanceof YNode.YScalar s && s.text() != null ? s.text() : folderName;
        knownIds.add(id);
        YNode base = m == null ? null : m.get(VariantReader.EXTENDS);
        if (base == null) {
            return false;
        }
        String baseId = base instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.STRING ? s.text() : null;
        deferred.putIfAbsent(id, new Header(yaml, display, id, baseId, base));
        return true;
    }

    /** A regime that is not a variant, built. */
    void built(RegimeCompiler.Built b) {
        built.put(b.compiled().id(), b);
    }

    /** Builds every variant, its base first; each one built goes to {@code onBuilt}, each problem to {@code problems}. */
    void compileAll(List<InputProblem> problems, BiConsumer<RegimeCompiler.Built, Path> onBuilt) {
        for (Header v : deferred.values()) {
            resolve(v, new ArrayList<>(), problems, onBuilt);
        }
    }

    private RegimeCompiler.Built resolve(Header v, List<Header> chain, List<InputProblem> problems,
                                         BiConsumer<RegimeCompiler.Built, Path> onBuilt) {
        if (built.containsKey(v.id()) || failed.contains(v.id())) {
            return built.get(v.id());
        }
        YamlReader y = new YamlReader(v.display());
        if (v.base() == null) {
            y.problem(v.at(), VariantReader.EXTENDS, "expected the id of the regime this one extends, found "
                    + YamlReader.describe(v.at()));
            return fail(v, y, problems);
        }
        int start = chain.indexOf(v);
        if (start >= 0) {
            List<String> cycle = new ArrayList<>(chain.subList(start, chain.size()).stream().map(Header::id).toList());
            cycle.add(v.id());
            for (Header h : chain.subList(start, chain.size())) {
                YamlReader hy = new YamlReader(h.display());
                hy.problem(h.at(), VariantReader.EXTENDS, "extends '" + h.base() + "', which leads back to '"
                        + h.id() + "': a cycle (" + String.join(" → ", cycle) + "); a chain of variants must end "
                        + "at a regime without extends");
                fail(h, hy, problems);
            }
            return null;
        }
        if (!knownIds.contains(v.base())) {
            y.problem(v.at(), VariantReader.EXTENDS, "unknown regime '" + v.base() + "'"
                    + DidYouMean.hint(v.base(), knownIds) + "; known: " + String.join(", ", knownIds));
            return fail(v, y, problems);
        }
        Header baseVariant = deferred.get(v.base());
        RegimeCompiler.Built base;
        if (baseVariant != null) {
            chain.add(v);
            base = resolve(baseVariant, chain, problems, onBuilt);
            chain.remove(chain.size() - 1);
        } else {
            base = built.get(v.base());
        }
        if (base == null || failed.contains(v.id())) {
            failed.add(v.id()); // the base's problems are reported already
            return null;
        }
        try {
            RegimeCompiler.Built b = RegimeCompiler.compileVariant(v.yaml(), v.display(), categories, base, vocabulary);
            built.put(v.id(), b);
            onBuilt.accept(b, v.yaml());
            return b;
        } catch (InputException e) {
            problems.addAll(e.problems());
            failed.add(v.id());
            return null;
        }
    }

    private RegimeCompiler.Built fail(Header v, YamlReader y, List<InputProblem> problems) {
        problems.addAll(y.problems());
        failed.add(v.id());
        return null;
    }
}
