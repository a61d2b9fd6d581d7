package org.icerules.cli;

import org.icerules.regime.RegimeCatalog;
import org.icerules.regime.VariantScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code new-regime --from BASE ID}: the folder of a variant of BASE, ready for the rules it changes. */
@Command(name = "new-regime", mixinStandardHelpOptions = true,
        description = "Starts a variant of a regime (one reading of it, an amendment): makes "
                + "rules/<the base's level>/ID/ with a regime.yaml that extends BASE and a starter .drl with "
                + "commented examples of replacing and of adding a rule. The variant inherits every rule of BASE "
                + "and changes nothing until you write a rule; see rules/README.md, \"A reading as a variant\". "
                + "Refuses an existing folder or regime id, and an unknown BASE.")
public final class NewRegimeCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "BASE", description = "the regime the new one extends")
    String base;

    @Parameters(index = "0", paramLabel = "ID", description = "the new regime's id (kebab-case; also its folder's name)")
    String id;

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder (default: the project's rules/)")
    Path rulesDir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RegimeCatalog catalog = RegimeCatalog.load(rulesDir != null ? rulesDir : RegimeCatalog.defaultRulesDir());
        VariantScaffold.Made made = VariantScaffold.make(catalog, base, id);
        PrintWriter out = spec.commandLine().getOut();
        String folder = VariantScaffold.shown(catalog, made.folder());
        made.files().keySet().forEach(f -> out.println("made " + folder + "/" + f));
        String drl = folder + "/" + id + ".drl";
        out.println(id + " extends " + base + " and changes nothing yet. Next:");
        out.println("  1. write the rules the reading changes in " + drl + " (a rule named like one of " + base
                + "'s replaces it, a new name adds one; `removes:` in regime.yaml drops one)");
        out.println("  2. ./ice-rules diff " + base + " " + id + "      what the reading changes");
        out.println("  3. a scenario with `expect` for both regimes, then ./ice-rules test");
        return 0;
    }
}
