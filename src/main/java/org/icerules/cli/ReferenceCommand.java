package org.icerules.cli;

import org.icerules.law.Jurisdictions;
import org.icerules.regime.Glossary;
import org.icerules.regime.RegimeCatalog;
import org.icerules.report.AtomicFile;
import org.icerules.report.ReferenceDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code reference}: writes the legal reference (docs/law/) and the glossary, generated from the rules. */
@Command(name = "reference", mixinStandardHelpOptions = true,
        description = "Writes the legal reference generated from the rules: an index (README.md), one page per "
                + "regime and the facts and actions (vocabulary.md) into DIR (default: docs/law beside the rules "
                + "folder), and the glossary (glossary.md) beside DIR. Pages of an earlier run for regimes that no "
                + "longer exist are removed. Same rules, same bytes.")
public final class ReferenceCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "the folder for the law pages (default: docs/law)")
    Path dir;

    @Option(names = "--glossary", paramLabel = "FILE", description = "where the glossary goes (default: glossary.md beside DIR)")
    Path glossaryFile;

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder (default: the project's rules/)")
    Path rulesDir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path rules = rulesDir != null ? rulesDir : RegimeCatalog.defaultRulesDir();
        RegimeCatalog catalog = RegimeCatalog.load(rules);
        Jurisdictions jurisdictions = Files.isRegularFile(rules.resolve(Jurisdictions.FILE))
                ? Jurisdictions.load(rules) : new Jurisdictions(List.of());
        Map<String, String> pages = ReferenceDocs.render(catalog, jurisdictions, Glossary.loadIfPresent(rules));
        Path lawDir = dir != null ? dir : rules.toAbsolutePath().normalize().getParent().resolve("docs").resolve("law");
        Path glossary = glossaryFile != null ? glossaryFile : lawDir.toAbsolutePath().normalize().getParent()
                .resolve(ReferenceDocs.GLOSSARY);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String name = page.getKey();
            Path target = name.equals(ReferenceDocs.GLOSSARY) ? glossary
                    : lawDir.resolve(name.substring(ReferenceDocs.LAW.length()));
            AtomicFile.write(target, page.getValue());
        }
        int removed = removeStale(lawDir, pages);
        spec.commandLine().getOut().printf("wrote %d pages to %s and the glossary to %s%s%n", pages.size() - 1,
                shown(lawDir), shown(glossary), removed == 0 ? "" : "; removed " + removed + " stale page"
                        + (removed == 1 ? "" : "s"));
        return 0;
    }

    /** A path as the user would type it: relative to the working folder when inside it. */
    private static Path shown(Path p) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs) : abs;
    }

    /** Deletes pages an earlier run wrote for regimes that are gone; leaves every other file alone. */
    private static int removeStale(Path lawDir, Map<String, String> pages) throws IOException {
        int removed = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(lawDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path f : files) {
            boolean current = pages.containsKey(ReferenceDocs.LAW + f.getFileName());
            if (!current && ReferenceDocs.isGenerated(Files.readString(f))) {
                Files.delete(f);
                removed++;
            }
        }
        return removed;
    }
}
