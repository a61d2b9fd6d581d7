package org.icerules.report;

import org.icerules.analysis.Comparison;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code compare} as a table (optionally coloured for a terminal), Markdown or CSV: one row
 * per action, one column per regime, rows where the regimes disagree marked {@code ≠}.
 * Actions every regime leaves silent are folded into one line, as in {@code run}.
 */
public final class CompareTable {
    static final String MARK = "≠";
    private static final String RESET = "\u001b[0m";

    private CompareTable() {
    }

    /** ANSI colour for a status (only used when writing to a terminal). */
    static String colour(Status s) {
        return switch (s) {
            case FORBIDDEN -> "\u001b[31m";
            case PERMITTED -> "\u001b[32m";
            case REQUIRED -> "\u001b[34m";
            case SILENT -> "\u001b[2m";
            case CONFLICT -> "\u001b[1;35m";
        };
    }

    public static String text(Comparison c, boolean colour) {
        StringBuilder out = new StringBuilder(header(c));
        List<String> head = new ArrayList<>(List.of("", "action"));
        c.regimes().forEach(r -> head.add(r.shortName()));
        List<Action> shown = shown(c);
        int[] widths = new int[head.size()];
        for (int i = 0; i < head.size(); i++) {
            widths[i] = head.get(i).length();
        }
        for (Action a : shown) {
            widths[1] = Math.max(widths[1], a.id().length());
            List<Verdict> vs = c.rows().get(a);
            for (int i = 0; i < vs.size(); i++) {
                widths[i + 2] = Math.max(widths[i + 2], MatrixTable.cell(vs.get(i), CiteAbbreviation.NONE).length());
            }
        }
        widths[0] = 1;
        appendRow(out, head, null, widths, colour);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        appendRow(out, rule, null, widths, colour);
        for (Action a : shown) {
            List<String> row = new ArrayList<>(List.of(c.disagree(a) ? MARK : "", a.id()));
            List<Verdict> vs = c.rows().get(a);
            vs.forEach(v -> row.add(MatrixTable.cell(v, CiteAbbreviation.NONE)));
            appendRow(out, row, vs, widths, colour);
        }
        out.append(footer(c));
        return out.toString();
    }

    public static String markdown(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(c.scenario().id()).append(" — ").append(c.scenario().title()).append("\n\n");
        out.append(header(c).lines().skip(1).map(l -> l + "  \n").reduce("", String::concat)).append('\n');
        out.append(CaseFacts.markdown(c.scenario()));
        out.append("| | action |");
        c.regimes().forEach(r -> out.append(' ').append(md(r.shortName())).append(" |"));
        out.append("\n|---|---|");
        c.regimes().forEach(r -> out.append("---|"));
        out.append('\n');
        for (Action a : shown(c)) {
            out.append("| ").append(c.disagree(a) ? "**" + MARK + "**" : "").append(" | ").append(a.id()).append(" |");
            for (Verdict v : c.rows().get(a)) {
                String cell = MatrixTable.cell(v, CiteAbbreviation.NONE);
                out.append(' ').append(c.disagree(a) ? "**" + md(cell) + "**" : md(cell)).append(" |");
            }
            out.append('\n');
        }
        out.append(footer(c));
        return out.toString();
    }

    /**
     * One row per scenario, regime and action (silent ones too), each row led by the case
     * ({@link CaseFacts#csvHeader()}) so a row read alone still says what case it answers.
     */
    public static String csv(List<Comparison> cs) {
        List<String> header = new ArrayList<>(CaseFacts.csvHeader());
        header.addAll(List.of("regime", "action", "question", "status", "deciding citation", "basis", "disagree"));
        List<List<String>> rows = new ArrayList<>();
        for (Comparison c : cs) {
            List<String> lead = CaseFacts.csvCells(c.scenario(), c.readings());
            for (Action a : c.rows().keySet()) {
                for (Verdict v : c.rows().get(a)) {
                    List<String> row = new ArrayList<>(lead);
                    row.addAll(List.of(v.regime(), a.id(), a.question(), v.status().wire(),
                            String.join("; ", v.provisions().stream().map(p -> p.cite()).toList()),
                            String.join("; ", v.provisions().stream().map(p -> p.basis().wire()).toList()),
                            String.valueOf(c.disagree(a))));
                    rows.add(row);
                }
            }
        }
        return Csv.write(header, rows);
    }

    static List<Action> shown(Comparison c) {
        return c.rows().keySet().stream().filter(c::anySaid).toList();
    }

    private static String header(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append(c.scenario().id()).append(" — ").append(c.scenario().title()).append('\n');
        out.append("date ").append(c.scenario().date());
        if (c.scenario().source() != null) {
            out.append(" · source: ").append(c.scenario().source());
        }
        out.append('\n');
        if (!c.readings().isEmpty()) {
            List<String> parts = new ArrayList<>();
            c.readings().forEach((k, v) -> parts.add(k + "=" + v));
            out.append("readings: ").append(String.join(", ", parts)).append('\n');
        }
        int n = c.disagreeing().size();
        out.append(MARK).append(" marks the ").append(n).append(n == 1 ? " action" : " actions")
                .append(" on which the regimes shown disagree\n\n");
        return out.toString();
    }

    private static String footer(Comparison c) {
        List<String> silent = c.rows().keySet().stream().filter(a -> !c.anySaid(a)).map(Action::id).toList();
        return silent.isEmpty() ? "" : "\nsilent under every regime shown: " + String.join(", ", silent) + "\n";
    }

    private static void appendRow(StringBuilder out, List<String> cells, List<Verdict> verdicts, int[] widths,
                                  boolean colour) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(i == 1 ? " " : " | ");
            }
            String cell = cells.get(i);
            String pad = i < cells.size() - 1 ? " ".repeat(widths[i] - cell.length()) : "";
            if (colour && verdicts != null && i >= 2) {
                line.append(colour(verdicts.get(i - 2).status())).append(cell).append(RESET);
            } else if (colour && verdicts != null && i == 0 && !cell.isEmpty()) {
                line.append("\u001b[1m").append(cell).append(RESET);
            } else {
                line.append(cell);
            }
            line.append(pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    static String md(String s) {
        return s.replace("|", "\\|");
    }
}
