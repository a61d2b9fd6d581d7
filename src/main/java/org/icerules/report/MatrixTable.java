package org.icerules.report;

import org.icerules.model.Action;
import org.icerules.model.Provision;
import org.icerules.model.Regime;
import org.icerules.model.Scenario;
import org.icerules.model.Status;
import org.icerules.model.Verdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readable table of {@code run}: one row per action, one column per regime, each cell the
 * status and the citation that decides it. Actions every regime leaves silent are folded into
 * one line at the end, so the table shows what the regimes actually say.
 */
public final class MatrixTable {
    private MatrixTable() {
    }

    public static String render(Scenario s, List<Regime> regimes, List<Verdict> verdicts, Map<String, String> readings) {
        StringBuilder out = new StringBuilder();
        out.append(s.id()).append(" — ").append(s.title()).append('\n');
        out.append("date ").append(s.date());
        if (s.source() != null) {
            out.append(" · source: ").append(s.source());
        }
        out.append('\n');
        if (!readings.isEmpty()) {
            List<String> parts = new ArrayList<>();
            readings.forEach((k, v) -> parts.add(k + "=" + v));
            out.append("readings: ").append(String.join(", ", parts)).append('\n');
        }
        out.append('\n');

        Map<String, Verdict> cells = new HashMap<>();
        verdicts.forEach(v -> cells.put(v.regime() + "/" + v.action().id(), v));
        List<String> header = new ArrayList<>();
        header.add("action");
        regimes.forEach(r -> header.add(r.shortName()));
        List<List<String>> rows = new ArrayList<>();
        List<String> silentEverywhere = new ArrayList<>();
        for (Action a : Action.values()) {
            List<String> row = new ArrayList<>();
            row.add(a.id());
            boolean anySaid = false;
            for (Regime r : regimes) {
                Verdict v = cells.get(r.id() + "/" + a.id());
                row.add(cell(v));
                anySaid |= v != null && (v.status() != Status.SILENT || !v.provisions().isEmpty());
            }
            if (anySaid) {
                rows.add(row);
            } else {
                silentEverywhere.add(a.id());
            }
        }
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        appendRow(out, header, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        appendRow(out, rule, widths);
        rows.forEach(row -> appendRow(out, row, widths));
        if (!silentEverywhere.isEmpty()) {
            out.append("\nsilent under every regime shown: ").append(String.join(", ", silentEverywhere)).append('\n');
        }
        return out.toString();
    }

    /** "forbidden D.R.M.C. § 28-253", "CONFLICT …", "silent" — the first deciding citation, "+N" for more. */
    static String cell(Verdict v) {
        if (v == null) {
            return "";
        }
        String status = v.status() == Status.CONFLICT ? "CONFLICT" : v.status().wire();
        List<Provision> ps = v.provisions();
        if (ps.isEmpty()) {
            return status;
        }
        String cell = status + " " + ps.get(0).cite();
        return ps.size() > 1 ? cell + " +" + (ps.size() - 1) : cell;
    }

    private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(" | ");
            }
            line.append(cells.get(i));
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cells.get(i).length()));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
