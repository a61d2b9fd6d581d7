package org.icerules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.analysis.Comparison;
import org.icerules.model.Scenario;
import org.icerules.report.AnalysisJson;
import org.icerules.report.CompareTable;
import org.icerules.report.HtmlReport;
import org.icerules.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code compare FILE…}: the regime × action matrix, rows where the regimes disagree marked. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "The regime x action matrix for each scenario, rows where the regimes disagree marked "
                + "(coloured on a terminal unless NO_COLOR is set).")
public final class CompareCommand implements Callable<Integer> {
    enum Format { text, md, csv, json, html }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or folders")
    List<Path> files;

    @Option(names = "--format", description = "text (default), md, csv, json or html")
    Format format = Format.text;

    @Option(names = "--in-force", description = "show only the regimes in force on each scenario's date")
    boolean inForce;

    @Mixin
    Output output;

    @Mixin
    TableWidth width;

    @Option(names = "--generated", paramLabel = "YYYY-MM-DD",
            description = "a generation date for the HTML receipt (none by default: the output stays byte-identical)")
    LocalDate generated;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Scenario> scenarios = RulesOptions.allKnown(rules.loader().load(files), "compare");
        List<Comparison> comparisons = new ArrayList<>();
        for (Scenario s : scenarios) {
            comparisons.add(Comparison.of(rules.evaluator(), s, inForce ? rules.inForceOn(s) : rules.selected(s), rules.readings(s)));
        }
        StringBuilder out = new StringBuilder();
        switch (format) {
            case json -> {
                ObjectNode root = Json.object();
                ArrayNode a = Json.array();
                comparisons.forEach(c -> a.add(AnalysisJson.comparison(c)));
                root.set("scenarios", a);
                out.append(Json.pretty(root));
            }
            case html -> out.append(HtmlReport.compare(comparisons,
                    Receipts.of(spec, rules, scenarios, inForce(comparisons), generated), rules.plainWords()));
            case csv -> out.append(CompareTable.csv(comparisons));
            default -> {
                for (Comparison c : comparisons) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(format == Format.md ? CompareTable.markdown(c) : CompareTable.text(c, output.colour(), width.layout(output)));
                }
            }
        }
        output.write(spec, out.toString());
        return 0;
    }

    private static Map<String, String> inForce(List<Comparison> cs) {
        Map<String, String> out = new TreeMap<>();
        cs.forEach(c -> out.putAll(c.readings()));
        return out;
    }
}
