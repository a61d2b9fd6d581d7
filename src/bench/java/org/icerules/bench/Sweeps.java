package org.icerules.bench;

import org.icerules.analysis.Checker;
import org.icerules.analysis.Differ;
import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Item 5: {@code diff} of two regimes and {@code check} of all regimes over the whole fact
 * space — in this JVM on a freshly loaded catalog (nothing remembered), every pair for diff,
 * before (fresh session per case) and after; and as whole {@code ./ice-rules} processes.
 */
final class Sweeps {
    private final Path home;
    private final Path rules;
    private final int runs;
    private final Table table;

    Sweeps(Path home, Path rules, int runs, Table table) {
        this.home = home;
        this.rules = rules;
        this.runs = runs;
        this.table = table;
    }

    void run() throws IOException, InterruptedException {
        List<String> ids = RegimeCatalog.load(rules).ids();
        for (Evaluator.Mode mode : List.of(Evaluator.Mode.REMEMBERED, Evaluator.Mode.PLAIN)) { // JIT warm-up, not timed
            RegimeCatalog fresh = RegimeCatalog.load(rules);
            new Differ(new Evaluator(fresh, mode)).diff(fresh.regimes().get(0), fresh.regimes().get(1), List.of());
            new Checker(new Evaluator(fresh, mode)).check(fresh.regimes());
        }
        for (Evaluator.Mode mode : List.of(Evaluator.Mode.REMEMBERED, Evaluator.Mode.PLAIN)) {
            String how = mode == Evaluator.Mode.PLAIN ? "fresh session per case (before)" : "remembered";
            int rounds = mode == Evaluator.Mode.PLAIN ? 1 : Math.min(runs, 3); // every pair each round
            List<Double> worstPair = new ArrayList<>();
            String worst = "";
            for (int round = 0; round < rounds; round++) {
                double max = 0;
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        RegimeCatalog fresh = RegimeCatalog.load(rules);
                        CompiledRegime a = fresh.get(ids.get(i));
                        CompiledRegime b = fresh.get(ids.get(j));
                        long t0 = System.nanoTime();
                        new Differ(new Evaluator(fresh, mode)).diff(a, b, List.of());
                        double s = (System.nanoTime() - t0) / 1e9;
                        if (s > max) {
                            max = s;
                            worst = a.id() + " vs " + b.id();
                        }
                    }
                }
                worstPair.add(max);
            }
            Stats d = new Stats(worstPair);
            boolean after = mode == Evaluator.Mode.REMEMBERED;
            table.add("5", "diff, slowest of " + ids.size() * (ids.size() - 1) / 2 + " pairs (" + worst + "), in-JVM, "
                    + how, d, "s", 3, after ? "<= 2 s" : "", after ? d.median() <= 2 : null);
            List<Double> check = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                RegimeCatalog fresh = RegimeCatalog.load(rules);
                long t0 = System.nanoTime();
                new Checker(new Evaluator(fresh, mode)).check(fresh.regimes());
                check.add((System.nanoTime() - t0) / 1e9);
            }
            Stats c = new Stats(check);
            table.add("5", "check of all " + ids.size() + " regimes, in-JVM, " + how, c, "s", 3, after ? "<= 10 s" : "",
                    after ? c.median() <= 10 : null);
        }
        process("diff of two regimes, whole `./ice-rules diff` process",
                List.of(home.resolve("ice-rules").toString(), "diff", "denver-practice-2014", "denver-ordinance-2017"),
                2);
        process("check of all regimes, whole `./ice-rules check` process",
                List.of(home.resolve("ice-rules").toString(), "check"), 10);
    }

    private void process(String what, List<String> cmd, double limit) throws IOException, InterruptedException {
        Processes.run(cmd, Map.of(), home);
        List<Double> wall = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            wall.add(Processes.run(cmd, Map.of(), home).seconds());
        }
        Stats s = new Stats(wall);
        table.add("5", what, s, "s", 2, "<= " + (int) limit + " s", s.median() <= limit);
    }
}
