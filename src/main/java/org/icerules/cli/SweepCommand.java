package org.icerules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.analysis.SweepResult;
import org.icerules.analysis.Sweeper;
import org.icerules.model.Scenario;
import org.icerules.report.AnalysisJson;
import org.icerules.report.AnalysisText;
import org.icerules.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sweep FILE}: the scenario under every reading, and which verdicts depend on which switch. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs each scenario under every combination of the switches its regimes declare and shows "
                + "which verdicts depend on the reading, and on which switch.")
public final class SweepCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or folders")
    List<Path> files;

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
        Sweeper sweeper = new Sweeper(rules.evaluator());
        StringBuilder text = new StringBuilder();
        ArrayNode arr = Json.array();
        for (Scenario s : RulesOptions.allKnown(rules.loader().load(files), "sweep")) {
            SweepResult r = sweeper.sweep(s.facts(), rules.selected(s));
            if (format == Format.json) {
                arr.add(AnalysisJson.sweep(s.id(), r));
            } else {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(AnalysisText.sweep(s.id(), r));
            }
        }
        String result = text.toString();
        if (format == Format.json) {
            ObjectNode root = Json.object();
            root.set("scenarios", arr);
            result = Json.pretty(root);
        }
        output.write(spec, result);
        return 0;
    }
}
