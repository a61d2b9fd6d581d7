package org.icerules.cli;

import org.icerules.analysis.ExpectationCheck;
import org.icerules.engine.Evaluator;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code test [PATH…]}: checks every {@code expect} in the scenario files. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Checks every expectation in the scenario files or folders. "
                + "Prints one line per mismatch and ends with 'N passed, N failed'; exit 1 on any failure, "
                + "exit 2 when there is nothing to check.")
public final class TestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "scenario files or folders (default: scenarios/ beside the rules folder)")
    List<Path> paths;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> where = rules.pathsOrDefault(paths);
        List<Scenario> scenarios = rules.loader().expectingOnlyRegimesOfThePlace().load(where);
        Evaluator evaluator = rules.evaluator();
        PrintWriter out = spec.commandLine().getOut();
        int passed = 0;
        int failed = 0;
        ExpectationCheck check = new ExpectationCheck(evaluator);
        evaluator.prepare(scenarios.stream().flatMap(s -> rules.selected(s).stream()).toList());
        for (Scenario s : scenarios) {
            ExpectationCheck.Result r = check.check(s, rules.readings(s),
                    id -> rules.regimes.isEmpty() || rules.regimes.contains(id));
            for (ExpectationCheck.Failure f : r.failures()) {
                out.println("FAIL " + s.file() + ":" + s.line() + " " + s.id() + " · " + f.regime() + " · "
                        + f.action().id() + ": expected " + f.expected() + ", got " + f.got());
            }
            failed += r.failures().size();
            passed += r.checked() - r.failures().size();
        }
        if (passed + failed == 0) {
            // "0 passed, 0 failed" would read as a pass: say that nothing was tested
            throw new InputException(new InputProblem(null, 0, 0, null, "nothing to check: the scenarios in "
                    + String.join(", ", where.stream().map(Path::toString).toList()) + " hold no expectation ('expect:')"
                    + (rules.regimes.isEmpty() ? "" : " for " + String.join(", ", rules.regimes))));
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
