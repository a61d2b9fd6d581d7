package org.icerules.report;

import org.icerules.law.CombinedAnswer;
import org.icerules.law.Timeline;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One action's combined answer over time as an SVG step chart: a row per status, the answer as a
 * stepped line over shaded stretches, strips for grant risk and preemption, the years below and
 * every date where the law changes labelled above (bold where this action's answer changes).
 * The same drawing goes inline into the timeline page or, with a heading, into a standalone file
 * for slides: generic fonts, no external reference, fixed number formatting — same input, same bytes.
 */
public final class StepChart {
    static final List<Status> LEVELS = List.of(Status.REQUIRED, Status.PERMITTED, Status.SILENT,
            Status.CONFLICT, Status.FORBIDDEN);
    private static final int WIDTH = 960;
    private static final int LEFT = 90;
    private static final int RIGHT = 16;
    private static final int HEADING_LINE = 18;
    private static final int LABELS = 64;
    private static final int ROW = 22;
    private static final int STRIP = 11;
    private static final double LABEL_GAP = 11;

    private StepChart() {
    }

    /** The chart to put inside an HTML page. */
    static String inline(Action a, List<Timeline.Segment> segs, List<Timeline.Point> points, LocalDate from,
                         LocalDate to) {
        return svg(a, segs, points, from, to, null);
    }

    /** The chart as an SVG file of its own, headed by {@code heading}: a bold first line, then one per line break (for a slide). */
    public static String standalone(Action a, List<Timeline.Segment> segs, List<Timeline.Point> points,
                                    LocalDate from, LocalDate to, String heading) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(a, segs, points, from, to, heading);
    }

    private static String svg(Action a, List<Timeline.Segment> segs, List<Timeline.Point> points, LocalDate from,
                              LocalDate to, String heading) {
        StringBuilder h = new StringBuilder();
        List<String> lines = heading == null ? List.of() : List.of(heading.split("\n"));
        int top = lines.size() * HEADING_LINE + (lines.isEmpty() ? 0 : 6) + LABELS;
        int plotH = LEVELS.size() * ROW;
        int stripsY = top + plotH + 4;
        int axisY = stripsY + 2 * STRIP + 6;
        int height = axisY + 18;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(a.id())).append(" over time\" font-size=\"11\"")
                .append(" font-family=\"sans-serif\">\n");
        if (heading != null) {
            h.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" fill=\"#fff\"/>\n");
            for (int i = 0; i < lines.size(); i++) {
                h.append("<text x=\"8\" y=\"").append(16 + i * HEADING_LINE).append(i == 0
                                ? "\" font-size=\"14\" font-weight=\"bold\" fill=\"#1b1b1b\">" : "\" font-size=\"12\" fill=\"#444\">")
                        .append(Html.escape(lines.get(i))).append("</text>\n");
            }
        }
        for (int i = 0; i < LEVELS.size(); i++) {
            Status s = LEVELS.get(i);
            int y = top + i * ROW;
            h.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"")
                    .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(ROW)
                    .append("\" fill=\"").append(i % 2 == 0 ? "#fafafa" : "#f1f1f1").append("\"/>\n");
            h.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + ROW / 2 + 4)
                    .append("\" text-anchor=\"end\" fill=\"").append(color(s)).append("\">").append(s.wire())
                    .append("</text>\n");
        }
        for (int year = from.getYear() + (from.getDayOfYear() == 1 ? 0 : 1); year <= to.getYear(); year++) {
            String x = fmt(x(LocalDate.of(year, 1, 1), from, to));
            h.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(top)
                    .append("\" y2=\"").append(axisY).append("\" stroke=\"#d0d0d0\"/>\n");
            h.append("<text x=\"").append(x).append("\" y=\"").append(axisY + 12)
                    .append("\" text-anchor=\"middle\" fill=\"#555\">").append(year).append("</text>\n");
        }
        changeDates(h, a, segs, points, from, to, top, plotH);
        StringBuilder path = new StringBuilder();
        for (Timeline.Segment seg : segs) {
            CombinedAnswer c = seg.answer();
            double x0 = x(seg.from(), from, to);
            double x1 = x(seg.to().plusDays(1), from, to);
            int row = LEVELS.indexOf(c.status());
            double y = top + row * ROW + ROW / 2.0;
            String tip = seg.from() + " … " + seg.to() + ": " + c.status().wire()
                    + (c.deciding().isEmpty() ? "" : " — " + LawTable.joined(c.deciding()));
            h.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(top + row * ROW + 3).append("\" width=\"")
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
        return h.toString();
    }

    /**
     * A dashed line at every date where the law changes, its date written upwards above the plot;
     * labels that would overlap move apart by the least that clears them, within the chart.
     */
    private static void changeDates(StringBuilder h, Action a, List<Timeline.Segment> segs,
                                    List<Timeline.Point> points, LocalDate from, LocalDate to, int top, int plotH) {
        Set<LocalDate> ownChanges = segs.stream().map(Timeline.Segment::from).collect(Collectors.toSet());
        double[] labelX = new double[points.size()];
        for (int i = 0; i < labelX.length; i++) {
            double at = x(points.get(i).date(), from, to) + 3.5;
            labelX[i] = i == 0 ? at : Math.max(at, labelX[i - 1] + LABEL_GAP);
        }
        for (int i = labelX.length - 1; i >= 0; i--) {
            labelX[i] = Math.min(labelX[i], i == labelX.length - 1 ? WIDTH - 3.0 : labelX[i + 1] - LABEL_GAP);
        }
        for (int i = 0; i < points.size(); i++) {
            Timeline.Point p = points.get(i);
            String x = fmt(x(p.date(), from, to));
            h.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(top - 4)
                    .append("\" y2=\"").append(top + plotH).append("\" stroke=\"#999\" stroke-dasharray=\"2,3\"/>\n");
            boolean own = ownChanges.contains(p.date());
            String lx = fmt(labelX[i]);
            String ly = String.valueOf(top - 6);
            h.append("<text x=\"").append(lx).append("\" y=\"").append(ly).append("\" transform=\"rotate(-90 ")
                    .append(lx).append(' ').append(ly).append(")\" font-size=\"10\"")
                    .append(own ? " font-weight=\"bold\" fill=\"#1b1b1b\"" : " fill=\"#777\"").append("><title>")
                    .append(Html.escape(p.date() + ": " + String.join("; ", p.changes()))).append("</title>")
                    .append(p.date()).append("</text>\n");
        }
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
