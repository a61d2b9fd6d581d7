package org.icerules.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The whole harness, as {@code ./ice-rules bench} runs it: each item of the benchmark issue,
 * then one summary table (median, spread, target, load average at the time). Options:
 * {@code --quick} (fewer runs and cases), {@code --cases N}, {@code --runs N},
 * {@code --only 1,3,…} (items). Never a unit test: numbers, not assertions.
 */
public final class BenchHarness {
    private BenchHarness() {
    }

    public static int run(String[] args, PrintWriter out) throws Exception {
        int cases = 100_000;
        int runs = 7;
        Set<String> only = new LinkedHashSet<>(Arrays.asList("1", "2", "3", "4", "5", "6", "7"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    cases = 20_000;
                    runs = 5;
                }
                case "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                default -> {
                    out.println("ice-rules bench: unknown option " + args[i]);
                    return 2;
                }
            }
        }
        Path home = Path.of(System.getProperty("icerules.home", ".")).toAbsolutePath().normalize();
        Path rules = Path.of(System.getProperty("icerules.rules", home.resolve("rules").toString()));
        PrintWriter progress = new PrintWriter(System.err, true);
        Table table = new Table(progress);
        progress.printf("ice-rules bench: %d cores, %s, load %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"), Processes.load());
        ColdStart cold = new ColdStart(home, rules, runs, table);
        if (only.contains("1")) {
            cold.coldRuns();
        }
        if (only.contains("2") || only.contains("6")) {
            cold.buildTimes();
        }
        if (only.contains("3") || only.contains("4") || only.contains("6")) {
            new Throughput(rules, cases, runs, table).run();
        }
        if (only.contains("5")) {
            new Sweeps(home, rules, runs, table).run();
        }
        if (only.contains("7")) {
            new ContingentBench(home, rules, runs, table).run();
        }
        out.printf("ice-rules bench — %d cores, Java %s, %s; peak RSS %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"), System.getProperty("os.name"),
                Processes.measuresRss() ? "from /usr/bin/time" : "not measured (/usr/bin/time missing)");
        table.print(out);
        return 0;
    }
}
