package org.icerules.report;

import org.icerules.law.CombinedAnswer;
import org.icerules.law.GrantRisk;
import org.icerules.law.Layer;
import org.icerules.law.LawAnswer;
import org.icerules.law.LayerProvision;
import org.icerules.law.Preemption;
import org.icerules.model.law.Regime;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;
import org.icerules.model.law.ValidityEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The readable answer of {@code law}: the layers in force, then one row per action (answer,
 * the layers and provisions that decide, and markers), then numbered notes for what a row
 * marks: preemption, conflicts between layers, grant risk with the award, permissions that
 * gave way. Actions every layer leaves silent are folded into one line.
 */
public final class LawTable {
    private LawTable() {
    }

    public static String render(Scenario s, LawAnswer law) {
        return render(s, law, Layout.PIPED);
    }

    /** The answer fitted to the layout (a terminal), or in the stable layout (piped). */
    public static String render(Scenario s, LawAnswer law, Layout layout) {
        StringBuilder out = new StringBuilder();
        out.append(layout.lines(s.id() + " — " + s.title(), "", ""));
        out.append(layout.lines("law in force on " + law.date() + " in " + law.jurisdiction()
                + (law.date().equals(s.date()) ? "" : " (the scenario's own date is " + s.date() + ")"), "", ""));
        out.append("layers:\n");
        if (law.layers().isEmpty()) {
            out.append("  (none)\n");
        }
        for (Layer l : law.layers()) {
            out.append(layout.lines(layerLine(l), "  - ", "    "));
        }
        if (!law.readings().isEmpty()) {
            out.append(layout.lines("readings: " + law.readings().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()
                            + (law.fromRecord().containsKey(e.getKey()) ? " (dated record)" : ""))
                    .collect(Collectors.joining(", ")), "", "  "));
        }
        out.append('\n');

        List<String> notes = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (CombinedAnswer a : law.answers()) {
            if (a.status() == Status.SILENT && a.preempted().isEmpty() && a.grantRisks().isEmpty()) {
                silent.add(a.action().id());
                continue;
            }
            List<String> marks = new ArrayList<>();
            if (!a.preempted().isEmpty()) {
                marks.add("preempted " + ref(notes, preemptionNote(a)));
            }
            if (!a.conflicts().isEmpty()) {
                marks.add("conflict " + ref(notes, conflictNote(a)));
            }
            for (GrantRisk g : a.grantRisks()) {
                marks.add("GRANT AT RISK " + ref(notes, grantNote(a, g)));
            }
            if (!a.gaveWay().isEmpty()) {
                marks.add("over " + a.gaveWay().size() + " permission" + (a.gaveWay().size() == 1 ? "" : "s") + " "
                        + ref(notes, a.action().id() + " — gave way to the prohibition: " + joined(a.gaveWay())));
            }
            for (String n : a.notes()) {
                marks.add("note " + ref(notes, a.action().id() + " — " + n));
            }
            String status = a.status() == Status.CONFLICT ? "CONFLICT" : a.status().wire();
            rows.add(List.of(StandingWords.actionCell(a.action(), layout), status, a.status() == Status.CONFLICT ? "see note" : joined(a.deciding()),
                    String.join(", ", marks)));
        }
        Tables.render(out, List.of("action", "answer", "decided by (layer: provision)", "also"), rows, layout);
        if (!silent.isEmpty()) {
            out.append('\n').append(layout.lines("silent under every layer: " + String.join(", ", silent), "", "  "));
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            for (int i = 0; i < notes.size(); i++) {
                out.append(layout.lines(notes.get(i), "[" + (i + 1) + "] ", "    "));
            }
        }
        return out.toString();
    }

    /** "ordinance 2017 — city ordinance, in force from 2017-08-31" (+ hypothetical, grant, standing). */
    public static String layerLine(Layer l) {
        Regime r = l.regime();
        StringBuilder b = new StringBuilder();
        b.append(r.shortName()).append(" (").append(r.id()).append(") — ").append(r.level()).append(' ')
                .append(r.kind().replace('-', ' '));
        if (l.hypothetical()) {
            b.append(", NOT in force (").append(r.status()).append("): included as if it were");
        } else if (r.validity().from() != null) {
            b.append(", in force from ").append(r.validity().from());
            if (r.validity().to() != null) {
                b.append(" to ").append(r.validity().to());
            }
        }
        if (r.isGrantCondition()) {
            b.append("; conditions on a grant, not law");
            if (r.award() != null) {
                b.append(" (award ").append(r.award().display())
                        .append(r.award().date() == null ? "" : ", " + r.award().date()).append(')');
            }
        }
        for (ValidityEvent e : l.standing()) {
            b.append("\n      ").append(e.date()).append(' ').append(e.change());
            if (!e.actions().isEmpty()) {
                b.append(" [").append(e.actions().stream().map(a -> a.id()).collect(Collectors.joining(", "))).append(']');
            }
            if (e.note() != null) {
                b.append(" — ").append(e.note());
            }
            if (!e.readings().isEmpty()) {
                b.append(" → ").append(e.readings().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue())
                        .collect(Collectors.joining(", ")));
            }
        }
        return b.toString();
    }

    static String preemptionNote(CombinedAnswer a) {
        return a.action().id() + " — preempted: " + a.preempted().stream().map(LawTable::preemption)
                .collect(Collectors.joining("; ")) + ". The preempted provision does not decide.";
    }

    static String preemption(Preemption p) {
        return p.preempted().display() + " (" + p.preempted().status().wire() + ") by " + p.by().display();
    }

    static String conflictNote(CombinedAnswer a) {
        return a.action().id() + " — conflict between layers: " + a.conflicts().stream()
                .map(p -> p.display() + " says " + p.status().wire()).collect(Collectors.joining(" vs "));
    }

    static String grantNote(CombinedAnswer a, GrantRisk g) {
        return grantNote(a, g, true);
    }

    /** The grant-risk note; {@code withStanding} adds the condition's changes of standing so far. */
    static String grantNote(CombinedAnswer a, GrantRisk g, boolean withStanding) {
        StringBuilder b = new StringBuilder(a.action().id()).append(" — grant at risk: ")
                .append(g.condition().display()).append(" requires it, but ").append(joined(g.against()))
                .append(" forbid").append(g.against().size() == 1 ? "s" : "").append(" it");
        if (g.award() != null) {
            b.append("; award ").append(g.award().display());
            if (g.award().date() != null) {
                b.append(" (").append(g.award().date()).append(')');
            }
        }
        if (withStanding && !g.standing().isEmpty()) {
            b.append("; the condition's standing: ").append(g.standing().stream()
                    .map(e -> e.change() + " " + e.date()).collect(Collectors.joining(", ")))
                    .append(" (see the layer's events)");
        }
        return b.toString();
    }

    static String joined(List<LayerProvision> ps) {
        return LayerProvision.joined(ps);
    }

    private static String ref(List<String> notes, String note) {
        int i = notes.indexOf(note);
        if (i < 0) {
            notes.add(note);
            i = notes.size() - 1;
        }
        return "[" + (i + 1) + "]";
    }
}
