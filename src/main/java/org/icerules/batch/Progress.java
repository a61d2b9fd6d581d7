package org.icerules.batch;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error for long runs on a terminal: drawn only after the first
 * second, redrawn at most five times a second, erased at the end. Never in a pipe or a log.
 */
public final class Progress {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final long totalBytes;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    public Progress(PrintWriter err, long totalBytes, boolean enabled) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.enabled = enabled;
    }

    public static Progress off() {
        return new Progress(null, 0, false);
    }

    public void update(long bytes, long rows) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || now - lastDraw < EVERY_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double share = totalBytes <= 0 ? 0 : Math.min(1, (double) bytes / totalBytes);
        int width = 30;
        int full = (int) Math.round(share * width);
        double secs = (now - start) / 1e9;
        err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%%  %,d rows  %,.0f rows/s ", "#".repeat(full),
                " ".repeat(width - full), Math.round(share * 100), rows, rows / secs));
        err.flush();
    }

    public void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
        }
    }
}
