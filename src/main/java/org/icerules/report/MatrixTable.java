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
 * The readable table of {@code run}: one row per action, one column per regime, each cell the
 * status and the citation that decides it, wrapped to a fixed width so seven regimes fit a
 * terminal; when the regimes still do not fit {@link #TABLE_WIDTH}, they continue in further
 * blocks below, each with the action column. Each column drops the citation words its regime
 * shares (said once in the legend).
 * Actions every regime leaves silent are folded into one line at the end.
 */
public final class MatrixTable {
    /** Widest a regime column grows before its cells wrap. */
    static final int CELL_WIDTH = 24;
    /** Widest a table grows before the regimes continue in a further block below. */
    static final int TABLE_WIDTH = 160;

    private MatrixTable() {
    }

    public static String render(Scenario s, List<Regime> regimes, List<Verdict> verdicts, Map<String, String> readings) {
        return render(s, regimes, verdicts, readings, Map.of(), List.of());
    }

    /**
     * As above, with the text of some cells given (key {@code regime/action}, e.g. a contingent
     * answer's "depends (1)") and lines printed below the table (what those cells mean).
     */
    public static String render(Scenario s, List<Regime> regimes, List<Verdict> verdicts, Map<String, String> readings,
                                Map<String, String> cellText, List<String> below) {
        StringBuilder out = new StringBuilder();
        out.append(s.id()).append(" — ").append(s.title()).append('\n');
        // a source naming its web addresses can be long: wrapped like the readings, to the table's width
        for (String line : Wrap.words("date " + s.date() + (s.source() == null ? "" : " · source: " + s.source()),
                TABLE_WIDTH)) {
            out.append(line).append('\n');
        }
        if (!readings.isEmpty()) {
            List<String> parts = new ArrayList<>();
            readings.forEach((k, v) -> parts.add(k + "=" + v));
            for (String line : Wrap.words("readings: " + String.join(", ", parts), TABLE_WIDTH)) {
                out.append(line).append('\n');
            }
        }
        out.append('\n');

        Map<String, Verdict> cells = new HashMap<>();
        verdicts.forEach(v -> cells.put(v.regime() + "/" + v.action().id(), v));
        List<CiteAbbreviation> abbreviations = regimes.stream().map(CiteAbbreviation::of).toList();
        List<List<String>> header = new ArrayList<>();
        header.add(List.of("action"));
        regimes.forEach(r -> header.add(Wrap.words(r.shortName(), CELL_WIDTH)));
        List<List<List<String>>> rows = new ArrayList<>();
        List<String> silentEverywhere = new ArrayList<>();
        for (Action a : Action.values()) {
            List<List<String>> row = new ArrayList<>();
            row.add(List.of(a.id()));
            boolean anySaid = false;
            for (int i = 0; i < regimes.size(); i++) {
                String key = regimes.get(i).id() + "/" + a.id();
                Verdict v = cells.get(key);
                row.add(Wrap.words(cellText.getOrDefault(key, cell(v, abbreviations.get(i))), CELL_WIDTH));
                anySaid |= cellText.containsKey(key)
                        || v != null && (v.status() != Status.SILENT || !v.provisions().isEmpty());
            }
            if (anySaid) {
                rows.add(row);
            } else {
                silentEverywhere.add(a.id());
            }
        }
        int[] widths = widths(header, rows);
        List<List<Integer>> blocks = blocks(widths);
        for (int b = 0; b < blocks.size(); b++) {
            if (b > 0) {
                out.append('\n');
            }
            appendBlock(out, blocks.get(b), header, rows, widths);
        }
        if (!silentEverywhere.isEmpty()) {
            out.append("\nsilent under every regime shown: ").append(String.join(", ", silentEverywhere)).append('\n');
        }
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < regimes.size(); i++) {
            if (!abbreviations.get(i).prefix().isEmpty()) {
                legend.add(regimes.get(i).shortName() + ": " + abbreviations.get(i).prefix() + " …");
            }
        }
        if (!legend.isEmpty()) {
            for (String line : Wrap.words("citations begin: " + String.join("; ", legend), TABLE_WIDTH)) {
                out.append(line).append('\n');
            }
        }
        for (String b : below) {
            for (String line : Wrap.words(b, TABLE_WIDTH)) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The regime columns in blocks that each fit {@link #TABLE_WIDTH} beside the action column,
     * so a dozen regimes print as two or three tables stacked rather than one too wide to read.
     */
    static List<List<Integer>> blocks(int[] widths) {
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        int used = widths[0];
        for (int i = 1; i < widths.length; i++) {
            int add = 3 + widths[i];
            if (!block.isEmpty() && used + add > TABLE_WIDTH) {
                blocks.add(block);
                block = new ArrayList<>();
                used = widths[0];
            }
            block.add(i);
            used += add;
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static void appendBlock(StringBuilder out, List<Integer> columns, List<List<String>> header,
                                    List<List<List<String>>> rows, int[] allWidths) {
        int[] widths = new int[columns.size() + 1];
        widths[0] = allWidths[0];
        for (int i = 0; i < columns.size(); i++) {
            widths[i + 1] = allWidths[columns.get(i)];
        }
        appendRow(out, pick(header, columns), widths);
        List<List<String>> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add(List.of("-".repeat(w)));
        }
        appendRow(out, rule, widths);
        for (int i = 0; i < rows.size(); i++) {
            List<List<String>> row = pick(rows.get(i), columns);
            if (i > 0 && pick(rows.get(i - 1), columns).stream().anyMatch(c -> c.size() > 1)) {
                out.append('\n'); // a blank line after a wrapped row keeps rows apart
            }
            appendRow(out, row, widths);
        }
    }

    /** The action column and the given regime columns of a row. */
    private static List<List<String>> pick(List<List<String>> row, List<Integer> columns) {
        List<List<String>> out = new ArrayList<>();
        out.add(row.get(0));
        columns.forEach(c -> out.add(row.get(c)));
        return out;
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

    private static int[] widths(List<List<String>> header, List<List<List<String>>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = longest(header.get(i));
            for (List<List<String>> row : rows) {
                widths[i] = Math.max(widths[i], longest(row.get(i)));
            }
        }
        return widths;
    }

    private static int longest(List<String> lines) {
        return lines.stream().mapToInt(String::length).max().orElse(0);
    }

    private static void appendRow(StringBuilder out, List<List<String>> cells, int[] widths) {
        int height = cells.stream().mapToInt(List::size).max().orElse(1);
        for (int line = 0; line < height; line++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append(" | ");
                }
                String text = line < cells.get(i).size() ? cells.get(i).get(line) : "";
                sb.append(text).append(" ".repeat(widths[i] - text.length()));
            }
            out.append(sb.toString().stripTrailing()).append('\n');
        }
    }
}
