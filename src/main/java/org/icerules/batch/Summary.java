package org.icerules.batch;

import org.icerules.model.verdicts.Status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of a batch: per column (regime, or the law in force) × action × status, overall and
 * by month of the rows' dates. Its size depends on the questions and the months, never on
 * the number of rows.
 */
public final class Summary {
    private static final int STATUSES = Status.values().length;
    private final int columns;
    private final int actions;
    private final long[] counts;
    private final TreeMap<YearMonth, long[]> byMonth = new TreeMap<>();
    private long rows;
    private YearMonth lastMonth; // rows mostly come in date order: skip the map lookup
    private long[] lastMonthCounts;
    private LocalDate first;
    private LocalDate last;

    public Summary(int columns, int actions) {
        this.columns = columns;
        this.actions = actions;
        this.counts = new long[columns * actions * STATUSES];
    }

    private int index(int column, int action, Status s) {
        return (column * actions + action) * STATUSES + s.ordinal();
    }

    /** A row was evaluated on this date; returns the counts of its month, for {@link #add}. */
    long[] row(LocalDate date) {
        rows++;
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
        if (lastMonth == null || date.getYear() != lastMonth.getYear() || date.getMonthValue() != lastMonth.getMonthValue()) {
            lastMonth = YearMonth.from(date);
            lastMonthCounts = byMonth.computeIfAbsent(lastMonth, m -> new long[counts.length]);
        }
        return lastMonthCounts;
    }

    /** One answer of the row whose month {@code month} is: column, action (index into the questions' actions), status. */
    void add(long[] month, int column, int action, Status s) {
        int i = index(column, action, s);
        counts[i]++;
        month[i]++;
    }

    /** Adds another (later) part of the same batch. */
    void merge(Summary other) {
        rows += other.rows;
        if (other.first != null) {
            first = first == null || other.first.isBefore(first) ? other.first : first;
            last = last == null || other.last.isAfter(last) ? other.last : last;
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        other.byMonth.forEach((m, c) -> {
            long[] mine = byMonth.computeIfAbsent(m, k -> new long[counts.length]);
            for (int i = 0; i < c.length; i++) {
                mine[i] += c[i];
            }
        });
    }

    public long rows() {
        return rows;
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return last;
    }

    public long count(int column, int action, Status s) {
        return counts[index(column, action, s)];
    }

    /** The months with rows, oldest first. */
    public Iterable<YearMonth> months() {
        return byMonth.keySet();
    }

    public long count(YearMonth month, int column, int action, Status s) {
        long[] c = byMonth.get(month);
        return c == null ? 0 : c[index(column, action, s)];
    }

    /** How many rows each month had (every column and action sees every row). */
    public Map<YearMonth, Long> rowsByMonth() {
        Map<YearMonth, Long> out = new TreeMap<>();
        byMonth.forEach((m, c) -> {
            long n = 0;
            for (int s = 0; s < STATUSES; s++) {
                n += c[s];
            }
            out.put(m, n);
        });
        return out;
    }

    /** True if some answer has this status. */
    public boolean seen(Status s) {
        for (int c = 0; c < columns; c++) {
            for (int a = 0; a < actions; a++) {
                if (count(c, a, s) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
