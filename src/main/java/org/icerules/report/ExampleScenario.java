package org.icerules.report;

import org.icerules.analysis.DiffPattern;
import org.icerules.analysis.DiffResult;
import org.icerules.model.facts.Case;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A diff pattern's example as a scenario file that {@code run} and {@code test} accept: the
 * facts away from their defaults, the readings, and an {@code expect} block with what each
 * regime says — so {@code ./ice-rules test DIR} confirms every example.
 */
public final class ExampleScenario {
    private ExampleScenario() {
    }

    /** The case's facts that differ from their defaults, in spec order, as wire values. */
    public static Map<String, String> nonDefaultFacts(Case c) {
        Map<String, String> defaults = c.vocabulary().toWire(c.vocabulary().defaults(c.date()));
        Map<String, String> out = new LinkedHashMap<>();
        c.vocabulary().toWire(c).forEach((k, v) -> {
            if (!v.equals(defaults.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** {@code diff-<action>-<n>}, n counting from 1 within the action. */
    public static String id(DiffPattern p, int n) {
        return "diff-" + p.action().id() + "-" + n;
    }

    /** As {@link #yaml(DiffResult, DiffPattern, int, String, boolean)}, for regimes of no particular place. */
    public static String yaml(DiffResult d, DiffPattern p, int n) {
        return yaml(d, p, n, null, true);
    }

    /**
     * @param place    the example's {@code jurisdiction} (null: none written)
     * @param bothThere whether the second regime applies in that place too; if not, its answer is
     *                  written as a comment, since an {@code expect} may name only the place's regimes
     */
    public static String yaml(DiffResult d, DiffPattern p, int n, String place, boolean bothThere) {
        StringBuilder out = new StringBuilder();
        out.append("id: ").append(id(p, n)).append('\n');
        out.append("title: ").append(quote(p.action().id() + ": " + d.first().id() + " " + p.first().wire() + ", "
                + d.second().id() + " " + p.second().wire())).append('\n');
        if (place != null) {
            out.append("jurisdiction: ").append(place).append('\n');
        }
        out.append("date: ").append(p.example().facts().date()).append('\n');
        out.append("notes: ").append(quote("Written by ice-rules diff. Pattern: "
                + String.join(" and ", p.conditions().stream().map(c -> c.text()).toList())
                + " (" + p.cases() + " cases)")).append('\n');
        Map<String, String> facts = nonDefaultFacts(p.example().facts());
        out.append("facts:").append(facts.isEmpty() ? " {}\n" : "\n");
        facts.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        if (!p.example().readings().isEmpty()) {
            out.append("interpretations:\n");
            p.example().readings().forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        }
        out.append("expect:\n");
        for (List<String> e : List.of(List.of(d.first().id(), p.first().wire()),
                List.of(d.second().id(), p.second().wire()))) {
            boolean here = bothThere || e.get(0).equals(d.first().id());
            String hash = here ? "" : "# ";
            if (!here) {
                out.append("  # ").append(e.get(0)).append(" applies in ").append(d.second().jurisdiction())
                        .append(", not here (test checks only this place's regimes):\n");
            }
            out.append("  ").append(hash).append(e.get(0)).append(":\n");
            out.append("  ").append(hash).append("  ").append(p.action().id()).append(": ").append(e.get(1)).append('\n');
        }
        return out.toString();
    }

    /** A double-quoted YAML string. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
