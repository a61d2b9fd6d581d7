package org.icerules.report;

import org.icerules.batch.Summary;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary of a batch as a plain table: column × action × status, counts with percentages of the rows. */
public final class BatchTable {
    private BatchTable() {
    }

    /**
     * @param columns  the regimes' ids, or the one column of the law in force
     * @param readings the switches chosen with {@code --set} (the others at their defaults)
     */
    public static String render(Summary s, List<String> columns, List<Action> actions, Map<String, String> readings,
                                boolean law) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%,d rows", s.rows()));
        if (s.first() != null) {
            out.append(", ").append(s.first()).append(" to ").append(s.last());
        }
        out.append(law ? " · the law in force on each row's date" : " · each regime as if in force");
        out.append(" · readings: ").append(readings.isEmpty() ? "defaults"
                : String.join(", ", readings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        out.append('\n');
        List<Status> shown = new ArrayList<>();
        for (Status st : Status.values()) {
            if (s.seen(st)) {
                shown.add(st);
            }
        }
        List<String[]> table = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(law ? "law" : "regime", "action"));
        shown.forEach(st -> head.add(st.wire()));
        table.add(head.toArray(String[]::new));
        for (int c = 0; c < columns.size(); c++) {
            for (int a = 0; a < actions.size(); a++) {
                List<String> row = new ArrayList<>(List.of(columns.get(c), actions.get(a).id()));
                for (Status st : shown) {
                    row.add(cell(s.count(c, a, st), s.rows()));
                }
                table.add(row.toArray(String[]::new));
            }
        }
        int[] width = new int[head.size()];
        for (String[] r : table) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                // names left, counts right
                String cell = i < 2 ? pad(r[i], width[i]) : " ".repeat(width[i] - r[i].length()) + r[i];
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** {@code 1,234 (12.3%)}; a bare 0 when none. */
    static String cell(long n, long rows) {
        if (n == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%,d (%.1f%%)", n, 100.0 * n / rows);
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(w - s.length());
    }
}
