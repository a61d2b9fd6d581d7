package org.icerules.cli;

import org.icerules.analysis.ProvisionCoverage;
import org.icerules.model.Scenario;
import org.icerules.report.CoverageTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code coverage [PATH…]}: how well the scenario library's expectations test each provision. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Lists every provision with how many scenarios' checked verdicts it decided, how many times it "
                + "gave way to an exception, and (for exceptions) how many times what it overrides decided instead. "
                + "Exit 1 if any provision is not exercised both ways, naming it.")
public final class CoverageCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "scenario files or folders (default: scenarios/ beside the rules folder)")
    List<Path> paths;

    @Option(names = "--format", description = "table (default) or json")
    Format format = Format.table;

    @Mixin
    Output output;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> where = rules.pathsOrDefault(paths);
        List<Scenario> scenarios = rules.loader().expectingOnlyRegimesOfThePlace().load(where);
        ProvisionCoverage.Report report = ProvisionCoverage.measure(rules.evaluator(), rules.selected(), scenarios,
                rules::readings);
        String result = format == Format.json ? CoverageTable.json(report) : CoverageTable.text(report);
        output.write(spec, result);
        return report.complete() ? 0 : 1;
    }
}
