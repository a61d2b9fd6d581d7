package org.icerules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.engine.Evaluator;
import org.icerules.report.ContingentText;
import org.icerules.report.ContingentJson;
import org.icerules.analysis.ContingentVerdict;
import org.icerules.analysis.Contingent;
import org.icerules.regime.CompiledRegime;
import org.icerules.model.law.Regime;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Verdict;
import org.icerules.report.Json;
import org.icerules.report.JsonShapes;
import org.icerules.report.MatrixTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code run FILE…}: every regime of each scenario's place × every action. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Every regime of each scenario's place (its jurisdiction and the places containing it) x every "
                + "action, as a table (or JSON).")
public final class RunCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or folders")
    List<Path> files;

    @Option(names = "--format", description = "table (default) or json")
    Format format = Format.table;

    @Option(names = "--in-force", description = "show only the regimes in force on each scenario's date")
    boolean inForce;

    @Mixin
    Output output;

    @Mixin
    TableWidth width;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Scenario> scenarios = rules.loader().load(files);
        Evaluator evaluator = rules.evaluator();
        StringBuilder text = new StringBuilder();
        ArrayNode jsonScenarios = Json.array();
        Contingent contingent = new Contingent(evaluator);
        for (Scenario given : scenarios) {
            Scenario s = rules.withUnknowns(given);
            List<CompiledRegime> regimes = inForce ? rules.inForceOn(s) : rules.selected(s);
            List<Regime> columns = regimes.stream().map(CompiledRegime::regime).toList();
            List<Verdict> verdicts = evaluator.evaluateAll(regimes, s.facts(), rules.readings(s));
            List<ContingentVerdict> contingents = s.hasUnknowns()
                    ? contingent.verdicts(regimes, s.facts(), rules.readings(s), s.unknown()) : List.of();
            if (format == Format.json) {
                ObjectNode n = Json.object();
                n.put("id", s.id());
                n.put("title", s.title());
                n.put("jurisdiction", s.jurisdiction());
                n.put("date", s.date().toString());
                n.set("interpretations", Json.stringMap(rules.readingsInForce(s)));
                n.set("standing", JsonShapes.standing(columns, s.date()));
                if (s.hasUnknowns()) {
                    n.set("unknown", Json.strings(s.unknown()));
                    ArrayNode vs = Json.array();
                    for (Verdict v : verdicts) {
                        ContingentVerdict cv = contingents.stream().filter(c -> c.regime().equals(v.regime())
                                && c.action().equals(v.action())).findFirst().orElseThrow();
                        vs.add(ContingentJson.verdict(cv, v, s.unknown()));
                    }
                    n.set("verdicts", vs);
                } else {
                    n.set("verdicts", JsonShapes.verdicts(verdicts));
                }
                jsonScenarios.add(n);
            } else {
                if (text.length() > 0) {
                    text.append('\n');
                }
                if (s.hasUnknowns()) {
                    ContingentText.Cells cells = ContingentText.cells(columns, contingents, s.unknown());
                    text.append(MatrixTable.render(s, columns, verdicts, rules.readingsInForce(s), cells.text(),
                            cells.below(), width.layout(output)));
                } else {
                    text.append(MatrixTable.render(s, columns, verdicts, rules.readingsInForce(s), width.layout(output)));
                }
            }
        }
        String result;
        if (format == Format.json) {
            ObjectNode root = Json.object();
            root.set("scenarios", jsonScenarios);
            result = Json.pretty(root);
        } else {
            result = text.toString();
        }
        output.write(spec, result);
        return 0;
    }
}
