package org.icerules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.law.LawInForce;
import org.icerules.law.Timeline;
import org.icerules.model.Scenario;
import org.icerules.report.Json;
import org.icerules.report.LawJson;
import org.icerules.report.TimelineHtml;
import org.icerules.report.TimelineTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code timeline FILE…}: the combined answer for each action at every date where a layer changes. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The law in force over time: the combined answer for each action at every date where any "
                + "layer changes, as a table, JSON, or an HTML page with a step chart per action.")
public final class TimelineCommand implements Callable<Integer> {
    enum Format { table, json, html }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or folders (their facts)")
    List<Path> files;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day (default: 2014-01-01)")
    LocalDate from = LocalDate.of(2014, 1, 1);

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day (default: 2025-12-31)")
    LocalDate to = LocalDate.of(2025, 12, 31);

    @Option(names = "--format", description = "table (default), json or html")
    Format format = Format.table;

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
        LawInForce law = where.law(rules);
        List<Scenario> scenarios = rules.loader().load(files);
        List<List<Timeline.Point>> timelines = new ArrayList<>();
        for (Scenario s : scenarios) {
            timelines.add(Timeline.compute(law, s.facts(), where.jurisdiction, rules.readings(s), where.include, from, to));
        }
        String result = switch (format) {
            case html -> TimelineHtml.render(scenarios, timelines, where.jurisdiction, from, to);
            case json -> json(scenarios, timelines);
            case table -> {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < scenarios.size(); i++) {
                    if (i > 0) {
                        text.append('\n');
                    }
                    text.append(TimelineTable.render(scenarios.get(i), law.placeName(where.jurisdiction), timelines.get(i), from, to,
                            width.layout(output)));
                }
                yield text.toString();
            }
        };
        output.write(spec, result);
        return 0;
    }

    private String json(List<Scenario> scenarios, List<List<Timeline.Point>> timelines) {
        ArrayNode all = Json.array();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            ObjectNode n = Json.object();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("jurisdiction", where.jurisdiction);
            n.put("from", from.toString());
            n.put("to", to.toString());
            ArrayNode points = Json.array();
            for (Timeline.Point p : timelines.get(i)) {
                ObjectNode pn = Json.object();
                pn.put("date", p.date().toString());
                pn.set("changes", Json.strings(p.changes()));
                pn.set("law", LawJson.answer(p.answer()));
                points.add(pn);
            }
            n.set("points", points);
            all.add(n);
        }
        ObjectNode root = Json.object();
        root.set("scenarios", all);
        return Json.pretty(root);
    }
}
