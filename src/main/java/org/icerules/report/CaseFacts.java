package org.icerules.report;

import org.icerules.model.Scenario;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The case a report describes, so the report stands alone when it is mailed or pasted: the
 * scenario, its date, the facts that differ from the defaults (the case as told) and every
 * other fact at its default — in HTML, Markdown, or as the leading columns of a CSV row.
 */
public final class CaseFacts {
    private CaseFacts() {
    }

    /** The CSV columns that name the case; every CSV report starts each row with them. */
    public static List<String> csvHeader(Vocabulary vocabulary) {
        List<String> out = new ArrayList<>(List.of("scenario", "title", "date"));
        vocabulary.facts().forEach(f -> out.add(f.name()));
        out.add("readings");
        return out;
    }

    /** The values of {@link #csvHeader(Vocabulary)} for one scenario: every fact, defaults included, in spec order. */
    public static List<String> csvCells(Scenario s, Map<String, String> readings) {
        List<String> out = new ArrayList<>(List.of(s.id(), s.title(), s.date().toString()));
        out.addAll(s.facts().vocabulary().toWire(s.facts()).values());
        out.add(joinedReadings(readings));
        return out;
    }

    /** An HTML block: the date, a table of the facts as told, and the defaults on one line. */
    public static String html(Scenario s) {
        return html(s.facts(), "the case — " + s.id() + ", date " + s.date());
    }

    /** An HTML block for a case without a scenario (e.g. explain's), headed by {@code caption}. */
    public static String html(Case c, String caption) {
        StringBuilder b = new StringBuilder("<table class=\"case\">\n<caption>").append(Html.escape(caption))
                .append("</caption>\n<tr><th>fact</th><th>value</th><th>meaning</th></tr>\n");
        List<String> defaults = new ArrayList<>();
        for (FactSpec f : c.vocabulary().facts()) {
            Object v = f.get(c);
            if (isDefault(f, v)) {
                defaults.add(f.name() + " = " + f.format(v));
            } else {
                b.append("<tr><td><code>").append(f.name()).append("</code></td><td><strong>")
                        .append(Html.escape(f.format(v))).append("</strong></td><td class=\"small\">")
                        .append(Html.escape(f.doc())).append("</td></tr>\n");
            }
        }
        b.append("</table>\n");
        if (!defaults.isEmpty()) {
            b.append("<p class=\"small defaults\">every other fact at its default: ")
                    .append(Html.escape(String.join(", ", defaults))).append("</p>\n");
        }
        return b.toString();
    }

    /** A Markdown block: the date, the facts as told as a table, the defaults on one line. */
    public static String markdown(Scenario s) {
        StringBuilder b = new StringBuilder("The case (date ").append(s.date()).append("):\n\n");
        b.append(Markdown.header(List.of("fact", "value")));
        List<String> defaults = new ArrayList<>();
        for (FactSpec f : s.facts().vocabulary().facts()) {
            Object v = f.get(s.facts());
            if (isDefault(f, v)) {
                defaults.add(f.name() + " = " + f.format(v));
            } else {
                b.append(Markdown.row(List.of(Markdown.code(f.name()), Markdown.cell(f.format(v)))));
            }
        }
        if (!defaults.isEmpty()) {
            b.append("\nEvery other fact at its default: ").append(Markdown.cell(String.join(", ", defaults)))
                    .append(".\n");
        }
        return b.append('\n').toString();
    }

    /** For a report over the fact space (diff): the defaults the facts no axis varies keep. */
    static String defaultsHtml(Vocabulary vocabulary) {
        List<String> defaults = vocabulary.facts().stream()
                .map(f -> f.name() + " = " + f.format(f.defaultValue())).toList();
        return "<p class=\"small defaults\">the defaults: " + Html.escape(String.join(", ", defaults)) + "</p>\n";
    }

    static String joinedReadings(Map<String, String> readings) {
        List<String> parts = new ArrayList<>();
        readings.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join("; ", parts);
    }

    private static boolean isDefault(FactSpec f, Object v) {
        return f.format(v).equals(f.format(f.defaultValue()));
    }
}
