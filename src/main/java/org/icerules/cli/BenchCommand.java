package org.icerules.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bench}: runs the benchmark harness and prints its summary table. The harness and the
 * plain-Java floor live in the benchmark sources (src/bench/java, built by {@code mvn -Pbench});
 * the launcher builds them and puts them on the class path, so this command finds them by name.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the benchmark harness (cold start, build time, throughput, the plain-Java floor, "
                + "heap and allocation) and prints a summary table. See BENCHMARKS.md.")
public final class BenchCommand implements Callable<Integer> {
    static final String HARNESS = "org.icerules.bench.BenchHarness";

    @Option(names = "--quick", description = "fewer runs and cases (a rough look, not for the record)")
    boolean quick;

    @Option(names = "--cases", paramLabel = "N", description = "generated cases for throughput (default 100000)")
    Integer cases;

    @Option(names = "--runs", paramLabel = "N", description = "runs per timed measurement (default 7)")
    Integer runs;

    @Option(names = "--only", paramLabel = "ITEMS", description = "only these items, e.g. 1,3 (default all: 1-6)")
    String only;

    @Option(names = "--jmh", description = "run the JMH benchmarks instead; PARAMETERS go to JMH")
    boolean jmh;

    @Parameters(arity = "0..*", paramLabel = "JMH-ARG", description = "with --jmh: arguments for JMH")
    List<String> jmhArgs = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (jmh) {
            Class.forName("org.openjdk.jmh.Main").getMethod("main", String[].class)
                    .invoke(null, (Object) jmhArgs.toArray(String[]::new));
            return 0;
        }
        Class<?> harness;
        try {
            harness = Class.forName(HARNESS);
        } catch (ClassNotFoundException e) {
            spec.commandLine().getErr().println("ice-rules: bench: the benchmark harness is not on the class path; "
                    + "run it through the launcher (./ice-rules bench), which builds it with 'mvn -Pbench'");
            return Main.BAD_INPUT;
        }
        List<String> args = new ArrayList<>();
        if (quick) {
            args.add("--quick");
        }
        if (cases != null) {
            args.addAll(List.of("--cases", cases.toString()));
        }
        if (runs != null) {
            args.addAll(List.of("--runs", runs.toString()));
        }
        if (only != null) {
            args.addAll(List.of("--only", only));
        }
        return (Integer) harness.getMethod("run", String[].class, PrintWriter.class)
                .invoke(null, args.toArray(String[]::new), out);
    }
}
