package org.icerules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.law.ContingentLaw;
import org.icerules.law.LawAnswer;
import org.icerules.report.ContingentLawText;
import org.icerules.law.LawInForce;
import org.icerules.model.Scenario;
import org.icerules.report.Json;
import org.icerules.report.LawJson;
import org.icerules.report.LawTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code law --date D FILE…}: the layers in force on a date, combined into one answer per action. */
@Command(name = "law", mixinStandardHelpOptions = true,
        description = "The law in force on a date: every layer in force (city, state, federal; grant conditions "
                + "apart), combined into one answer per action with the layer and provision that decide, "
                + "preemption, conflicts between layers and grants at risk.")
public final class LawCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or folders (their facts)")
    List<Path> files;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date (default: each scenario's own date)")
    LocalDate date;

    @Option(names = "--format", description = "table (default) or json")
    Format format = Format.table;

    @Mixin
    Output output;

    @Mixin
    LawOptions where;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LawInForce law = where.law(rules);
        List<Scenario> scenarios = rules.loader().load(files);
        StringBuilder text = new StringBuilder();
        ArrayNode all = Json.array();
        for (Scenario given : scenarios) {
            Scenario s = rules.withUnknowns(given);
            LocalDate day = date != null ? date : s.date();
            if (s.hasUnknowns()) {
                contingent(law, s, day, text, all);
                continue;
            }
            LawAnswer answer = law.answer(s.facts(), day, where.jurisdiction, rules.readings(s), where.include);
            if (format == Format.json) {
                ObjectNode n = Json.object();
                n.put("id", s.id());
                n.put("title", s.title());
                n.put("scenario-date", s.date().toString());
                n.setAll(LawJson.answer(answer));
                all.add(n);
            } else {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(LawTable.render(s, answer));
            }
        }
        String result;
        if (format == Format.json) {
            ObjectNode root = Json.object();
            root.set("scenarios", all);
            result = Json.pretty(root);
        } else {
            result = text.toString();
        }
        output.write(spec, result);
        return 0;
    }

    /** With facts unknown: the layers combined once per combination of their values, then summarised. */
    private void contingent(LawInForce law, Scenario s, LocalDate day, StringBuilder text, ArrayNode all) {
        var answers = ContingentLaw.answer(law, s.facts(), day, where.jurisdiction, rules.readings(s),
                where.include, s.unknown());
        LawAnswer shape = law.answer(s.facts(), day, where.jurisdiction, rules.readings(s), where.include);
        if (format == Format.json) {
            ObjectNode n = Json.object();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("scenario-date", s.date().toString());
            n.setAll(LawJson.answer(shape));
            n.remove("actions"); // those would be at the unknowns' placeholder values: the contingent answers replace them
            n.set("unknown", Json.strings(s.unknown()));
            n.set("contingent", ContingentLawText.json(answers, s));
            all.add(n);
        } else {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(ContingentLawText.law(s, day, where.jurisdiction, shape.layers(), answers));
        }
    }
}
