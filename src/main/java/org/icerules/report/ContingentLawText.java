package org.icerules.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.analysis.Contingency;
import org.icerules.law.CombinedAnswer;
import org.icerules.law.ContingentLaw;
import org.icerules.law.Layer;
import org.icerules.law.LayerProvision;
import org.icerules.model.Scenario;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code law} and {@code timeline} while facts are unknown: each action's combined answer, or "depends" and on what. */
public final class ContingentLawText {
    private ContingentLawText() {
    }

    /** The law on one date: the layers, then one row per action that is not silent whatever the unknowns. */
    public static String law(Scenario s, LocalDate date, String jurisdiction, List<Layer> layers,
                             List<Contingency<CombinedAnswer>> answers) {
        StringBuilder out = new StringBuilder();
        out.append(s.id()).append(" — ").append(s.title()).append('\n');
        out.append("law in force on ").append(date).append(" in ").append(jurisdiction).append('\n');
        out.append("layers:\n");
        if (layers.isEmpty()) {
            out.append("  (none)\n");
        }
        layers.forEach(l -> out.append("  - ").append(LawTable.layerLine(l)).append('\n'));
        out.append("unknown: ").append(String.join(", ", s.unknown())).append('\n').append('\n');
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (Action a : s.facts().vocabulary().actions()) {
            Contingency<CombinedAnswer> c = answers.get(a.index());
            if (c.isDefinite() && c.status() == Status.SILENT) {
                silent.add(a.id());
                continue;
            }
            if (c.isDefinite()) {
                CombinedAnswer any = c.branches().get(0).answer();
                String decided = c.branches().size() == 1 ? LayerProvision.joined(any.deciding())
                        : "[" + (notes.size() + 1) + "]";
                if (c.branches().size() > 1) {
                    notes.add(a.id() + " — " + branches(c));
                }
                rows.add(List.of(a.id(), c.status().wire(), decided, c.whatever()));
            } else {
                notes.add(a.id() + " — " + branches(c));
                rows.add(List.of(a.id(), "depends [" + notes.size() + "]", "see note",
                        "on " + String.join(", ", c.matterNames())));
            }
        }
        Tables.render(out, List.of("action", "answer", "decided by (layer: provision)", "unknowns"), rows);
        if (!silent.isEmpty()) {
            out.append("\nsilent under every layer whatever the unknown facts: ").append(String.join(", ", silent))
                    .append('\n');
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            for (int i = 0; i < notes.size(); i++) {
                out.append('[').append(i + 1).append("] ").append(notes.get(i)).append('\n');
            }
        }
        return out.toString();
    }

    /** The timeline: for each action not silent throughout, its stretches of days and their answers. */
    public static String timeline(Scenario s, String jurisdiction, LocalDate from, LocalDate to,
                                  Map<Action, List<ContingentLaw.Segment>> segments) {
        StringBuilder out = new StringBuilder();
        out.append(s.id()).append(" — ").append(s.title()).append('\n');
        out.append("the law in force in ").append(jurisdiction).append(", ").append(from).append(" to ").append(to)
                .append("; unknown: ").append(String.join(", ", s.unknown())).append('\n');
        List<String> silent = new ArrayList<>();
        for (Map.Entry<Action, List<ContingentLaw.Segment>> e : segments.entrySet()) {
            if (e.getValue().stream().allMatch(g -> g.answer().isDefinite() && g.answer().status() == Status.SILENT)) {
                silent.add(e.getKey().id());
                continue;
            }
            out.append('\n').append(e.getKey().id()).append('\n');
            for (ContingentLaw.Segment g : e.getValue()) {
                Contingency<CombinedAnswer> c = g.answer();
                out.append("  ").append(g.from()).append(" – ").append(g.to()).append("  ");
                if (c.isDefinite() && c.branches().size() == 1) {
                    String by = LayerProvision.joined(c.branches().get(0).answer().deciding());
                    String w = c.whatever();
                    out.append(c.status().wire()).append(by.isEmpty() ? "" : " (" + by + ")")
                            .append(w.isEmpty() ? "" : ", " + w).append('\n');
                } else {
                    out.append(c.isDefinite() ? c.status().wire() + ": " : "depends: ").append(branches(c)).append('\n');
                }
            }
        }
        if (!silent.isEmpty()) {
            out.append("\nsilent throughout whatever the unknown facts: ").append(String.join(", ", silent)).append('\n');
        }
        return out.toString();
    }

    /** "forbidden if warrant ≠ judicial (ordinance 2017: D.R.M.C. § 28-252(a)); permitted if …". */
    static String branches(Contingency<CombinedAnswer> c) {
        List<String> parts = new ArrayList<>();
        for (Contingency.Branch<CombinedAnswer> b : c.branches()) {
            String by = LayerProvision.joined(b.answer().deciding());
            parts.add(b.status().wire() + " if " + b.when() + (by.isEmpty() ? "" : " (" + by + ")"));
        }
        return String.join("; ", parts);
    }

    /** JSON: one contingent answer per action (deciding provisions as in {@code law --format json}). */
    public static ArrayNode json(List<Contingency<CombinedAnswer>> answers, Scenario s) {
        ArrayNode out = Json.array();
        for (Action a : s.facts().vocabulary().actions()) {
            ObjectNode n = Json.object();
            n.put("action", a.id());
            n.setAll(ContingentJson.contingency(answers.get(a.index()), s.unknown(),
                    c -> c.deciding().stream().map(LayerProvision::provision).toList()));
            out.add(n);
        }
        return out;
    }
}
