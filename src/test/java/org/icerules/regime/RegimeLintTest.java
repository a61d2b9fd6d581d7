package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A broken regime never loads: each lint and compile error names its file and line. */
class RegimeLintTest {
    @TempDir
    Path root;

    static final String YAML = """
            id: tiny
            title: Tiny test regime
            jurisdiction: denver
            level: city
            kind: ordinance
            status: enacted
            dates:
              signed: 2017-08-31
            sources:
              - title: nothing real
            provisions:
              - id: ban
                cite: § 1
                title: A ban
                basis: text
                source: § 1
                summary: Forbids holding.
              - id: ban-warrant
                cite: § 1(b)
                title: Its exception
                basis: reported
                source: § 1(b)
                summary: Unless a judge signed.
            switches:
              - name: tiny.reading
                values: [narrow, broad]
                default: narrow
                meaning: a test switch
            """;

    static final String RULES = """
            package tiny;
            import icerules.vocabulary.*;

            rule "Ban"
                @provision("ban") @action("hold-past-release") @status("forbidden")
            when
                Case()
            then
            end

            rule "Exception"
                @provision("ban-warrant") @action("hold-past-release") @status("permitted") @overrides("ban")
            when
                Case( warrant == Warrant.JUDICIAL )
                Reading( name == "tiny.reading", value == "narrow" )
            then
            end
            """;

    private Path regime(String yaml, String drl) throws IOException {
        return tinyRules(root, yaml, drl);
    }

    /** A rules folder under {@code root} with one regime, rules/city/tiny, and the project's legal categories. */
    static Path tinyRules(Path root, String yaml, String drl) throws IOException {
        Path folder = root.resolve("rules/city/tiny");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("regime.yaml"), yaml);
        Files.writeString(folder.resolve("tiny.drl"), drl);
        Files.copy(Path.of("rules/categories.yaml"), root.resolve("rules/categories.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("rules/vocabulary.yaml"), root.resolve("rules/vocabulary.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return root.resolve("rules");
    }

    private InputException loadFails(String yaml, String drl) throws IOException {
        Path rules = regime(yaml, drl);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> RegimeCatalog.load(rules));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    @Test
    void theWellFormedRegimeLoads() throws IOException {
        RegimeCatalog c = RegimeCatalog.load(regime(YAML, RULES));
        assertThat(c.ids()).containsExactly("tiny");
        assertThat(c.get("tiny").rules()).extracting(RuleInfo::name).containsExactly("Ban", "Exception");
        RuleInfo exception = c.get("tiny").rule("Exception");
        assertThat(exception.reads()).containsExactly("warrant");
        assertThat(exception.switches()).containsEntry("tiny.reading", java.util.Set.of("narrow"));
        assertThat(exception.line()).isEqualTo(11);
    }

    @Test
    void drlSyntaxErrorNamesFileAndLine() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("Case( warrant == Warrant.JUDICIAL )", "Case( warrant == )"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("rules/city/tiny/tiny.drl");
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.column()).isEqualTo(22);
            assertThat(p.message()).contains("DRL syntax error");
        });
        assertThat(e.problems()).as("no follow-on noise").hasSize(1);
    }

    @Test
    void unknownFieldIsACompileErrorWithFileAndLine() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("warrant == Warrant.JUDICIAL", "warant == Warrant.JUDICIAL"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("rules/city/tiny/tiny.drl");
            assertThat(p.line()).isGreaterThan(0);
        });
    }

    @Test
    void ruleWithoutProvisionMetadata() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("@provision(\"ban\") ", ""));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.render()).isEqualTo("rules/city/tiny/tiny.drl:4:1: key 'rule \"Ban\"': has no @provision(\"…\") "
                    + "metadata: every rule must cite the provision it encodes");
        });
    }

    @Test
    void ruleCitingAnUndeclaredProvision() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("@provision(\"ban\")", "@provision(\"bann\")"));
        assertThat(e.problems()).extracting(InputProblem::render)
                .anyMatch(m -> m.contains("tiny.drl:4") && m.contains("@provision(\"bann\") is not declared")
                        && m.contains("did you mean 'ban'?"));
    }

    @Test
    void provisionWithoutARule() throws IOException {
        InputException e = loadFails(YAML.replace("switches:", """
                  - id: orphan
                    cite: § 9
                    title: Nobody encodes me
                    basis: text
                    source: § 9
                    summary: none
                switches:"""), RULES);
        assertThat(e.problems()).extracting(InputProblem::message).contains("provision 'orphan' has no rule: encode it or remove it");
    }

    @Test
    void duplicateRuleNames() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("rule \"Exception\"", "rule \"Ban\""));
        assertThat(e.problems()).extracting(InputProblem::message).anyMatch(m -> m.contains("Ban") || m.contains("duplicate"));
    }

    @Test
    void unknownActionAndStatusInMetadata() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("@action(\"hold-past-release\") @status(\"forbidden\")",
                "@action(\"hold-past-relase\") @status(\"forbiden\")"));
        assertThat(e.problems()).extracting(InputProblem::message)
                .anyMatch(m -> m.contains("unknown action 'hold-past-relase'") && m.contains("did you mean 'hold-past-release'?"))
                .anyMatch(m -> m.contains("unknown status 'forbiden'"));
    }

    @Test
    void overridingAProvisionNoRuleConcludesOnTheSameAction() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("@provision(\"ban\") @action(\"hold-past-release\")",
                "@provision(\"ban\") @action(\"notify-release\")"));
        assertThat(e.problems()).extracting(InputProblem::message)
                .anyMatch(m -> m.contains("@overrides names 'ban', but no rule concludes under that provision on the same action"));
    }

    @Test
    void undeclaredSwitchValue() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("value == \"narrow\"", "value == \"narow\""));
        assertThat(e.problems()).extracting(InputProblem::render)
                .anyMatch(m -> m.contains("tiny.drl:15:47:") && m.contains("tests switch 'tiny.reading' for 'narow'")
                        && m.contains("did you mean 'narrow'?"));
    }

    @Test
    void undeclaredSwitch() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("name == \"tiny.reading\"", "name == \"tiny.readin\""));
        assertThat(e.problems()).extracting(InputProblem::message)
                .anyMatch(m -> m.contains("reads switch 'tiny.readin', which regime.yaml does not declare"));
    }

    @Test
    void regimeWithoutDatesOrSources() throws IOException {
        InputException e = loadFails(YAML.replace("dates:\n  signed: 2017-08-31\n", "")
                .replace("sources:\n  - title: nothing real\n", ""), RULES);
        assertThat(e.problems()).extracting(InputProblem::render)
                .anyMatch(m -> m.contains("regime.yaml:1:1: key 'dates': is required"))
                .anyMatch(m -> m.contains("regime.yaml:1:1: key 'sources': is required"));
    }

    @Test
    void regimeYamlTypoIsNamedWithItsPlace() throws IOException {
        InputException e = loadFails(YAML.replace("basis: reported", "basis: reportd"), RULES);
        assertThat(e.problems()).extracting(InputProblem::render)
                .anyMatch(m -> m.contains("regime.yaml:21:12: key 'provisions[1].basis': unknown value 'reportd'")
                        && m.contains("did you mean 'reported'?"));
    }

    @Test
    void folderNameMustBeTheRegimeId() throws IOException {
        InputException e = loadFails(YAML.replace("id: tiny", "id: tinier"), RULES);
        assertThat(e.problems()).extracting(InputProblem::message)
                .anyMatch(m -> m.contains("must equal its folder's name 'tiny'"));
    }

    @Test
    void aNumberComparedEitherWayRoundGivesItsThreshold() throws IOException {
        RegimeCatalog c = RegimeCatalog.load(regime(YAML, RULES.replace("Case( warrant == Warrant.JUDICIAL )",
                "Case( warrant == Warrant.JUDICIAL, 48 > hoursUntilRelease, hoursUntilRelease >= 0.5 )")));
        assertThat(c.get("tiny").rule("Exception").numberThresholds())
                .containsEntry("hours-until-release", java.util.Set.of(48.0, 0.5));
    }

    @Test
    void aNumberUsedOtherThanAgainstAConstantIsRefused() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("Case( warrant == Warrant.JUDICIAL )",
                "Case( warrant == Warrant.JUDICIAL, hoursUntilRelease * 2 < 96 )"));
        assertThat(e.problems()).extracting(InputProblem::render)
                .anyMatch(m -> m.contains("tiny.drl:") && m.contains("compare hours-until-release with a number"));
    }

    @Test
    void theDateReadOtherThanThroughTheDayPredicatesIsRefused() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("Case( warrant == Warrant.JUDICIAL )",
                "Case( warrant == Warrant.JUDICIAL, date.getYear() > 2017 )"));
        assertThat(e.problems()).extracting(InputProblem::message)
                .anyMatch(m -> m.contains("compare the case's date only as onOrAfter"));
        RegimeCatalog ok = RegimeCatalog.load(regime(YAML, RULES.replace("Case( warrant == Warrant.JUDICIAL )",
                "Case( warrant == Warrant.JUDICIAL, onOrAfter(\"2018-03-19\") )")));
        assertThat(ok.get("tiny").rule("Exception").dateThresholds()).containsExactly(java.time.LocalDate.parse("2018-03-19"));
    }

    @Test
    void circularExceptions() throws IOException {
        InputException e = loadFails(YAML, RULES.replace("@status(\"forbidden\")", "@status(\"forbidden\") @overrides(\"ban-warrant\")"));
        assertThat(e.problems()).extracting(InputProblem::message).anyMatch(m -> m.contains("in a circle"));
    }

    @Test
    void theProjectRulesLoadWithoutProblems() {
        RegimeCatalog c = RegimeCatalog.load(Path.of("rules"));
        assertThat(c.ids()).contains("denver-ordinance-2017");
    }
}
