package org.icerules.report;

import org.icerules.law.CombinedAnswer;
import org.icerules.law.Timeline;
import org.icerules.model.facts.Action;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The timeline as one self-contained HTML page: per action, an inline SVG step chart of the
 * combined answer over time (no scripts, no external assets) and the stretches as a table.
 * Deterministic: no clock, fixed number formatting, stable order.
 */
public final class TimelineHtml {
    private static final List<Status> LEVELS = List.of(Status.REQUIRED, Status.PERMITTED, Status.SILENT,
            Status.CONFLICT, Status.FORBIDDEN);
    private static final int WIDTH = 960;
    private static final int LEFT = 90;
    private static final int RIGHT = 16;
    private static final int TOP = 8;
    private static final int ROW = 22;
    private static final int STRIP = 11;

    private TimelineHtml() {
    }

    public static String render(List<Scenario> scenarios, List<List<Timeline.Point>> timelines, String jurisdiction,
                                LocalDate from, LocalDate to) {
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
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>The law in force in ").append(Html.escape(jurisdiction)).append(", ").append(from).append(" to ")
                .append(to).append("</h1>\n");
        h.append("<p class=\"legend\">");
        for (Status s : LEVELS) {
            h.append("<span><i class=\"sw\" style=\"background:").append(color(s)).append("\"></i>")
                    .append(s == Status.CONFLICT ? "conflict between layers" : s.wire()).append("</span>");
        }
        h.append("<span><i class=\"sw\" style=\"background:#e8a33d\"></i>grant at risk</span>")
                .append("<span><i class=\"sw\" style=\"background:#8e6cc4\"></i>a lower provision preempted</span></p>\n");
        for (int i = 0; i < scenarios.size(); i++) {
            scenario(h, scenarios.get(i), timelines.get(i), from, to);
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void scenario(StringBuilder h, Scenario s, List<Timeline.Point> points, LocalDate from, LocalDate to) {
        h.append("<h2>").append(Html.escape(s.id())).append(" — ").append(Html.escape(s.title())).append("</h2>\n");
        h.append("<table><tr><th>from</th><th>what changed</th></tr>\n");
        for (Timeline.Point p : points) {
            h.append("<tr><td class=\"d\">").append(p.date()).append("</td><td>")
                    .append(Html.escape(String.join("\n", p.changes())).replace("\n", "<br>")).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (Action a : TimelineTable.shown(points)) {
            List<Timeline.Segment> segs = Timeline.segments(points, a, to);
            h.append("<h3 id=\"").append(Html.escape(s.id())).append('-').append(a.id()).append("\">").append(a.id())
                    .append("</h3>\n<p class=\"q\">May the city ").append(Html.escape(a.question())).append("?</p>\n");
            chart(h, a, segs, points, from, to);
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
    }

    private static void chart(StringBuilder h, Action a, List<Timeline.Segment> segs, List<Timeline.Point> points,
                              LocalDate from, LocalDate to) {
        int plotH = LEVELS.size() * ROW;
        int stripsY = TOP + plotH + 4;
        int axisY = stripsY + 2 * STRIP + 6;
        int height = axisY + 18;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(a.id())).append(" over time\" font-size=\"11\">\n");
        for (int i = 0; i < LEVELS.size(); i++) {
            Status s = LEVELS.get(i);
            int y = TOP + i * ROW;
            h.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"")
                    .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(ROW)
                    .append("\" fill=\"").append(i % 2 == 0 ? "#fafafa" : "#f1f1f1").append("\"/>\n");
            h.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + ROW / 2 + 4)
                    .append("\" text-anchor=\"end\" fill=\"").append(color(s)).append("\">").append(s.wire())
                    .append("</text>\n");
        }
        for (int year = from.getYear() + (from.getDayOfYear() == 1 ? 0 : 1); year <= to.getYear(); year++) {
            String x = fmt(x(LocalDate.of(year, 1, 1), from, to));
            h.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(axisY).append("\" stroke=\"#d0d0d0\"/>\n");
            h.append("<text x=\"").append(x).append("\" y=\"").append(axisY + 12)
                    .append("\" text-anchor=\"middle\" fill=\"#555\">").append(year).append("</text>\n");
        }
        for (Timeline.Point p : points) {
            String x = fmt(x(p.date(), from, to));
            h.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(TOP + plotH).append("\" stroke=\"#999\" stroke-dasharray=\"2,3\"/>\n");
        }
        StringBuilder path = new StringBuilder();
        for (Timeline.Segment seg : segs) {
            CombinedAnswer c = seg.answer();
            double x0 = x(seg.from(), from, to);
            double x1 = x(seg.to().plusDays(1), from, to);
            int row = LEVELS.indexOf(c.status());
            double y = TOP + row * ROW + ROW / 2.0;
            String tip = seg.from() + " … " + seg.to() + ": " + c.status().wire()
                    + (c.deciding().isEmpty() ? "" : " — " + LawTable.joined(c.deciding()));
            h.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(TOP + row * ROW + 3).append("\" width=\"")
                    .append(fmt(Math.max(x1 - x0, 0.5))).append("\" height=\"").append(ROW - 6).append("\" fill=\"")
                    .append(color(c.status())).append("\" fill-opacity=\"0.35\"><title>").append(Html.escape(tip))
                    .append("</title></rect>\n");
            if (path.length() == 0) {
                path.append('M').append(fmt(x0)).append(' ').append(fmt(y));
            } else {
                path.append(" V").append(fmt(y));
            }
            path.append(" H").append(fmt(x1));
            if (!c.grantRisks().isEmpty()) {
                strip(h, x0, x1, stripsY, "#e8a33d", seg.from() + " … " + seg.to() + ": grant at risk");
            }
            if (!c.preempted().isEmpty()) {
                strip(h, x0, x1, stripsY + STRIP, "#8e6cc4", seg.from() + " … " + seg.to() + ": preempted — "
                        + String.join("; ", c.preempted().stream().map(LawTable::preemption).toList()));
            }
        }
        h.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#222\" stroke-width=\"2\"/>\n");
        h.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(stripsY + STRIP - 1)
                .append("\" text-anchor=\"end\" fill=\"#8a5a10\">grant risk</text>\n");
        h.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(stripsY + 2 * STRIP - 1)
                .append("\" text-anchor=\"end\" fill=\"#5b3f8a\">preempted</text>\n");
        h.append("</svg>\n");
    }

    private static void strip(StringBuilder h, double x0, double x1, int y, String fill, String tip) {
        h.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(y).append("\" width=\"")
                .append(fmt(Math.max(x1 - x0, 0.5))).append("\" height=\"").append(STRIP - 2).append("\" fill=\"")
                .append(fill).append("\"><title>").append(Html.escape(tip)).append("</title></rect>\n");
    }

    static double x(LocalDate d, LocalDate from, LocalDate to) {
        double span = to.toEpochDay() + 1 - from.toEpochDay();
        double at = Math.max(0, Math.min(span, d.toEpochDay() - from.toEpochDay()));
        return LEFT + at / span * (WIDTH - LEFT - RIGHT);
    }

    static String color(Status s) {
        return switch (s) {
            case FORBIDDEN -> "#b3261e";
            case PERMITTED -> "#1e6b34";
            case REQUIRED -> "#1a4f9c";
            case SILENT -> "#8a8a8a";
            case CONFLICT -> "#7a1fa2";
        };
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
