package org.icerules.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.model.law.GlossaryTerm;
import org.icerules.regime.Glossary;

/** {@code glossary}: the terms the reports use, for a terminal (wrapped to its width), as Markdown or JSON. */
public final class GlossaryText {
    private GlossaryText() {
    }

    public static String text(Glossary g, Layout layout) {
        StringBuilder out = new StringBuilder();
        for (GlossaryTerm t : g.terms()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(t.term()).append('\n');
            out.append(lines(t.definition().replaceAll("\\s+", " ").strip(), layout));
            if (t.link() != null) {
                out.append(lines("source: " + t.link(), layout));
            }
        }
        return out.toString();
    }

    /** A definition indented under its term, wrapped to the terminal, or to the stable width when piped. */
    private static String lines(String text, Layout layout) {
        Layout wrapTo = layout.fitted() ? layout : Layout.fitted(Text.WIDTH);
        return wrapTo.lines(text, "  ", "  ");
    }

    public static String markdown(Glossary g) {
        StringBuilder out = new StringBuilder("# Glossary\n\n");
        for (GlossaryTerm t : g.terms()) {
            out.append("**").append(t.term()).append("** — ").append(t.definition().replaceAll("\\s+", " ").strip());
            if (t.link() != null) {
                out.append(" ([source](").append(t.link()).append("))");
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    public static String json(Glossary g) {
        ArrayNode terms = Json.array();
        for (GlossaryTerm t : g.terms()) {
            ObjectNode n = Json.object();
            n.put("term", t.term());
            n.put("definition", t.definition().replaceAll("\\s+", " ").strip());
            if (t.link() != null) {
                n.put("link", t.link());
            }
            terms.add(n);
        }
        ObjectNode root = Json.object();
        root.set("terms", terms);
        return Json.pretty(root);
    }
}
