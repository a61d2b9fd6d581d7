package org.icerules.cli;

import org.icerules.regime.Glossary;
import org.icerules.regime.RegimeCatalog;
import org.icerules.report.GlossaryText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code glossary}: the words the answers use (forbidden, silent, preempted, basis…), in plain words. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "The terms the answers and reports use (forbidden, silent, preempted, reported, …) "
                + "with their definitions in plain words, from rules/glossary.yaml.")
public final class GlossaryCommand implements Callable<Integer> {
    enum Format { text, md, json }

    @Option(names = "--format", description = "text (default), md or json")
    Format format = Format.text;

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder (default: the project's rules/)")
    Path rulesDir;

    @Mixin
    Output output;

    @Mixin
    TableWidth width;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Glossary g = Glossary.load(rulesDir != null ? rulesDir : RegimeCatalog.defaultRulesDir());
        String result = switch (format) {
            case text -> GlossaryText.text(g, width.layout(output));
            case md -> GlossaryText.markdown(g);
            case json -> GlossaryText.json(g);
        };
        output.write(spec, result);
        return 0;
    }
}
