package org.icerules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.law.ContingentLaw;
import org.icerules.law.LawInForce;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.report.ContingentJson;
import org.icerules.report.ContingentLawText;
import org.icerules.law.Timeline;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.Scenario;
import org.icerules.model.facts.Action;
import org.icerules.report.AtomicFile;
import org.icerules.report.Json;
import org.icerules.report.LawJson;
import org.icerules.report.LawReport;
import org.icerules.report.TimelineHtml;
import org.icerules.report.TimelineTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code timeline FILE…}: the combined answer for each action at every date where a layer changes. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The law in force over time: the combined answer for each action at every date where any "
                + "layer changes, as a table, JSON, or an HTML page with a step chart per action.")
public final class TimelineCommand implements Callable<Integer> {
    enum Format { table, json, html, csv }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or folders (their facts)")
    List<Path> files;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day (default: 2014-01-01)")
    LocalDate from = LocalDate.of(2014, 1, 1);

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day (default: 2025-12-31)")
    LocalDate to = LocalDate.of(2025, 12, 31);

    @Option(names = "--format", description = "table (default), json, html or csv")
    Format format = Format.table;

    @Option(names = "--action", paramLabel = "ACTION", description = "only this action (repeatable)")
    List<String> actions = new ArrayList<>();

    @Option(names = "--charts", paramLabel = "DIR", converter = DiffCommand.ExamplesFolder.class,
            description = "also write each action's step chart as a standalone SVG file, "
                    + "DIR/<scenario>-<action>.svg (for slides)")
    Path chartsDir;

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
            output.write(spec, contingent(law, scenarios));
            return 0;
        }
        List<List<Timeline.Point>> timelines = new ArrayList<>();
        for (Scenario s : scenarios) {
            timelines.add(Timeline.compute(law, s.facts(), where.placeOf(s), rules.readings(s), where.include, from, to));
        }
        String result = switch (format) {
            case html -> TimelineHtml.render(scenarios, timelines, places(scenarios), from, to, only,
                    Receipts.of(spec, rules, scenarios, readings(timelines), generated), rules.plainWords().glossary());
            case json -> json(scenarios, timelines);
            case csv -> LawReport.timelineCsv(scenarios, timelines, where.jurisdiction, to, only);
            case table -> {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < scenarios.size(); i++) {
                    if (i > 0) {
                        text.append('\n');
                    }
                    text.append(TimelineTable.render(scenarios.get(i), law.placeName(where.placeOf(scenarios.get(i))), timelines.get(i), from, to,
                            only, width.layout(output)));
                }
                yield text.toString();
            }
        };
        if (chartsDir != null) {
            writeCharts(TimelineHtml.chartFiles(scenarios, timelines, from, to, only));
        }
        output.write(spec, result);
        return 0;
    }

    /** The scenarios' places, each once, in order (a page's title names them all). */
    private String places(List<Scenario> scenarios) {
        return String.join(", ", scenarios.stream().map(where::placeOf).distinct().toList());
    }

    private void writeCharts(Map<String, String> files) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                AtomicFile.write(chartsDir.resolve(f.getKey()), f.getValue());
            }
        } catch (IOException e) {
            throw new InputException(new InputProblem(chartsDir.toString(), 0, 0, null,
                    "cannot write the charts: " + Main.ioMessage(e)));
        }
        spec.commandLine().getErr().println("wrote " + files.size() + " chart" + (files.size() == 1 ? "" : "s")
                + " to " + chartsDir);
    }

    /** Every reading in force at some point of the timelines (the dated record's included), in the order they came. */
    private static Map<String, String> readings(List<List<Timeline.Point>> timelines) {
        Map<String, java.util.LinkedHashSet<String>> seen = new TreeMap<>();
        timelines.forEach(t -> t.forEach(p -> p.answer().readings().forEach((k, v) ->
                seen.computeIfAbsent(k, x -> new java.util.LinkedHashSet<>()).add(v))));
        Map<String, String> out = new TreeMap<>();
        seen.forEach((k, vs) -> out.put(k, String.join(" then ", vs)));
        return out;
    }

    private String json(List<Scenario> scenarios, List<List<Timeline.Point>> timelines) {
        ArrayNode all = Json.array();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            ObjectNode n = Json.object();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("jurisdiction", where.placeOf(s));
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

    /** With facts unknown: each action's contingent answer over the stretches of days (table; JSON per stretch). */
    private String contingent(LawInForce law, List<Scenario> scenarios) {
        if (format == Format.html) {
            throw new InputException(new InputProblem("--format", 0, 0, "format",
                    "a timeline of a scenario with unknown facts is given as a table or json, not html"));
        }
        StringBuilder text = new StringBuilder();
        ArrayNode all = Json.array();
        for (Scenario s : scenarios) {
            var segments = ContingentLaw.timeline(law, s.facts(), where.placeOf(s), rules.readings(s), where.include,
                    from, to, s.unknown());
            if (format == Format.json) {
                ObjectNode n = Json.object();
                n.put("id", s.id());
                n.set("unknown", Json.strings(s.unknown()));
                ArrayNode actions = Json.array();
                segments.forEach((a, list) -> {
                    ObjectNode an = Json.object();
                    an.put("action", a.id());
                    ArrayNode stretches = Json.array();
                    for (ContingentLaw.Segment g : list) {
                        ObjectNode gn = Json.object();
                        gn.put("from", g.from().toString());
                        gn.put("to", g.to().toString());
                        gn.setAll(ContingentJson.contingency(g.answer(), s.unknown(),
                                c -> c.deciding().stream().map(org.icerules.law.LayerProvision::provision).toList()));
                        stretches.add(gn);
                    }
                    an.set("segments", stretches);
                    actions.add(an);
                });
                n.set("actions", actions);
                all.add(n);
            } else {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(width.layout(output).fit(ContingentLawText.timeline(s, where.placeOf(s), from, to, segments)));
            }
        }
        if (format == Format.json) {
            ObjectNode root = Json.object();
            root.set("scenarios", all);
            return Json.pretty(root);
        }
        return text.toString();
    }
}
