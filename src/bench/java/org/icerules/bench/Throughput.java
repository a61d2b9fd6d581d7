package org.icerules.bench;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.verdicts.Verdict;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Items 3, 4 and 6 (allocation): warm scenario x regime evaluations per second over the
 * generated cases, on one thread and on every core; the same cases through the plain-Java
 * floor of the ordinance (checked to agree), and the engine's cost per ordinance evaluation
 * against it; bytes allocated per evaluation. Each mode before and after the optimisations.
 */
final class Throughput {
    private final Path rules;
    private final int cases;
    private final int rounds;
    private final Table table;
    private long sink;
    private long heapBefore; // catalog and generated cases loaded, nothing remembered yet

    Throughput(Path rules, int cases, int rounds, Table table) {
        this.rules = rules;
        this.cases = cases;
        this.rounds = rounds;
        this.table = table;
    }

    void run() throws Exception {
        RegimeCatalog catalog = RegimeCatalog.load(rules); // a fresh catalog: nothing remembered yet
        List<CaseGenerator.Generated> set = CaseGenerator.generate(cases, 42, catalog.switches().values());
        int regimes = catalog.regimes().size();
        Evaluator fast = new Evaluator(catalog);
        table.note("3", "generated cases x regimes", String.format("%,d x %d", cases, regimes));
        heapBefore = usedHeapAfterGc();

        long t0 = System.nanoTime();
        pass(fast, set, 0, set.size());
        double first = (System.nanoTime() - t0) / 1e9;
        table.note("3", "first pass, memo empty (misses + JIT warm-up), one thread",
                Table.fmt(cases * (double) regimes / first, 0) + " evals/s");
        for (int i = 0; i < 2; i++) {
            pass(fast, set, 0, set.size());
        }
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            single.add(cases * (double) regimes / timed(() -> pass(fast, set, 0, set.size())));
        }
        table.add("3", "warm, remembered verdicts, 1 thread", new Stats(single), "evals/s", 0, "", null);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Double> all = new ArrayList<>();
            parallel(pool, threads, fast, set);
            for (int i = 0; i < rounds; i++) {
                all.add(cases * (double) regimes / timed(() -> parallel(pool, threads, fast, set)));
            }
            Stats s = new Stats(all);
            table.add("3", "warm, remembered verdicts, all " + threads + " cores", s, "evals/s", 0, ">= 1,000,000/s",
                    s.median() >= 1_000_000);
        } finally {
            pool.shutdown();
        }
        int sample = Math.max(500, cases / 50);
        List<CaseGenerator.Generated> few = set.subList(0, Math.min(sample, set.size()));
        for (Evaluator.Mode mode : List.of(Evaluator.Mode.REUSED_SESSIONS, Evaluator.Mode.PLAIN)) {
            Evaluator e = new Evaluator(catalog, mode);
            pass(e, few, 0, few.size());
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < Math.min(rounds, 3); i++) {
                rates.add(few.size() * (double) regimes / timed(() -> pass(e, few, 0, few.size())));
            }
            table.add("3", "warm, " + (mode == Evaluator.Mode.PLAIN ? "fresh session per case (before)"
                    : "reused sessions, no memo") + ", 1 thread, " + few.size() + " cases", new Stats(rates),
                    "evals/s", 0, "", null);
        }
        floor(catalog, fast, set, few);
        allocation(catalog, fast, set, few);
    }

    private void floor(RegimeCatalog catalog, Evaluator fast, List<CaseGenerator.Generated> set,
                       List<CaseGenerator.Generated> few) {
        CompiledRegime ordinance = catalog.find(OrdinanceFloor.REGIME).orElse(null);
        if (ordinance == null) {
            table.note("4", "plain-Java floor", "n/a: no " + OrdinanceFloor.REGIME + " in rules/");
            return;
        }
        List<String> missing = OrdinanceFloor.missingFrom(ordinance.regime());
        if (!missing.isEmpty()) {
            table.note("4", "plain-Java floor", "n/a: the ordinance in this rules folder lacks " + String.join(", ",
                    missing) + ", which the floor decides by");
            return;
        }
        OrdinanceFloor floor = new OrdinanceFloor(ordinance.regime());
        int disagree = 0;
        String first = null;
        for (CaseGenerator.Generated g : set) {
            List<Verdict> byHand = floor.evaluate(g.facts(), g.readings());
            List<Verdict> engine = fast.evaluate(ordinance, g.facts(), g.readings());
            if (!byHand.equals(engine)) {
                if (first == null) {
                    for (int k = 0; k < Math.min(byHand.size(), engine.size()); k++) {
                        if (!byHand.get(k).equals(engine.get(k))) {
                            first = g + "\n    floor:  " + byHand.get(k) + "\n    engine: " + engine.get(k);
                            break;
                        }
                    }
                    if (first == null) {
                        first = g + ": " + byHand.size() + " verdicts by hand, " + engine.size() + " from the engine";
                    }
                }
                disagree++;
            }
        }
        table.note("4", "floor agrees with the engine", (set.size() - disagree) + " / " + set.size() + " cases");
        if (first != null) {
            System.err.println("first disagreement: " + first);
        }
        List<Double> floorNs = new ArrayList<>();
        List<Double> engineNs = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            floorPass(floor, set);
            ordinancePass(fast, ordinance, set);
        }
        for (int i = 0; i < rounds; i++) {
            double f = timed(() -> floorPass(floor, set)) * 1e9 / set.size();
            double e = timed(() -> ordinancePass(fast, ordinance, set)) * 1e9 / set.size();
            floorNs.add(f);
            engineNs.add(e);
            ratio.add(e / f);
        }
        table.add("4", "plain-Java floor, one ordinance evaluation", new Stats(floorNs), "ns", 0, "", null);
        table.add("4", "engine (remembered), one ordinance evaluation", new Stats(engineNs), "ns", 0, "", null);
        Stats r = new Stats(ratio);
        table.add("4", "engine / floor, per ordinance evaluation", r, "x", 2, "<= 3x", r.median() <= 3);
        Evaluator plain = Evaluator.plain(catalog);
        ordinancePass(plain, ordinance, few);
        List<Double> before = new ArrayList<>();
        for (int i = 0; i < Math.min(rounds, 3); i++) {
            double e = timed(() -> ordinancePass(plain, ordinance, few)) * 1e9 / few.size();
            double f = timed(() -> floorPass(floor, few)) * 1e9 / few.size();
            before.add(e / f);
        }
        table.add("4", "fresh session per case (before) / floor", new Stats(before), "x", 0, "", null);
    }

    private void allocation(RegimeCatalog catalog, Evaluator fast, List<CaseGenerator.Generated> set,
                            List<CaseGenerator.Generated> few) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        int regimes = catalog.regimes().size();
        long b0 = threads.getThreadAllocatedBytes(id);
        pass(fast, set, 0, set.size());
        long b1 = threads.getThreadAllocatedBytes(id);
        table.note("6", "allocated per evaluation, remembered", Table.fmt((b1 - b0) / (double) set.size() / regimes, 0)
                + " bytes");
        long heap = usedHeapAfterGc();
        table.note("6", "heap with every generated case remembered (after GC)",
                Table.fmt(heap / (1024.0 * 1024), 1) + " MB, of which the memo "
                        + Table.fmt((heap - heapBefore) / (1024.0 * 1024), 1) + " MB");
        Evaluator plain = Evaluator.plain(catalog);
        b0 = threads.getThreadAllocatedBytes(id);
        pass(plain, few, 0, few.size());
        b1 = threads.getThreadAllocatedBytes(id);
        table.note("6", "allocated per evaluation, fresh session (before)",
                Table.fmt((b1 - b0) / (double) few.size() / regimes, 0) + " bytes");
        catalog.find(OrdinanceFloor.REGIME).filter(o -> OrdinanceFloor.missingFrom(o.regime()).isEmpty()).ifPresent(o -> {
            OrdinanceFloor floor = new OrdinanceFloor(o.regime());
            long a0 = threads.getThreadAllocatedBytes(id);
            floorPass(floor, set);
            long a1 = threads.getThreadAllocatedBytes(id);
            table.note("6", "allocated per ordinance evaluation, floor",
                    Table.fmt((a1 - a0) / (double) set.size(), 0) + " bytes");
        });
    }

    private void pass(Evaluator e, List<CaseGenerator.Generated> set, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            CaseGenerator.Generated g = set.get(i);
            s += e.evaluate(g.facts(), g.readings(), List.of()).size();
        }
        sink += s;
    }

    private void ordinancePass(Evaluator e, CompiledRegime ordinance, List<CaseGenerator.Generated> set) {
        long s = 0;
        for (CaseGenerator.Generated g : set) {
            s += e.evaluate(ordinance, g.facts(), g.readings()).get(0).status().ordinal();
        }
        sink += s;
    }

    private void floorPass(OrdinanceFloor floor, List<CaseGenerator.Generated> set) {
        long s = 0;
        for (CaseGenerator.Generated g : set) {
            s += floor.evaluate(g.facts(), g.readings()).get(0).status().ordinal();
        }
        sink += s;
    }

    private void parallel(ExecutorService pool, int threads, Evaluator e, List<CaseGenerator.Generated> set) {
        List<Future<?>> parts = new ArrayList<>();
        int chunk = (set.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * chunk;
            int to = Math.min(set.size(), from + chunk);
            parts.add(pool.submit(() -> {
                long s = 0;
                for (int i = from; i < to; i++) {
                    s += e.evaluate(set.get(i).facts(), set.get(i).readings(), List.of()).size();
                }
                return s;
            }));
        }
        try {
            for (Future<?> f : parts) {
                sink += (Long) f.get();
            }
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double timed(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    long sink() {
        return sink;
    }
}
