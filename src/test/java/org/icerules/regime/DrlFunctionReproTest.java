package org.icerules.regime;

import org.icerules.cli.Main;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The repro from "Trustworthy analysis": an exception whose condition calls a DRL function.
 * Read from the constraint's text it read no fact, so `check` called it "never applies" and
 * the verdict memo gave every case one verdict. Now the regime does not load, and the
 * command line says where and why, with exit status 2.
 */
class DrlFunctionReproTest {
    private static final Path RULES = Path.of("src/test/resources/rules-drl-function");
    private static final String FILE = "rules-drl-function/city/test-drl-function/rules.drl";

    @Test
    void aRuleCallingADrlFunctionIsRefusedAtLoadWhereItCallsIt() {
        Throwable t = catchThrowable(() -> RegimeCatalog.load(RULES));
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(((InputException) t).problems()).extracting(InputProblem::render).containsExactly(
                FILE + ":4:1: key 'function requiredAndSoon': cannot be analysed: a DRL function hides what a rule "
                        + "reads from the analysis (diff, check, explain and the verdict memo would be wrong): write "
                        + "its condition in the rule's Case( … ) pattern, as Case( priorRemovalOrder, hoursUntilRelease < 72 )",
                FILE + ":19:40: key 'rule \"Hold when the law requires it and release is near\"': "
                        + "'requiredAndSoon(this)' calls the DRL function 'requiredAndSoon', which the analysis cannot "
                        + "see into: write its condition in the pattern itself, as Case( priorRemovalOrder, hoursUntilRelease < 72 )");
    }

    @Test
    void checkRefusesItWithExitStatusTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[]{"check", "--rules", RULES.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains(FILE + ":19:40:", "calls the DRL function 'requiredAndSoon'");
        assertThat(out.toString()).doesNotContain("never applies");
    }
}
