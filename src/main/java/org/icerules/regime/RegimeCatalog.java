package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.law.Regime;
import org.icerules.model.law.SwitchSpec;
import org.icerules.yaml.DidYouMean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * Every regime under a rules folder ({@code rules/<level>/<regime>/regime.yaml + *.drl}),
 * loaded, linted and compiled once: one rule base per regime, so each can be loaded,
 * linted, diffed or replaced alone.
 */
public final class RegimeCatalog {
    /** Folders whose loading {@link #startLoading} began, by absolute path; taken by the next load. */
    private static final Map<Path, FutureTask<RegimeCatalog>> STARTED = new java.util.concurrent.ConcurrentHashMap<>();
    private final Path rulesDir;
    private final LegalCategories categories;
    private final Vocabulary vocabulary;
    private final List<CompiledRegime> regimes;
    private final Map<String, CompiledRegime> byId = new LinkedHashMap<>();

    private RegimeCatalog(Path rulesDir, LegalCategories categories, Vocabulary vocabulary,
                          List<CompiledRegime> regimes) {
        this.rulesDir = rulesDir;
        this.vocabulary = vocabulary;
        this.categories = categories;
        this.regimes = List.copyOf(regimes);
        regimes.forEach(r -> byId.put(r.id(), r));
    }

    /** The rules folder: {@code -Dicerules.rules}, else {@code $ICE_RULES_HOME/rules}, else {@code ./rules}. */
    public static Path defaultRulesDir() {
        String prop = System.getProperty("icerules.rules");
        if (prop != null) {
            return Path.of(prop);
        }
        String home = System.getenv("ICE_RULES_HOME");
        return home != null ? Path.of(home, "rules") : Path.of("rules");
    }

    /**
     * Starts loading a rules folder on a thread of its own; the next {@link #load} of the same
     * folder takes the result (or throws the problems found) instead of loading again. The command
     * line calls this first thing, so the folder is read on the second core while the first
     * builds the command line's model — a tenth of a second of a cold start.
     */
    public static void startLoading(Path rulesDir) {
        FutureTask<RegimeCatalog> loading = new FutureTask<>(() -> loadNow(rulesDir));
        STARTED.put(rulesDir.toAbsolutePath().normalize(), loading);
        Thread t = new Thread(loading, "ice-rules-early-load");
        t.setDaemon(true); // a command that does not need the rules never waits for them
        t.start();
    }

    /**
     * Loads the legal categories ({@code categories.yaml}) and every regime under the folder;
     * throws {@link InputException} listing every problem found.
     */
    public static RegimeCatalog load(Path rulesDir) {
        FutureTask<RegimeCatalog> started = STARTED.remove(rulesDir.toAbsolutePath().normalize());
        if (started == null) {
            return loadNow(rulesDir);
        }
        try {
            return started.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + rulesDir, e);
        } catch (ExecutionException e) {
            throw InParallel.rethrown(e); // the problems found, or a bug: as if loaded here
        }
    }

    private static RegimeCatalog loadNow(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            throw new InputException(new InputProblem(rulesDir.toString(), 0, 0, null,
                    "no rules folder here (expected rules/<level>/<regime>/regime.yaml)"));
        }
        LegalCategories categories = LegalCategories.load(rulesDir);
        Vocabulary vocabulary = VocabularyClasses.load(rulesDir);
        List<Path> yamls;
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            yamls = walk.filter(p -> p.getFileName().toString().equals("regime.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<InputProblem> problems = new ArrayList<>();
        List<CompiledRegime> compiled = new ArrayList<>();
        Map<String, String> seenIds = new LinkedHashMap<>();
        Variants variants = new Variants(rulesDir, categories, vocabulary);
        List<Path> bases = yamls.stream().filter(yaml -> !variants.defer(yaml)).toList(); // a variant waits for its base
        List<Built> built = InParallel.each(bases, yaml -> {
            try {
                return new Built(RegimeCompiler.compile(yaml, display(rulesDir, yaml), categories, vocabulary), null);
            } catch (InputException e) {
                return new Built(null, e);
            }
        });
        for (int i = 0; i < bases.size(); i++) { // in file order, whichever finished first
            Built b = built.get(i);
            if (b.refused() != null) {
                problems.addAll(b.refused().problems());
                continue;
            }
            variants.built(b.build());
            add(b.build().compiled(), display(rulesDir, bases.get(i)), seenIds, compiled, problems);
        }
        variants.compileAll(problems, (b, yaml) -> add(b.compiled(), display(rulesDir, yaml), seenIds, compiled,
                problems));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (compiled.isEmpty()) {
            throw new InputException(new InputProblem(rulesDir.toString(), 0, 0, null,
                    "no regime found (expected rules/<level>/<regime>/regime.yaml)"));
        }
        compiled.sort(Comparator.comparing((CompiledRegime r) -> r.regime().levelRank())
                .thenComparing(r -> firstDate(r.regime()))
                .thenComparing(CompiledRegime::id));
        return new RegimeCatalog(rulesDir, categories, vocabulary, compiled);
    }

    private static void add(CompiledRegime r, String display, Map<String, String> seenIds,
                            List<CompiledRegime> compiled, List<InputProblem> problems) {
        String previous = seenIds.putIfAbsent(r.id(), display);
        if (previous != null) {
            problems.add(new InputProblem(display, 1, 1, "id", "regime id '" + r.id() + "' is already used by " + previous));
        } else {
            compiled.add(r);
        }
    }

    /** One regime's build, or the problems that refused it. */
    private record Built(RegimeCompiler.Built build, InputException refused) {
    }

    private static String firstDate(Regime r) {
        return r.dates().values().stream().min(Comparator.naturalOrder()).map(Object::toString).orElse("9999");
    }

    /** A path as users see it: relative to the folder above {@code rules/}, e.g. {@code rules/city/x/a.drl}. */
    public static String display(Path rulesDir, Path file) {
        Path base = rulesDir.toAbsolutePath().normalize().getParent();
        Path abs = file.toAbsolutePath().normalize();
        return base != null && abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }

    public Path rulesDir() {
        return rulesDir;
    }

    /** The facts and actions of this rules folder (rules/vocabulary.yaml and its additions). */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The legal categories the regimes were read against. */
    public LegalCategories categories() {
        return categories;
    }

    /** Every regime, by level from the most local up (rules/categories.yaml), by date within a level. */
    public List<CompiledRegime> regimes() {
        return regimes;
    }

    public Optional<CompiledRegime> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The regime with that id, or an input problem naming the known ids. */
    public CompiledRegime get(String id) {
        CompiledRegime r = byId.get(id);
        if (r == null) {
            throw new InputException(new InputProblem(null, 0, 0, "regime", "unknown regime '" + id + "'"
                    + DidYouMean.hint(id, byId.keySet()) + "; known: " + String.join(", ", byId.keySet())));
        }
        return r;
    }

    /** The named regimes in the order named, or all of them (catalog order) when the list is empty. */
    public List<CompiledRegime> select(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return regimes;
        }
        // in the order given: a reader who names the regimes chooses the order of the columns
        return ids.stream().distinct().map(this::get).toList();
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Every switch any regime declares, by name. */
    public Map<String, SwitchSpec> switches() {
        Map<String, SwitchSpec> out = new LinkedHashMap<>();
        regimes.forEach(r -> r.regime().switches().forEach(s -> out.putIfAbsent(s.name(), s)));
        return out;
    }
}
