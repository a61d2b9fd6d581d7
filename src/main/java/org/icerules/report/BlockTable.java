package org.icerules.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose leading columns stay and whose other columns continue in blocks below
 * when they do not fit the width, each block repeating the leading columns. Cells are given
 * already wrapped (a list of lines); a blank line follows a row taller than one line, so rows
 * stay apart. An optional style (an ANSI prefix) colours a cell; widths count the text only.
 */
final class BlockTable {
    private static final String RESET = "\u001b[0m";

    /** One row: its cells, and the ANSI prefix of each (null for none) or null for an unstyled row. */
    record Row(List<List<String>> cells, List<String> styles) {
        Row(List<List<String>> cells) {
            this(cells, null);
        }
    }

    private final int fixed;
    private final String firstSeparator;

    /**
     * @param fixed          how many leading columns every block repeats
     * @param firstSeparator what stands between the first and second column (" | " between the others)
     */
    BlockTable(int fixed, String firstSeparator) {
        this.fixed = fixed;
        this.firstSeparator = firstSeparator;
    }

    void render(StringBuilder out, Row header, List<Row> rows, int width) {
        int[] widths = widths(header, rows);
        List<List<Integer>> blocks = blocks(widths, width);
        for (int b = 0; b < blocks.size(); b++) {
            if (b > 0) {
                out.append('\n');
            }
            appendBlock(out, blocks.get(b), header, rows, widths);
        }
    }

    /** The non-leading columns in blocks that each fit {@code width} beside the leading columns. */
    List<List<Integer>> blocks(int[] widths, int width) {
        int lead = 0;
        for (int i = 0; i < fixed; i++) {
            lead += widths[i] + (i == 0 ? 0 : separator(i).length());
        }
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        int used = lead;
        for (int i = fixed; i < widths.length; i++) {
            int add = separator(i).length() + widths[i];
            if (!block.isEmpty() && used + add > width) {
                blocks.add(block);
                block = new ArrayList<>();
                used = lead;
            }
            block.add(i);
            used += add;
        }
        if (!block.isEmpty() || blocks.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private String separator(int column) {
        return column == 1 ? firstSeparator : " | ";
    }

    private void appendBlock(StringBuilder out, List<Integer> columns, Row header, List<Row> rows, int[] widths) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < fixed; i++) {
            shown.add(i);
        }
        shown.addAll(columns);
        appendRow(out, header, shown, widths);
        List<List<String>> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add(List.of("-".repeat(w)));
        }
        appendRow(out, new Row(rule), shown, widths);
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0 && tall(rows.get(i - 1), shown)) {
                out.append('\n');
            }
            appendRow(out, rows.get(i), shown, widths);
        }
    }

    private static boolean tall(Row row, List<Integer> shown) {
        return shown.stream().anyMatch(c -> row.cells().get(c).size() > 1);
    }

    private void appendRow(StringBuilder out, Row row, List<Integer> shown, int[] widths) {
        int height = shown.stream().mapToInt(c -> row.cells().get(c).size()).max().orElse(1);
        for (int line = 0; line < height; line++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < shown.size(); k++) {
                int c = shown.get(k);
                if (k > 0) {
                    sb.append(separator(k == 1 ? 1 : c));
                }
                List<String> cell = row.cells().get(c);
                String text = line < cell.size() ? cell.get(line) : "";
                String style = row.styles() == null ? null : row.styles().get(c);
                if (style != null && !text.isEmpty()) {
                    sb.append(style).append(text).append(RESET);
                } else {
                    sb.append(text);
                }
                sb.append(" ".repeat(widths[c] - text.length()));
            }
            out.append(sb.toString().stripTrailing()).append('\n');
        }
    }

    private static int[] widths(Row header, List<Row> rows) {
        int[] widths = new int[header.cells().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = longest(header.cells().get(i));
            for (Row row : rows) {
                widths[i] = Math.max(widths[i], longest(row.cells().get(i)));
            }
        }
        return widths;
    }

    static int longest(List<String> lines) {
        return lines.stream().mapToInt(String::length).max().orElse(0);
    }
}
