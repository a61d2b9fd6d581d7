package org.icerules.bench;

import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Run as its own process by the harness: loads the rules folder once, every regime's rule base
 * made (a command makes only those it evaluates, when it first evaluates them), and prints how long it
 * took and the heap still used afterwards (after a full GC), as {@code load-ms heap-bytes}.
 * The cache is chosen by {@code -Dicerules.cache} (a folder, or off).
 */
public final class LoadProbe {
    private LoadProbe() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        RegimeCatalog catalog = RegimeCatalog.load(Path.of(args[0]));
        // every rule base, side by side, as before they were made lazily: the figure stays comparable
        new Evaluator(catalog).prepare(catalog.regimes());
        long t1 = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println((t1 - t0) / 1_000_000.0 + " " + heap + " " + catalog.regimes().size());
    }
}
