package org.icerules.regime;

import org.icerules.Vocab;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * DRL errors are as good as scenario errors: file:line:column, the allowed names and a
 * did-you-mean for an unknown fact, value or switch, the rule that lacks its end, and one
 * problem per rule, never the echoes of the first.
 */
class DrlErrorsTest {
    private static final String FILE = "rules/city/tiny/tiny.drl";
    private static final String CONDITION = "Case( warrant == Warrant.JUDICIAL )";

    @TempDir
    Path root;

    private List<InputProblem> problems(String drl) throws IOException {
        RegimeLintTest.tinyRules(root, RegimeLintTest.YAML, drl);
        Throwable t = catchThrowable(() -> RegimeCatalog.load(root.resolve("rules")));
        assertThat(t).as("the regime must not load").isInstanceOf(InputException.class);
        return ((InputException) t).problems();
    }

    private String only(String drl) throws IOException {
        List<InputProblem> all = problems(drl);
        assertThat(all).as("one problem, no follow-on").hasSize(1);
        return all.get(0).render();
    }

    private static String rules(String condition) {
        return RegimeLintTest.RULES.replace(CONDITION, condition);
    }

    @Test
    void anUnknownFactNamesTheAllowedOnesAndTheClosest() throws IOException {
        assertThat(only(rules("Case( warant == Warrant.JUDICIAL )"))).startsWith(FILE + ":14:11: key 'rule \"Exception\"': "
                + "unknown fact 'warant' in Case( … ) (did you mean 'warrant'?); allowed: actor, place, hoursUntilRelease, ")
                .contains(", warrant, notificationRequest, ", ", advisedOfRights, ");
    }

    @Test
    void anUnknownEnumValueNamesTheAllowedOnesAndTheClosest() throws IOException {
        assertThat(only(rules("Case( warrant == Warrant.JUDICAL )"))).isEqualTo(FILE + ":14:30: key 'rule \"Exception\"': "
                + "unknown value 'JUDICAL' of Warrant (did you mean 'JUDICIAL'?); allowed: NONE, ADMINISTRATIVE, JUDICIAL, "
                + "TRANSFER_WRIT");
    }

    @Test
    void anEnumValueOfTheWrongTypeOrWithoutItsType() throws IOException {
        assertThat(only(rules("Case( warrant == Warant.JUDICIAL )"))).isEqualTo(FILE + ":14:22: key 'rule \"Exception\"': "
                + "warrant takes a Warrant constant, not 'Warant.JUDICIAL' (did you mean 'Warrant.JUDICIAL'?); allowed: "
                + "Warrant.NONE, Warrant.ADMINISTRATIVE, Warrant.JUDICIAL, Warrant.TRANSFER_WRIT");
        assertThat(only(rules("Case( Detainer.I_247A == warrant )"))).contains(":14:11:",
                "warrant takes a Warrant constant, not 'Detainer.I_247A'");
        assertThat(only(rules("Case( warrant == JUDICIAL )"))).contains(":14:22:",
                "write the constant with its type, as Warrant.JUDICIAL");
    }

    @Test
    void anUnknownReadingFieldOrSwitch() throws IOException {
        assertThat(only(RegimeLintTest.RULES.replace("value == \"narrow\"", "valu == \"narrow\""))).isEqualTo(FILE
                + ":15:38: key 'rule \"Exception\"': unknown field 'valu' of Reading (did you mean 'value'?); allowed: "
                + "name, value");
        assertThat(only(RegimeLintTest.RULES.replace("\"tiny.reading\"", "\"tiny.readin\""))).isEqualTo(FILE
                + ":15:22: key 'rule \"Exception\"': reads switch 'tiny.readin', which regime.yaml does not declare "
                + "(did you mean 'tiny.reading'?); declared: tiny.reading");
    }

    @Test
    void aMissingEndPointsAtTheRuleThatLacksIt() throws IOException {
        String drl = RegimeLintTest.RULES.replaceFirst("then\nend\n", "then\n");
        assertThat(only(drl)).isEqualTo(FILE + ":4:1: key 'rule \"Ban\"': DRL syntax error: rule \"Ban\" (line 4) has no "
                + "'end': close it with end after its then, before line 10 (rule …)");
        String last = RegimeLintTest.RULES.substring(0, RegimeLintTest.RULES.lastIndexOf("end"));
        assertThat(only(last)).isEqualTo(FILE + ":11:1: key 'rule \"Exception\"': DRL syntax error: rule \"Exception\" "
                + "(line 11) has no 'end': close it with end after its then, at the end of the file");
    }

    @Test
    void aStringWithoutItsClosingQuote() throws IOException {
        assertThat(only(RegimeLintTest.RULES.replace("value == \"narrow\"", "value == \"narrow"))).isEqualTo(FILE
                + ":15:47: key 'rule \"Exception\"': DRL syntax error: this string has no closing quote (\") on its line");
        assertThat(only(rules("Case( warrant == \"judicial )"))).startsWith(FILE + ":14:22: key 'rule \"Exception\"': "
                + "DRL syntax error: this string has no closing quote");
    }

    @Test
    void aParenthesisNeverClosed() throws IOException {
        assertThat(only(rules("Case( warrant == Warrant.JUDICIAL"))).isEqualTo(FILE + ":15:5: key 'rule \"Exception\"': "
                + "DRL syntax error: mismatched input 'Reading' (the '(' at line 14:9 is never closed)");
    }

    @Test
    void aSingleEqualsSign() throws IOException {
        assertThat(only(rules("Case( warrant = Warrant.JUDICIAL )"))).isEqualTo(FILE + ":14:19: key 'rule \"Exception\"': "
                + "DRL syntax error: mismatched input '=' (compare with ==)");
    }

    @Test
    void aMisspeltKeyword() throws IOException {
        assertThat(only(RegimeLintTest.RULES.replaceFirst("when", "wen"))).isEqualTo(FILE + ":6:1: key 'rule \"Ban\"': "
                + "DRL syntax error: mismatched input 'wen' (did you mean 'when'?)");
    }

    @Test
    void oneSyntaxErrorPerRule() throws IOException {
        String twoInOne = rules("Case( warrant == ) Case( actor == )");
        assertThat(only(twoInOne)).startsWith(FILE + ":14:22: key 'rule \"Exception\"': DRL syntax error:");
        String oneEach = twoInOne.replace("    Case()\n", "    Case( requiredByLaw == )\n");
        assertThat(problems(oneEach)).extracting(InputProblem::render).hasSize(2)
                .anyMatch(m -> m.startsWith(FILE + ":7:28: key 'rule \"Ban\"': DRL syntax error:"))
                .anyMatch(m -> m.startsWith(FILE + ":14:22: key 'rule \"Exception\"': DRL syntax error:"));
    }

    @Test
    void aRuleThatCannotBeReadIsNotAlsoReportedAsMissing() throws IOException {
        // "provision 'ban-warrant' has no rule" would only echo the refusal
        assertThat(only(rules("Case( warrant == Warrant.JUDICAL )"))).contains("unknown value 'JUDICAL'");
    }

    @Test
    void metadataProblemsOfARuleAreAllReportedWithTheirColumn() throws IOException {
        List<InputProblem> all = problems(RegimeLintTest.RULES.replace("@action(\"hold-past-release\") @status(\"forbidden\")",
                "@action(\"hold-past-relase\") @status(\"forbiden\")"));
        // the test folder has the base vocabulary (rules/vocabulary.yaml) only: its actions are allowed
        assertThat(all).extracting(InputProblem::render).satisfiesExactly(
                action -> assertThat(action).startsWith(FILE + ":4:1: key 'rule \"Ban\"': unknown action 'hold-past-relase' "
                        + "in @action (did you mean 'hold-past-release'?); allowed: hold-past-release, notify-release, ")
                        .endsWith(", enter-detention-agreement"),
                status -> assertThat(status).isEqualTo(FILE + ":4:1: key 'rule \"Ban\"': unknown status 'forbiden' in "
                        + "@status (did you mean 'forbidden'?); allowed: forbidden, permitted, required, silent"));
    }

    @Test
    void aMisspeltPackageLine() throws IOException {
        assertThat(only(RegimeLintTest.RULES.replace("package tiny;", "pakage tiny;"))).startsWith(FILE + ":1:1: "
                + "DRL syntax error: mismatched input 'pakage'").endsWith("(did you mean 'package'?)");
    }

    @Test
    void importsAreReportedOnceNotOncePerRule() throws IOException {
        assertThat(only(RegimeLintTest.RULES.replace("import icerules.vocabulary.*;", ""))).isEqualTo(FILE + ":1:1: "
                + "the rules match Case and Reading, which this file does not import: add import icerules.vocabulary.*; "
                + "after the package line");
        assertThat(only(RegimeLintTest.RULES.replace("import icerules.vocabulary.*;",
                "import icerules.vocabulary.*;\nimport org.icerules.model.Nope;"))).isEqualTo(FILE + ":3:1: key 'import "
                + "org.icerules.model.Nope': there is no such class: rules need only import icerules.vocabulary.*;");
    }
}
