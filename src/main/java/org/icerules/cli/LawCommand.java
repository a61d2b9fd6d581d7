package org.icerules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.law.ContingentLaw;
import org.icerules.report.ContingentLawText;
import org.icerules.law.LawAnswer;
import org.icerules.law.LawInForce;
import org.icerules.model.Scenario;
import org.icerules.model.facts.Action;
import org.icerules.report.Json;
import org.icerules.report.LawJson;
import org.icerules.report.LawReport;
import org.icerules.report.LawTable;
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

/** {@code law --date D FILE…}: the layers in force on a date, combined into one answer per action. */
@Command(name = "law", mixinStandardHelpOptions = true,
        description = "The law in force on a date: every layer in force (city, state, federal; grant conditions "
                + "apart), combined into one answer per action with the layer and provision that decide, "
                + "preemption, conflicts between layers and grants at risk.")
public final class LawCommand implements Callable<Integer> {
    enum Format { table, json, html, md, csv }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or folders (their facts)")
    List<Path> files;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date (default: each scenario's own date)")
    LocalDate date;

    @Option(names = "--format", description = "table (default), json, html, md or csv")
    Format format = Format.table;

    @Option(names = "--action", paramLabel = "ACTION", description = "only this action (repeatable)")
    List<String> actions = new ArrayList<>();

    @Option(names = "--generated", paramLabel = "YYYY-MM-DD", description = "a generation date for the HTML receipt")
    LocalDate generated;

    @Mixin
    Output output;

    @Mixin
    TableWidth width;

    @Mixin
    LawOptions where;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Action> only = actions.stream()
                .map(id -> ExplainCommand.parseAction(id, rules.catalog().vocabulary())).toList();
        LawInForce law = where.law(rules);
        List<Scenario> scenarios = rules.loader().load(files).stream().map(rules::withUnknowns).toList();
        if (scenarios.stream().anyMatch(Scenario::hasUnknowns)) {
            if (format != Format.table && format != Format.json) {
                RulesOptions.allKnown(scenarios, "law --format " + format);
            }
            return contingent(law, scenarios);
        }
        List<LawReport.Entry> entries = new ArrayList<>();
        Map<String, String> switches = new TreeMap<>();
        for (Scenario s : scenarios) {
            LocalDate day = date != null ? date : s.date();
            LawAnswer answer = only(law.answer(s.facts(), day, where.placeOf(s), rules.readings(s), where.include), only);
            entries.add(new LawReport.Entry(s, answer));
            switches.putAll(answer.readings());
        }
        String result = switch (format) {
            case json -> json(entries);
            case html -> LawReport.html(entries, Receipts.of(spec, rules, scenarios, switches, generated),
                    rules.plainWords().glossary());
            case md -> LawReport.markdown(entries);
            case csv -> LawReport.csv(entries);
            case table -> {
                StringBuilder text = new StringBuilder();
                for (LawReport.Entry e : entries) {
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    text.append(LawTable.render(e.scenario(), e.answer(), width.layout(output)));
                }
                yield text.toString();
            }
        };
        output.write(spec, result);
        return 0;
    }

    /**
     * With facts unknown (table or JSON): for each scenario the layers combined once per combination
     * of the unknowns' values, then summarised; a scenario with none is answered as usual.
     */
    private int contingent(LawInForce law, List<Scenario> scenarios) {
        StringBuilder text = new StringBuilder();
        ArrayNode all = Json.array();
        for (Scenario s : scenarios) {
            LocalDate day = date != null ? date : s.date();
            LawAnswer shape = law.answer(s.facts(), day, where.placeOf(s), rules.readings(s), where.include);
            if (format == Format.json) {
                ObjectNode n = Json.object();
                n.put("id", s.id());
                n.put("title", s.title());
                n.put("scenario-date", s.date().toString());
                n.setAll(LawJson.answer(shape));
                if (s.hasUnknowns()) {
                    n.remove("actions"); // those would be at the unknowns' placeholder values: the contingent answers replace them
                    n.set("unknown", Json.strings(s.unknown()));
                    n.set("contingent", ContingentLawText.json(ContingentLaw.answer(law, s.facts(), day,
                            where.placeOf(s), rules.readings(s), where.include, s.unknown()), s));
                }
                all.add(n);
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(s.hasUnknowns()
                    ? width.layout(output).fit(ContingentLawText.law(s, day, where.placeOf(s), shape.layers(),
                            ContingentLaw.answer(law, s.facts(), day, where.placeOf(s), rules.readings(s), where.include,
                                    s.unknown())))
                    : LawTable.render(s, shape, width.layout(output)));
        }
        if (format == Format.json) {
            ObjectNode root = Json.object();
            root.set("scenarios", all);
            output.write(spec, Json.pretty(root));
        } else {
            output.write(spec, text.toString());
        }
        return 0;
    }

    /** The answer with only the actions asked for (all when none is named). */
    static LawAnswer only(LawAnswer a, List<Action> only) {
        if (only.isEmpty()) {
            return a;
        }
        return new LawAnswer(a.date(), a.jurisdiction(), a.layers(), a.readings(), a.fromRecord(),
                a.answers().stream().filter(c -> only.contains(c.action())).toList());
    }

    private static String json(List<LawReport.Entry> entries) {
        ArrayNode all = Json.array();
        for (LawReport.Entry e : entries) {
            Scenario s = e.scenario();
            ObjectNode n = Json.object();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("scenario-date", s.date().toString());
            n.setAll(LawJson.answer(e.answer()));
            all.add(n);
        }
        ObjectNode root = Json.object();
        root.set("scenarios", all);
        return Json.pretty(root);
    }
}
