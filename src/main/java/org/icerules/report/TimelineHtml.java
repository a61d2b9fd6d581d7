package org.icerules.report;

import org.icerules.regime.Glossary;
import org.icerules.law.CombinedAnswer;
import org.icerules.law.Timeline;
import org.icerules.model.facts.Action;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline as one self-contained HTML page: per action, an inline SVG step chart of the
 * combined answer over time (no scripts, no external assets) and the stretches as a table.
 * Deterministic: no clock, fixed number formatting, stable order.
 */
public final class TimelineHtml {
    private static final List<Status> LEVELS = StepChart.LEVELS;

    private TimelineHtml() {
    }

    public static String render(List<Scenario> scenarios, List<List<Timeline.Point>> timelines, String jurisdiction,
                                LocalDate from, LocalDate to, List<Action> only, Receipt receipt,
                                Glossary glossary) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>ice-rules timeline — ").append(Html.escape(jurisdiction)).append(' ').append(from)
                .append(" to ").append(to).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px;color:#1b1b1b;max-width:1000px}\n")
                .append("h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}")
                .append("h3{font-size:1em;margin:1.6em 0 .2em}\n")
                .append("p.q{margin:.1em 0 .4em;color:#555}\n")
                .append("td.d{white-space:nowrap}\n")
                .append("table{border-collapse:collapse;font-size:.85em;margin:.3em 0}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}\n")
                .append(".forbidden{color:#b3261e}.permitted{color:#1e6b34}.required{color:#1a4f9c}.silent{color:#777}.conflict{color:#7a1fa2}\n")
                .append(".legend span{display:inline-block;margin-right:1em}.sw{display:inline-block;width:.9em;height:.9em;vertical-align:middle;margin-right:.3em}\n")
                .append(".small{font-size:.85em;color:#555}code{background:#f4f4f4;padding:0 .2em}caption{text-align:left;font-weight:bold;padding:.2em 0}\n")
                .append("dl.receipt dt{font-weight:bold}dl.receipt dd{margin:0 0 .4em 1em;font-family:monospace}\n")
                .append(PrintStyle.CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>The law in force in ").append(Html.escape(jurisdiction)).append(", ").append(from).append(" to ")
                .append(to).append("</h1>\n");
        h.append("<p class=\"legend\">");
        for (Status s : LEVELS) {
            h.append("<span><i class=\"sw\" style=\"background:").append(StepChart.color(s)).append("\"></i>")
                    .append(s == Status.CONFLICT ? "conflict between layers" : s.wire()).append("</span>");
        }
        h.append("<span><i class=\"sw\" style=\"background:#e8a33d\"></i>grant at risk</span>")
                .append("<span><i class=\"sw\" style=\"background:#8e6cc4\"></i>a lower provision preempted</span></p>\n");
        for (int i = 0; i < scenarios.size(); i++) {
            scenario(h, scenarios.get(i), timelines.get(i), from, to, only);
        }
        h.append(HtmlReport.glossary(glossary));
        return HtmlReport.end(h, receipt);
    }

    /**
     * Every chart of the page as a standalone SVG file, by file name: {@code <scenario>-<action>.svg},
     * in page order.
     */
    public static Map<String, String> chartFiles(List<Scenario> scenarios, List<List<Timeline.Point>> timelines,
                                                 LocalDate from, LocalDate to, List<Action> only) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            List<Timeline.Point> points = timelines.get(i);
            for (Action a : TimelineTable.shown(points, only)) {
                out.put(s.id() + "-" + a.id() + ".svg", StepChart.standalone(a, Timeline.segments(points, a, to), points,
                        from, to, s.id() + " · " + a.id() + " · " + from + " to " + to + "\nMay the city " + a.question()
                                + "?"));
            }
        }
        return out;
    }

    private static void scenario(StringBuilder h, Scenario s, List<Timeline.Point> points, LocalDate from, LocalDate to,
                                 List<Action> only) {
        h.append("<section class=\"scenario\">\n<h2>").append(Html.escape(s.id())).append(" — ").append(Html.escape(s.title()))
                .append("</h2>\n").append(CaseFacts.html(s.facts(), "the case — " + s.id() + ", scenario date "
                        + s.date() + " (the timeline holds these facts and moves the date)"));
        h.append("<table><tr><th>from</th><th>what changed</th></tr>\n");
        for (Timeline.Point p : points) {
            h.append("<tr><td class=\"d\">").append(p.date()).append("</td><td>")
                    .append(Html.escape(String.join("\n", TimelineTable.changes(p, only))).replace("\n", "<br>")).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (Action a : TimelineTable.shown(points, only)) {
            List<Timeline.Segment> segs = Timeline.segments(points, a, to);
            h.append("<h3 id=\"").append(Html.escape(s.id())).append('-').append(a.id()).append("\">").append(a.id())
                    .append("</h3>\n<p class=\"q\">May the city ").append(Html.escape(a.question())).append("?</p>\n");
            h.append(StepChart.inline(a, segs, points, from, to));
            h.append("<table><tr><th>from</th><th>to</th><th>answer</th><th>decided by</th><th>also</th></tr>\n");
            for (Timeline.Segment seg : segs) {
                CombinedAnswer c = seg.answer();
                h.append("<tr><td class=\"d\">").append(seg.from()).append("</td><td class=\"d\">").append(seg.to())
                        .append("</td><td class=\"")
                        .append(c.status().wire()).append("\">").append(c.status().wire()).append("</td><td>")
                        .append(Html.escape(c.status() == Status.CONFLICT
                                ? LawTable.conflictNote(c).substring(a.id().length() + 3) : LawTable.joined(c.deciding())))
                        .append("</td><td>");
                StringBuilder also = new StringBuilder();
                if (!c.preempted().isEmpty()) {
                    also.append("preempted: ").append(String.join("; ",
                            c.preempted().stream().map(LawTable::preemption).toList())).append('\n');
                }
                c.grantRisks().forEach(g -> also.append(LawTable.grantNote(c, g, false).substring(a.id().length() + 3)).append('\n'));
                h.append(Html.escape(also.toString().strip()).replace("\n", "<br>")).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</section>\n");
    }
}
