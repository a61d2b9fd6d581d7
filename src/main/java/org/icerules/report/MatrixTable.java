package org.icerules.report;

import org.icerules.model.facts.Action;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readable table of {@code run}: one row per action, led by its question in plain words with
 * the id under it, one column per regime, each cell the status and the citation that decides it.
 * A regime not in force on the case's date says so under its name and in the legend. Regime
 * columns continue in blocks below when they do not fit the {@link Layout}'s width; on a terminal
 * cells widen to use the width and wrap only when they would not fit. Each column drops the
 * citation words its regime shares (said once in the legend).
 * Actions every regime leaves silent are folded into one line at the end.
 */
public final class MatrixTable {
    /** Widest a regime column grows before its cells wrap, in the stable (piped) layout. */
    static final int CELL_WIDTH = 24;
    /** Narrowest a regime column gets on a narrow terminal. */
    static final int NARROWEST_CELL = 12;
    /** Widest the question column grows before it wraps (an action id fits on its own line). */
    static final int QUESTION_WIDTH = 30;

    private MatrixTable() {
    }

    public static String render(Scenario s, List<Regime> regimes, List<Verdict> verdicts, Map<String, String> readings) {
        return render(s, regimes, verdicts, readings, Layout.PIPED);
    }

    public static String render(Scenario s, List<Regime> regimes, List<Verdict> verdicts, Map<String, String> readings,
                                Layout layout) {
        return render(s, regimes, verdicts, readings, Map.of(), List.of(), layout);
    }

    /**
     * As above, with the text of some cells given (key {@code regime/action}, e.g. a contingent
     * answer's "depends (1)") and lines printed below the table (what those cells mean).
     */
    public static String render(Scenario s, List<Regime> regimes, List<Verdict> verdicts, Map<String, String> readings,
                                Map<String, String> cellText, List<String> below, Layout layout) {
        int width = layout.width();
        StringBuilder out = new StringBuilder();
        layout.wrap(s.id() + " — " + s.title()).forEach(l -> out.append(l).append('\n'));
        // a source naming its web addresses can be long: wrapped like the readings, to the table's width
        for (String line : layout.wrap("date " + s.date() + (s.source() == null ? "" : " · source: " + s.source()))) {
            out.append(line).append('\n');
        }
        if (!readings.isEmpty()) {
            List<String> parts = new ArrayList<>();
            readings.forEach((k, v) -> parts.add(k + "=" + v));
            for (String line : layout.wrap("readings: " + String.join(", ", parts))) {
                out.append(line).append('\n');
            }
        }
        out.append('\n');

        Map<String, Verdict> cells = new HashMap<>();
        verdicts.forEach(v -> cells.put(v.regime() + "/" + v.action().id(), v));
        List<CiteAbbreviation> abbreviations = regimes.stream().map(CiteAbbreviation::of).toList();
        List<Action> shown = new ArrayList<>();
        List<String> silentEverywhere = new ArrayList<>();
        for (Action a : s.facts().vocabulary().actions()) {
            boolean anySaid = false;
            for (Regime r : regimes) {
                String key = r.id() + "/" + a.id();
                Verdict v = cells.get(key);
                anySaid |= cellText.containsKey(key) || v != null && (v.status() != Status.SILENT || !v.provisions().isEmpty());
            }
            if (anySaid) {
                shown.add(a);
            } else {
                silentEverywhere.add(a.id());
            }
        }
        int questionWidth = Math.min(QUESTION_WIDTH, Math.max(20, width / 3));
        List<List<String>> plain = new ArrayList<>();
        for (Action a : shown) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < regimes.size(); i++) {
                String key = regimes.get(i).id() + "/" + a.id();
                row.add(cellText.getOrDefault(key, cell(cells.get(key), abbreviations.get(i))));
            }
            plain.add(row);
        }
        int lead = Math.max(questionWidth, shown.stream().mapToInt(a -> a.id().length()).max().orElse(6));
        int cellWidth = cellWidth(layout, lead, regimes, plain, s);
        List<List<String>> head = new ArrayList<>();
        head.add(List.of("action"));
        for (Regime r : regimes) {
            List<String> h = new ArrayList<>(layout.wrap(r.shortName(), cellWidth));
            String mark = StandingWords.mark(StandingWords.standing(r, s.date()));
            if (!mark.isEmpty()) {
                h.addAll(layout.wrap("(" + mark + ")", cellWidth));
            }
            head.add(h);
        }
        List<BlockTable.Row> rows = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            List<List<String>> row = new ArrayList<>();
            row.add(questionCell(shown.get(k), lead, layout));
            plain.get(k).forEach(c -> row.add(layout.wrap(c, cellWidth)));
            rows.add(new BlockTable.Row(row));
        }
        new BlockTable(1, " | ").render(out, new BlockTable.Row(head), rows, width);
        if (!silentEverywhere.isEmpty()) {
            out.append('\n');
            layout.wrap("silent under every regime shown: " + String.join(", ", silentEverywhere))
                    .forEach(l -> out.append(l).append('\n'));
        }
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < regimes.size(); i++) {
            if (!abbreviations.get(i).prefix().isEmpty()) {
                legend.add(regimes.get(i).shortName() + ": " + abbreviations.get(i).prefix() + " …");
            }
        }
        if (!legend.isEmpty()) {
            for (String line : layout.wrap("citations begin: " + String.join("; ", legend))) {
                out.append(line).append('\n');
            }
        }
        for (String b : below) {
            layout.wrap(b).forEach(line -> out.append(line).append('\n'));
        }
        for (String l : StandingWords.legends(regimes, s.date())) {
            layout.wrap(l).forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    /** The question in plain words, wrapped, and the action's id under it for scripts and options. */
    static List<String> questionCell(Action a, int width, Layout layout) {
        List<String> lines = new ArrayList<>(layout.wrap(StandingWords.question(a), width));
        lines.add(a.id());
        return lines;
    }

    /**
     * How wide a regime column may grow before its cells wrap. Piped: {@link #CELL_WIDTH}. On a
     * terminal: no wrapping when every column fits unwrapped; else as wide as the blocks allow,
     * at least two regimes to a block.
     */
    static int cellWidth(Layout layout, int lead, List<Regime> regimes, List<List<String>> plain, Scenario s) {
        if (!layout.fitted()) {
            return CELL_WIDTH;
        }
        int natural = lead;
        int widest = 0;
        for (int i = 0; i < regimes.size(); i++) {
            int w = regimes.get(i).shortName().length();
            w = Math.max(w, StandingWords.mark(StandingWords.standing(regimes.get(i), s.date())).length() + 2);
            for (List<String> row : plain) {
                w = Math.max(w, row.get(i).length());
            }
            natural += 3 + w;
            widest = Math.max(widest, w);
        }
        if (natural <= layout.width()) {
            return widest;
        }
        int room = layout.width() - lead;
        int perBlock = Math.max(1, Math.min(regimes.size(), room / (CELL_WIDTH + 3)));
        if (perBlock < 2 && regimes.size() > 1) {
            perBlock = Math.max(1, room / (NARROWEST_CELL + 3));
            perBlock = Math.min(perBlock, 2);
        }
        return Math.max(NARROWEST_CELL, room / perBlock - 3);
    }

    /**
     * The regime columns in blocks that each fit the piped width beside the action column,
     * so a dozen regimes print as two or three tables stacked rather than one too wide to read.
     */
    static List<List<Integer>> blocks(int[] widths) {
        return new BlockTable(1, " | ").blocks(widths, Layout.PIPED_WIDTH);
    }

    /** "forbidden § 28-253", "CONFLICT …", "silent" — the first deciding citation, "+N" for more. */
    static String cell(Verdict v, CiteAbbreviation abbreviation) {
        if (v == null) {
            return "";
        }
        String status = v.status() == Status.CONFLICT ? "CONFLICT" : v.status().wire();
        List<Provision> ps = v.provisions();
        if (ps.isEmpty()) {
            return status;
        }
        String cell = status + " " + abbreviation.shorten(ps.get(0).cite());
        return ps.size() > 1 ? cell + " +" + (ps.size() - 1) : cell;
    }
}
