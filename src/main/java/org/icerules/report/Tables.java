package org.icerules.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text tables: a header, a rule, rows; columns padded to the widest cell, "|" between.
 * Fitted to a terminal, the widest columns wrap (none narrower than {@link #NARROWEST}) and
 * columns that still do not fit continue in blocks below, each repeating the first column.
 */
final class Tables {
    static final int NARROWEST = 12;

    private Tables() {
    }

    static void render(StringBuilder out, List<String> header, List<List<String>> rows, Layout layout) {
        if (!layout.fitted()) {
            render(out, header, rows);
            return;
        }
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], longestLine(row.get(i)));
            }
        }
        // narrow the widest column, a character at a time, until the table fits (the first, the
        // action's question, to no less than its id)
        int firstAtLeast = Math.min(widths[0], MatrixTable.QUESTION_WIDTH);
        while (total(widths) > layout.width()) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                int least = i == 0 ? firstAtLeast : NARROWEST;
                if (widths[i] > least && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break; // only narrow columns are left: they continue in blocks
            }
            widths[widest]--;
        }
        List<List<String>> head = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            head.add(layout.wrap(header.get(i), widths[i]));
        }
        List<BlockTable.Row> wrapped = new ArrayList<>();
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                List<String> lines = new ArrayList<>();
                for (String part : row.get(i).split("\n")) {
                    lines.addAll(part.isEmpty() ? List.of("") : layout.wrap(part, widths[i]));
                }
                cells.add(lines);
            }
            wrapped.add(new BlockTable.Row(cells));
        }
        new BlockTable(1, " | ").render(out, new BlockTable.Row(head), wrapped, layout.width());
    }

    /** A cell may hold lines of its own (a question, then the id): its width is its longest line. */
    private static int longestLine(String cell) {
        int longest = 0;
        for (String line : cell.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private static int total(int[] widths) {
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        return sum + 3 * (widths.length - 1);
    }

    static void render(StringBuilder out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        row(out, header, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        row(out, rule, widths);
        rows.forEach(r -> row(out, r, widths));
    }

    private static void row(StringBuilder out, List<String> cells, int[] widths) {
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
