package org.icerules.cli;

import org.icerules.analysis.CheckResult;
import org.icerules.analysis.Checker;
import org.icerules.report.AnalysisJson;
import org.icerules.report.AnalysisText;
import org.icerules.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code check}: no conflict anywhere in the fact space; warns of rules that never apply or never
 * decide, and of facts no rule reads.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs every regime over the whole fact space and every switch combination. Reports every "
                + "conflict (two provisions disagree, neither gives way) with the provisions named, and warns of "
                + "rules that never apply or always give way, and of facts no rule of any loaded regime reads. "
                + "Exit 1 if a conflict exists.")
public final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--format", description = "text (default) or json")
    Format format = Format.text;

    @Mixin
    Output output;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CheckResult r = new Checker(rules.evaluator()).check(rules.selected(), rules.catalog().regimes());
        output.write(spec, format == Format.json ? Json.pretty(AnalysisJson.check(r)) : AnalysisText.check(r));
        return r.passed() ? 0 : 1;
    }
}
