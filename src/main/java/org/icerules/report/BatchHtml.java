package org.icerules.report;

import org.icerules.regime.Glossary;
import org.icerules.batch.Summary;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch report: one self-contained HTML file (inline style and SVG, no script, nothing
 * fetched) with, per action, a bar per regime split by status, and — when the rows span more
 * than one month — the answers month by month; the summary table; the receipt.
 */
public final class BatchHtml {
    private static final int WIDTH = 760;
    private static final int LABEL = 210;
    private static final int BAR = 18;
    private static final int GAP = 6;
    private static final int MONTHS_HEIGHT = 70;
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.2em;margin-top:2em}h3{font-size:1.05em;margin:1em 0 .3em}
            svg text{font:12px system-ui,sans-serif}.legend span{display:inline-block;margin-right:1em}
            .legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}
            pre{background:#f7f7f7;padding:.6em;overflow-x:auto;font-size:.85em}.small{font-size:.85em;color:#555}
            dl.receipt dt{font-weight:bold}dl.receipt dd{margin:0 0 .4em 1em;font-family:monospace}
            """;

    private BatchHtml() {
    }

    public static String render(Summary s, List<String> columns, List<Action> actions, boolean law, Receipt receipt,
                                Glossary glossary) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>ice-rules batch</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(String.format(Locale.ROOT, "%,d cases", s.rows())).append(law
                ? ": the law in force on each case's date" : ": what each regime would say").append("</h1>\n");
        if (s.first() != null) {
            h.append("<p>dates ").append(s.first()).append(" to ").append(s.last()).append("</p>\n");
        }
        legend(h);
        List<YearMonth> months = new ArrayList<>();
        s.months().forEach(months::add);
        for (int a = 0; a < actions.size(); a++) {
            Action action = actions.get(a);
            h.append("<h2 id=\"").append(action.id()).append("\">").append(action.id()).append("</h2>\n<p class=\"small\">May the city ")
                    .append(Html.escape(action.question())).append("?</p>\n");
            bars(h, s, columns, a);
            if (months.size() > 1) {
                h.append("<h3>By month</h3>\n");
                for (int c = 0; c < columns.size(); c++) {
                    monthly(h, s, months, columns.get(c), c, a);
                }
            }
        }
        h.append("<h2>Summary</h2>\n<pre>").append(Html.escape(BatchTable.render(s, columns, actions,
                receipt.switches(), law))).append("</pre>\n");
        h.append(HtmlReport.glossary(glossary));
        receipt(h, receipt);
        return h.append("</body>\n</html>\n").toString();
    }

    private static void legend(StringBuilder h) {
        h.append("<p class=\"legend\">");
        for (Status st : Status.values()) {
            h.append("<span><i style=\"background:").append(StepChart.color(st)).append("\"></i>").append(st.wire())
                    .append("</span>");
        }
        h.append("</p>\n");
    }

    /** One horizontal bar per column, split by status in proportion to the rows. */
    private static void bars(StringBuilder h, Summary s, List<String> columns, int a) {
        int height = columns.size() * (BAR + GAP) + GAP;
        h.append("<svg class=\"bars\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"answers per regime\">\n");
        double span = WIDTH - LABEL - 10;
        for (int c = 0; c < columns.size(); c++) {
            int y = GAP + c * (BAR + GAP);
            h.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + BAR - 5)
                    .append("\" text-anchor=\"end\">").append(Html.escape(columns.get(c))).append("</text>\n");
            double x = LABEL;
            for (Status st : Status.values()) {
                long n = s.count(c, a, st);
                if (n == 0) {
                    continue;
                }
                double w = s.rows() == 0 ? 0 : span * n / s.rows();
                h.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(BAR).append("\" fill=\"").append(StepChart.color(st))
                        .append("\"><title>").append(Html.escape(columns.get(c))).append(": ").append(st.wire())
                        .append(' ').append(BatchTable.cell(n, s.rows())).append("</title></rect>\n");
                x += w;
            }
        }
        h.append("</svg>\n");
    }

    /** Columns per month, stacked by status, all on the scale of the busiest month. */
    private static void monthly(StringBuilder h, Summary s, List<YearMonth> months, String column, int c, int a) {
        Map<YearMonth, Long> perMonth = s.rowsByMonth();
        long max = perMonth.values().stream().mapToLong(Long::longValue).max().orElse(1);
        double step = (double) (WIDTH - LABEL - 10) / months.size();
        h.append("<svg class=\"months\" width=\"").append(WIDTH).append("\" height=\"").append(MONTHS_HEIGHT + 16)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(column)).append(" by month\">\n");
        h.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(MONTHS_HEIGHT / 2)
                .append("\" text-anchor=\"end\">").append(Html.escape(column)).append("</text>\n");
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            double x = LABEL + i * step;
            double y = MONTHS_HEIGHT;
            for (Status st : Status.values()) {
                long n = s.count(m, c, a, st);
                if (n == 0) {
                    continue;
                }
                double bh = (double) MONTHS_HEIGHT * n / max;
                y -= bh;
                h.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                        .append(fmt(Math.max(step - 1, 0.5))).append("\" height=\"").append(fmt(bh)).append("\" fill=\"")
                        .append(StepChart.color(st)).append("\"><title>").append(m).append(' ').append(st.wire())
                        .append(' ').append(String.format(Locale.ROOT, "%,d", n)).append("</title></rect>\n");
            }
        }
        h.append("<text x=\"").append(LABEL).append("\" y=\"").append(MONTHS_HEIGHT + 13).append("\">")
                .append(months.get(0)).append("</text><text x=\"").append(WIDTH - 10).append("\" y=\"")
                .append(MONTHS_HEIGHT + 13).append("\" text-anchor=\"end\">").append(months.get(months.size() - 1))
                .append("</text>\n</svg>\n");
    }

    private static void receipt(StringBuilder b, Receipt r) {
        b.append("<h2 id=\"receipt\">Receipt</h2>\n<dl class=\"receipt\">\n");
        item(b, "tool", "ice-rules " + r.version());
        item(b, "command", r.command());
        item(b, "rules folder (SHA-256 of sorted paths and contents)", r.rulesHash());
        List<String> sw = r.switches().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList();
        item(b, "switches", sw.isEmpty() ? "defaults" : String.join(", ", sw));
        for (Receipt.ScenarioRef s : r.scenarios()) {
            item(b, s.id(), s.file() + " · SHA-256 " + s.sha256());
        }
        if (r.generated() != null) {
            item(b, "generated", r.generated().toString());
        }
        b.append("</dl>\n");
    }

    private static void item(StringBuilder b, String term, String value) {
        b.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
