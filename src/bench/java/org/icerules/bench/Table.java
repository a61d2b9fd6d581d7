package org.icerules.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The summary table: one row per measurement, with its median, spread, target and whether it holds. */
final class Table {
    /** One measured line. {@code meets} is null when there is no target. */
    record Row(String item, String what, String median, String spread, String target, Boolean meets, String load) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final PrintWriter progress;

    Table(PrintWriter progress) {
        this.progress = progress;
    }

    void add(String item, String what, Stats s, String unit, int decimals, String target, Boolean meets) {
        add(new Row(item, what, fmt(s.median(), decimals) + " " + unit,
                fmt(s.min(), decimals) + "–" + fmt(s.max(), decimals) + " (n=" + s.samples().size() + ")",
                target, meets, Processes.load()));
    }

    void note(String item, String what, String value) {
        add(new Row(item, what, value, "", "", null, Processes.load()));
    }

    private void add(Row r) {
        rows.add(r);
        progress.printf("  %-4s %-58s %s%n", r.item(), r.what(), r.median());
        progress.flush();
    }

    static String fmt(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (decimals == 0) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    void print(PrintWriter out) {
        String[] head = {"#", "measurement", "median", "spread (min–max)", "target", "ok", "load avg"};
        int[] w = new int[head.length];
        List<String[]> cells = new ArrayList<>();
        cells.add(head);
        for (Row r : rows) {
            cells.add(new String[]{r.item(), r.what(), r.median(), r.spread(), r.target(),
                    r.meets() == null ? "" : r.meets() ? "yes" : "NO", r.load()});
        }
        for (String[] c : cells) {
            for (int i = 0; i < c.length; i++) {
                w[i] = Math.max(w[i], c[i].length());
            }
        }
        for (int k = 0; k < cells.size(); k++) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < w.length; i++) {
                line.append(' ').append(String.format("%-" + w[i] + "s", cells.get(k)[i])).append(" |");
            }
            out.println(line);
            if (k == 0) {
                StringBuilder sep = new StringBuilder("|");
                for (int width : w) {
                    sep.append('-').append("-".repeat(width)).append("-|");
                }
                out.println(sep);
            }
        }
        out.flush();
    }
}
