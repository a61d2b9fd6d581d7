package org.icerules.report;

import org.icerules.law.CombinedAnswer;
import org.icerules.law.Timeline;
import org.icerules.model.facts.Action;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable timeline: one row per action, one column per date where something changes
 * (each cell a status letter with markers), the changes in words, then each action's stretches
 * with the layers and provisions that decide.
 */
public final class TimelineTable {
    private TimelineTable() {
    }

    public static String render(Scenario s, String jurisdiction, List<Timeline.Point> points, LocalDate from,
                                LocalDate to) {
        return render(s, jurisdiction, points, from, to, List.of(), Layout.PIPED);
    }

    /**
     * The timeline of the actions in {@code only} (every action when it is empty), fitted to the
     * layout (a terminal) or in the stable layout (piped).
     */
    public static String render(Scenario s, String jurisdiction, List<Timeline.Point> points, LocalDate from,
                                LocalDate to, List<Action> only, Layout layout) {
        StringBuilder out = new StringBuilder();
        out.append(layout.lines(s.id() + " — " + s.title(), "", ""));
        out.append(layout.lines("Timeline of the law in force in " + jurisdiction + ", " + from + " to " + to, "", ""));
        out.append(layout.lines("F forbidden · P permitted · R required · S silent · C conflict between layers; "
                + "* a lower provision preempted · $ a grant at risk", "", "")).append('\n');
        List<String> header = new ArrayList<>();
        header.add("action");
        points.forEach(p -> header.add(p.date().toString()));
        List<List<String>> rows = new ArrayList<>();
        List<Action> shown = shown(points, only);
        for (Action a : shown) {
            List<String> row = new ArrayList<>();
            row.add(a.id()); // a compact chart: each action's question heads its stretches below
            for (Timeline.Point p : points) {
                row.add(cell(p.answer().answers().get(a.index())));
            }
            rows.add(row);
        }
        Tables.render(out, header, rows, layout);
        List<String> silent = new ArrayList<>();
        for (Action a : s.facts().vocabulary().actions()) {
            if (!shown.contains(a) && (only.isEmpty() || only.contains(a))) {
                silent.add(a.id());
            }
        }
        if (!silent.isEmpty()) {
            out.append('\n').append(layout.lines("silent throughout: " + String.join(", ", silent), "", "  "));
        }
        out.append("\nwhat changed:\n");
        for (Timeline.Point p : points) {
            out.append("  ").append(p.date()).append('\n');
            changes(p, only).forEach(c -> out.append(layout.lines(c, "    ", "      ")));
        }
        for (Action a : shown) {
            out.append('\n').append(layout.lines(StandingWords.question(a) + " (" + a.id() + ")", "", ""));
            for (Timeline.Segment seg : Timeline.segments(points, a, to)) {
                CombinedAnswer c = seg.answer();
                StringBuilder stretch = new StringBuilder().append(seg.from()).append(" … ").append(seg.to()).append("  ")
                        .append(c.status() == Status.CONFLICT ? "CONFLICT" : c.status().wire());
                if (c.status() == Status.CONFLICT) {
                    stretch.append("  ").append(LawTable.conflictNote(c).substring(a.id().length() + 3));
                } else if (!c.deciding().isEmpty()) {
                    stretch.append("  ").append(LawTable.joined(c.deciding()));
                }
                out.append(layout.lines(stretch.toString(), "  ", "      "));
                if (!c.preempted().isEmpty()) {
                    out.append(layout.lines("preempted: " + String.join("; ",
                            c.preempted().stream().map(LawTable::preemption).toList()), "      ", "        "));
                }
                c.grantRisks().forEach(g -> out.append(layout.lines(
                        LawTable.grantNote(c, g, false).substring(a.id().length() + 3), "      ", "        ")));
            }
        }
        return out.toString();
    }

    /** The actions some layer speaks to at some point, in action order. */
    static List<Action> shown(List<Timeline.Point> points) {
        return shown(points, List.of());
    }

    /** Those of them in {@code only} (all when it is empty). */
    static List<Action> shown(List<Timeline.Point> points, List<Action> only) {
        List<Action> out = new ArrayList<>();
        List<Action> all = points.isEmpty() ? List.of()
                : points.get(0).answer().answers().stream().map(CombinedAnswer::action).toList();
        for (Action a : all) {
            if (!only.isEmpty() && !only.contains(a)) {
                continue;
            }
            for (Timeline.Point p : points) {
                CombinedAnswer c = p.answer().answers().get(a.index());
                if (c.status() != Status.SILENT || !c.preempted().isEmpty() || !c.grantRisks().isEmpty()) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    /** A point's changes, without the lines about actions left out by {@code only} ("= action: …"). */
    static List<String> changes(Timeline.Point p, List<Action> only) {
        if (only.isEmpty()) {
            return p.changes();
        }
        return p.changes().stream().filter(c -> !c.startsWith("= ")
                || only.stream().anyMatch(a -> c.startsWith("= " + a.id() + ": "))).toList();
    }

    static String cell(CombinedAnswer c) {
        String letter = switch (c.status()) {
            case FORBIDDEN -> "F";
            case PERMITTED -> "P";
            case REQUIRED -> "R";
            case SILENT -> "S";
            case CONFLICT -> "C";
        };
        return letter + (c.preempted().isEmpty() ? "" : "*") + (c.grantRisks().isEmpty() ? "" : "$");
    }
}
