package org.icerules.regime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Work on regimes side by side, one task per regime, with the results given back in the order
 * asked — so what a user sees (the regimes, their problems, their verdicts) never depends on which
 * finished first. Used where a cold start spends its time: building the regimes of a rules folder
 * (a rule base read from the cache is mostly hashing and deserializing), and a regime's first
 * evaluation (making its rule base, and Drools compiling each constraint the first time it is
 * tested). Each regime has its own rule base and nothing is shared between tasks, so on a
 * two-core machine both go about twice as fast.
 *
 * <p>{@code -Dicerules.buildThreads=N}, else {@code $ICE_RULES_BUILD_THREADS}, sets the number of
 * threads (1 works one after another, in the caller's thread); the default is the number of processors.
 */
public final class InParallel {
    static final String THREADS_PROPERTY = "icerules.buildThreads";

    private InParallel() {
    }

    /** {@code work} applied to each input, side by side, the results in the order of the inputs. */
    public static <T, R> List<R> each(List<T> inputs, Function<T, R> work) {
        int threads = Math.min(inputs.size(), threads());
        if (threads <= 1) {
            return inputs.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "ice-rules-build");
            t.setDaemon(true); // never keeps a finished command alive
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> work.apply(input)));
            }
            List<R> out = new ArrayList<>(inputs.size());
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working on the regimes", e);
        } catch (ExecutionException e) {
            // a bug in a build (not a problem of the rules, which comes back as a result): rethrow it as it was
            throw rethrown(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What a task threw, to be thrown again in the thread that waited for it, as it was: an
     * unchecked exception (the problems found in the rules, or a bug) or an error as such, anything
     * else wrapped.
     */
    static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
            return re;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e.getCause());
    }

    private static int threads() {
        String set = System.getProperty(THREADS_PROPERTY);
        if (set == null) {
            set = System.getenv("ICE_RULES_BUILD_THREADS");
        }
        if (set != null) {
            try {
                return Math.max(1, Integer.parseInt(set.trim()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }
}
