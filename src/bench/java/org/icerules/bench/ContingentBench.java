package org.icerules.bench;

import org.icerules.analysis.Contingent;
import org.icerules.analysis.ContingentVerdict;
import org.icerules.engine.Evaluator;
import org.icerules.model.Scenario;
import org.icerules.regime.RegimeCatalog;
import org.icerules.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item 7: contingent evaluation of the Ever Valles case with three facts unknown (warrant,
 * advised-of-rights, purpose), every regime × every action — in this JVM on a freshly loaded
 * catalog (nothing remembered) and warm (verdicts remembered), and as a whole
 * {@code ./ice-rules run --unknown …} process.
 */
final class ContingentBench {
    static final Set<String> UNKNOWN = new java.util.LinkedHashSet<>(List.of("warrant", "advised-of-rights", "purpose"));
    private final Path home;
    private final Path rules;
    private final int runs;
    private final Table table;

    ContingentBench(Path home, Path rules, int runs, Table table) {
        this.home = home;
        this.rules = rules;
        this.runs = runs;
        this.table = table;
    }

    void run() throws IOException, InterruptedException {
        RegimeCatalog warm = RegimeCatalog.load(rules);
        Scenario valles = org.icerules.law.Places.of(warm).loader()
                .loadFile(home.resolve("scenarios/detainers/ever-valles-2016.yaml")).get(0);
        Contingent remembered = new Contingent(new Evaluator(warm));
        List<ContingentVerdict> first = once(remembered, warm, valles); // JIT warm-up, not timed
        long depends = first.stream().filter(v -> !v.isDefinite()).count();
        long cases = first.stream().mapToLong(v -> v.answer().cases()).sum();
        table.note("7", "contingent Ever Valles, 3 unknowns, " + warm.ids().size() + " regimes x all actions",
                first.size() + " answers, " + depends + " depend; " + cases + " combinations weighed");
        List<Double> cold = new ArrayList<>();
        List<Double> hot = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            RegimeCatalog fresh = RegimeCatalog.load(rules);
            Contingent c = new Contingent(new Evaluator(fresh));
            long t0 = System.nanoTime();
            once(c, fresh, valles);
            cold.add((System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            once(remembered, warm, valles);
            hot.add((System.nanoTime() - t0) / 1e6);
        }
        table.add("7", "  in-JVM, fresh catalog (nothing remembered)", new Stats(cold), "ms", 1, "", null);
        table.add("7", "  in-JVM, verdicts remembered", new Stats(hot), "ms", 1, "", null);
        List<String> cmd = List.of(home.resolve("ice-rules").toString(), "run",
                "scenarios/detainers/ever-valles-2016.yaml", "--unknown", "warrant", "--unknown", "advised-of-rights",
                "--unknown", "purpose");
        Processes.run(cmd, Map.of(), home);
        List<Double> wall = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            wall.add(Processes.run(cmd, Map.of(), home).seconds());
        }
        table.add("7", "  whole `./ice-rules run --unknown` x3 process", new Stats(wall), "s", 2, "", null);
    }

    private static List<ContingentVerdict> once(Contingent c, RegimeCatalog catalog, Scenario s) {
        return c.verdicts(catalog.regimes(), s.facts(), s.readings(), UNKNOWN);
    }
}
