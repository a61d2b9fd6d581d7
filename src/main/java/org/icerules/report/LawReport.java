package org.icerules.report;

import org.icerules.regime.Glossary;
import org.icerules.law.CombinedAnswer;
import org.icerules.law.GrantRisk;
import org.icerules.law.LawAnswer;
import org.icerules.law.Layer;
import org.icerules.law.LayerProvision;
import org.icerules.law.Timeline;
import org.icerules.model.Scenario;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code law} as a report to mail, paste or open in a spreadsheet: HTML (self-contained, with the
 * {@link Receipt}), Markdown and CSV. Each names the case, the date and the place; every action
 * is a row with its answer, the layers and provisions that decide, and what else it marks
 * (preemption, conflicts, grant risk, permissions that gave way, notes) in words.
 */
public final class LawReport {
    private LawReport() {
    }

    /** One scenario's law in force, as the command computed it. */
    public record Entry(Scenario scenario, LawAnswer answer) {
    }

    public static String html(List<Entry> entries, Receipt receipt, Glossary glossary) {
        StringBuilder b = HtmlReport.start("ice-rules law");
        b.append("<h1>The law in force</h1>\n");
        for (Entry e : entries) {
            Scenario s = e.scenario();
            LawAnswer law = e.answer();
            b.append("<section class=\"scenario\">\n<h2>").append(Html.escape(s.id())).append(" — ")
                    .append(Html.escape(s.title())).append("</h2>\n<p>").append(Html.escape(when(s, law)))
                    .append("</p>\n").append(CaseFacts.html(s));
            b.append("<h3>Layers</h3>\n<ul>\n");
            if (law.layers().isEmpty()) {
                b.append("<li>(none)</li>\n");
            }
            for (Layer l : law.layers()) {
                b.append("<li>").append(Html.escape(LawTable.layerLine(l)).replace("\n      ", "<br>"))
                        .append("</li>\n");
            }
            b.append("</ul>\n").append(HtmlReport.readings(law.readings()));
            b.append("<table>\n<tr><th>action</th><th>answer</th><th>decided by (layer: provision)</th><th>also</th></tr>\n");
            for (CombinedAnswer a : law.answers()) {
                b.append("<tr><td class=\"action\" title=\"").append(Html.escape(a.action().question())).append("\">")
                        .append(a.action().id()).append("</td><td class=\"").append(a.status().wire()).append("\">")
                        .append(a.status().wire()).append("</td><td>").append(Html.escape(decidedBy(a)))
                        .append("</td><td>").append(Html.escape(String.join("\n", also(a))).replace("\n", "<br>"))
                        .append("</td></tr>\n");
            }
            b.append("</table>\n</section>\n");
        }
        b.append(HtmlReport.glossary(glossary));
        return HtmlReport.end(b, receipt);
    }

    public static String markdown(List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            Scenario s = e.scenario();
            LawAnswer law = e.answer();
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append("## ").append(s.id()).append(" — ").append(Markdown.para(s.title())).append("\n\n")
                    .append(when(s, law)).append("\n\n").append(CaseFacts.markdown(s));
            b.append("Layers:\n\n");
            for (Layer l : law.layers()) {
                b.append("- ").append(LawTable.layerLine(l).replace("\n      ", "  \n  ")).append('\n');
            }
            if (!law.readings().isEmpty()) {
                b.append("\nReadings: ").append(CaseFacts.joinedReadings(law.readings())).append('\n');
            }
            b.append('\n').append(Markdown.header(List.of("action", "answer", "decided by (layer: provision)", "also")));
            for (CombinedAnswer a : law.answers()) {
                b.append(Markdown.row(List.of(a.action().id(), a.status().wire(), Markdown.cell(decidedBy(a)),
                        Markdown.cell(String.join("; ", also(a))))));
            }
        }
        return b.toString();
    }

    public static String csv(List<Entry> entries) {
        List<String> header = new ArrayList<>(entries.isEmpty() ? List.of()
                : CaseFacts.csvHeader(entries.get(0).scenario().facts().vocabulary()));
        header.addAll(List.of("law date", "jurisdiction", "action", "question", "status", "decided by", "basis",
                "preempted", "conflict", "grant at risk", "gave way", "notes"));
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : entries) {
            LawAnswer law = e.answer();
            List<String> lead = CaseFacts.csvCells(e.scenario(), law.readings());
            for (CombinedAnswer a : law.answers()) {
                List<String> row = new ArrayList<>(lead);
                row.addAll(List.of(law.date().toString(), law.jurisdiction(), a.action().id(), a.action().question(),
                        a.status().wire(), LayerProvision.joined(a.deciding()),
                        a.deciding().stream().map(p -> p.provision().basis().wire()).collect(Collectors.joining("; ")),
                        a.preempted().stream().map(LawTable::preemption).collect(Collectors.joining("; ")),
                        a.conflicts().isEmpty() ? "" : tail(a, LawTable.conflictNote(a)),
                        a.grantRisks().stream().map(g -> tail(a, LawTable.grantNote(a, g, false)))
                                .collect(Collectors.joining("; ")),
                        LayerProvision.joined(a.gaveWay()), String.join("; ", a.notes())));
                rows.add(row);
            }
        }
        return Csv.write(header, rows);
    }

    /**
     * The timeline as CSV: one row per scenario, action and stretch of days over which its
     * answer stays the same, each led by the case, like {@link #csv(List)}.
     */
    public static String timelineCsv(List<Scenario> scenarios, List<List<Timeline.Point>> timelines,
                                     String jurisdiction, LocalDate to, List<Action> only) { // jurisdiction: for an empty timeline
        List<String> header = new ArrayList<>(scenarios.isEmpty() ? List.of()
                : CaseFacts.csvHeader(scenarios.get(0).facts().vocabulary()));
        header.addAll(List.of("jurisdiction", "action", "question", "from", "to", "status", "decided by", "basis",
                "preempted", "grant at risk"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            List<Timeline.Point> points = timelines.get(i);
            // each scenario's own place (its timeline was computed there)
            String place = points.isEmpty() ? jurisdiction : points.get(0).answer().jurisdiction();
            Map<LocalDate, Map<String, String>> readings = new HashMap<>();
            points.forEach(p -> readings.put(p.date(), p.answer().readings()));
            for (Action a : TimelineTable.shown(points, only)) {
                for (Timeline.Segment seg : Timeline.segments(points, a, to)) {
                    CombinedAnswer c = seg.answer();
                    // the readings in force when the stretch begins (the dated record may change them)
                    List<String> row = new ArrayList<>(CaseFacts.csvCells(scenarios.get(i), readings.get(seg.from())));
                    row.addAll(List.of(place, a.id(), a.question(), seg.from().toString(), seg.to().toString(),
                            c.status().wire(), decidedBy(c),
                            c.deciding().stream().map(p -> p.provision().basis().wire()).collect(Collectors.joining("; ")),
                            c.preempted().stream().map(LawTable::preemption).collect(Collectors.joining("; ")),
                            c.grantRisks().stream().map(g -> tail(c, LawTable.grantNote(c, g, false)))
                                    .collect(Collectors.joining("; "))));
                    rows.add(row);
                }
            }
        }
        return Csv.write(header, rows);
    }

    private static String when(Scenario s, LawAnswer law) {
        return "law in force on " + law.date() + " in " + law.jurisdiction()
                + (law.date().equals(s.date()) ? "" : " (the scenario's own date is " + s.date() + ")");
    }

    private static String decidedBy(CombinedAnswer a) {
        return a.status() == Status.CONFLICT ? tail(a, LawTable.conflictNote(a)) : LawTable.joined(a.deciding());
    }

    /** What a row marks besides its answer, each in words. */
    private static List<String> also(CombinedAnswer a) {
        List<String> out = new ArrayList<>();
        if (!a.preempted().isEmpty()) {
            out.add(tail(a, LawTable.preemptionNote(a)));
        }
        if (!a.conflicts().isEmpty() && a.status() != Status.CONFLICT) {
            out.add(tail(a, LawTable.conflictNote(a)));
        }
        for (GrantRisk g : a.grantRisks()) {
            out.add(tail(a, LawTable.grantNote(a, g)));
        }
        if (!a.gaveWay().isEmpty()) {
            out.add("gave way to the prohibition: " + LawTable.joined(a.gaveWay()));
        }
        a.notes().forEach(n -> out.add("note: " + n));
        return out;
    }

    /** A LawTable note without its leading "action — ". */
    private static String tail(CombinedAnswer a, String note) {
        String prefix = a.action().id() + " — ";
        return note.startsWith(prefix) ? note.substring(prefix.length()) : note;
    }
}
