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
        return text(c, colour, Layout.PIPED);
    }

    /**
     * The table: the mark, the action's question with its id under it, then a column per regime
     * (its standing under its name when not in force on the date), continuing in blocks that fit
     * the layout's width. Piped, cells do not wrap; on a terminal they wrap only when they must.
     */
    public static String text(Comparison c, boolean colour, Layout layout) {
        StringBuilder out = new StringBuilder(header(c, layout));
        List<Action> shown = shown(c);
        int lead = Math.max(MatrixTable.QUESTION_WIDTH, shown.stream().mapToInt(a -> a.id().length()).max().orElse(6));
        List<List<String>> plain = new ArrayList<>();
        for (Action a : shown) {
            plain.add(c.rows().get(a).stream().map(v -> MatrixTable.cell(v, CiteAbbreviation.NONE)).toList());
        }
        int cellWidth = layout.fitted()
                ? MatrixTable.cellWidth(layout, lead + 2, c.regimes(), plain, c.scenario()) : Integer.MAX_VALUE;
        List<List<String>> head = new ArrayList<>(List.of(List.of(""), List.of("action")));
        c.regimes().forEach(r -> {
            List<String> h = new ArrayList<>(layout.wrap(r.shortName(), cellWidth));
            String mark = StandingWords.mark(StandingWords.standing(r, c.scenario().date()));
            if (!mark.isEmpty()) {
                h.addAll(layout.wrap("(" + mark + ")", cellWidth));
            }
            head.add(h);
        });
        List<BlockTable.Row> rows = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            Action a = shown.get(k);
            List<List<String>> row = new ArrayList<>();
            List<String> styles = new ArrayList<>();
            row.add(List.of(c.disagree(a) ? MARK : ""));
            styles.add(colour ? "\u001b[1m" : null);
            row.add(MatrixTable.questionCell(a, lead, layout));
            styles.add(null);
            List<Verdict> vs = c.rows().get(a);
            for (int i = 0; i < vs.size(); i++) {
                row.add(layout.wrap(plain.get(k).get(i), cellWidth));
                styles.add(colour ? colour(vs.get(i).status()) : null);
            }
            rows.add(new BlockTable.Row(row, styles));
        }
        new BlockTable(2, " ").render(out, new BlockTable.Row(head), rows, layout.width());
        footer(c, layout).lines().forEach(l -> out.append(l).append('\n'));
        StandingWords.legends(c.regimes(), c.scenario().date())
                .forEach(l -> layout.wrap(l).forEach(line -> out.append(line).append('\n')));
        return out.toString();
    }

    public static String markdown(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(c.scenario().id()).append(" — ").append(c.scenario().title()).append("\n\n");
        out.append(header(c).lines().skip(1).map(l -> l + "  \n").reduce("", String::concat)).append('\n');
        out.append(CaseFacts.markdown(c.scenario()));
        out.append("| | action |");
        c.regimes().forEach(r -> {
            String mark = StandingWords.mark(StandingWords.standing(r, c.scenario().date()));
            out.append(' ').append(md(r.shortName())).append(mark.isEmpty() ? "" : "<br>*" + mark + "*").append(" |");
        });
        out.append("\n|---|---|");
        c.regimes().forEach(r -> out.append("---|"));
        out.append('\n');
        for (Action a : shown(c)) {
            out.append("| ").append(c.disagree(a) ? "**" + MARK + "**" : "").append(" | ")
                    .append(md(StandingWords.question(a))).append("<br>`").append(a.id()).append("` |");
            for (Verdict v : c.rows().get(a)) {
                String cell = MatrixTable.cell(v, CiteAbbreviation.NONE);
                out.append(' ').append(c.disagree(a) ? "**" + md(cell) + "**" : md(cell)).append(" |");
            }
            out.append('\n');
        }
        out.append(footer(c));
        List<String> legends = StandingWords.legends(c.regimes(), c.scenario().date());
        if (!legends.isEmpty()) {
            out.append('\n');
            legends.forEach(l -> out.append(md(l)).append("  \n"));
        }
        return out.toString();
    }

    /**
     * One row per scenario, regime and action (silent ones too), each row led by the case
     * ({@link CaseFacts#csvHeader()}) so a row read alone still says what case it answers.
     */
    public static String csv(List<Comparison> cs) {
        List<String> header = new ArrayList<>(cs.isEmpty() ? List.of()
                : CaseFacts.csvHeader(cs.get(0).scenario().facts().vocabulary()));
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
        return header(c, new Layout(Integer.MAX_VALUE, false));
    }

    private static String header(Comparison c, Layout layout) {
        List<String> lines = new ArrayList<>();
        lines.add(c.scenario().id() + " — " + c.scenario().title());
        lines.add("date " + c.scenario().date()
                + (c.scenario().source() != null ? " · source: " + c.scenario().source() : ""));
        if (!c.readings().isEmpty()) {
            List<String> parts = new ArrayList<>();
            c.readings().forEach((k, v) -> parts.add(k + "=" + v));
            lines.add("readings: " + String.join(", ", parts));
        }
        int n = c.disagreeing().size();
        lines.add(MARK + " marks the " + n + (n == 1 ? " action" : " actions") + " on which the regimes shown disagree");
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> layout.wrap(l).forEach(w -> out.append(w).append('\n')));
        return out.append('\n').toString();
    }

    private static String footer(Comparison c) {
        return footer(c, new Layout(Integer.MAX_VALUE, false));
    }

    private static String footer(Comparison c, Layout layout) {
        List<String> silent = c.rows().keySet().stream().filter(a -> !c.anySaid(a)).map(Action::id).toList();
        return silent.isEmpty() ? "" : "\n" + String.join("\n",
                layout.wrap("silent under every regime shown: " + String.join(", ", silent))) + "\n";
    }

    static String md(String s) {
        return s.replace("|", "\\|");
    }
}
