package org.icerules.bench;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.verdicts.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JMH view of items 3 and 4 ({@code ./ice-rules bench --jmh}, or {@code mvn -Pbench package}
 * then {@code org.openjdk.jmh.Main}): one case per invocation, cycling through a generated set
 * whose verdicts are remembered during setup (the warm state item 3 measures).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class EvaluationBenchmark {
    private List<CaseGenerator.Generated> cases;
    private Evaluator remembered;
    private Evaluator reused;
    private Evaluator plain;
    private CompiledRegime ordinance;
    private OrdinanceFloor floor;
    private int next;

    @Setup
    public void load() {
        RegimeCatalog catalog = RegimeCatalog.load(Path.of(System.getProperty("icerules.rules", "rules")));
        cases = CaseGenerator.generate(20_000, 42, catalog.switches().values());
        remembered = new Evaluator(catalog);
        reused = new Evaluator(catalog, Evaluator.Mode.REUSED_SESSIONS);
        plain = Evaluator.plain(catalog);
        ordinance = catalog.get(OrdinanceFloor.REGIME);
        floor = new OrdinanceFloor(ordinance.regime());
        // warm: every case's verdicts remembered once, as after the harness's first pass
        cases.forEach(g -> remembered.evaluate(g.facts(), g.readings(), List.of()));
    }

    private CaseGenerator.Generated nextCase() {
        CaseGenerator.Generated g = cases.get(next);
        next = next + 1 == cases.size() ? 0 : next + 1;
        return g;
    }

    @Benchmark
    public List<Verdict> allRegimesRemembered() {
        CaseGenerator.Generated g = nextCase();
        return remembered.evaluate(g.facts(), g.readings(), List.of());
    }

    @Benchmark
    public List<Verdict> ordinanceRemembered() {
        CaseGenerator.Generated g = nextCase();
        return remembered.evaluate(ordinance, g.facts(), g.readings());
    }

    @Benchmark
    public List<Verdict> ordinanceFloor() {
        CaseGenerator.Generated g = nextCase();
        return floor.evaluate(g.facts(), g.readings());
    }

    @Benchmark
    public List<Verdict> ordinanceReusedSession() {
        CaseGenerator.Generated g = nextCase();
        return reused.evaluate(ordinance, g.facts(), g.readings());
    }

    @Benchmark
    public List<Verdict> ordinanceFreshSession() {
        CaseGenerator.Generated g = nextCase();
        return plain.evaluate(ordinance, g.facts(), g.readings());
    }
}
