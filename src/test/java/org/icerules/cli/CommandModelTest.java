package org.icerules.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A command line builds the model of the command it names only; help and typos still see every command. */
class CommandModelTest {

    private static List<String> commands(String... args) {
        return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    }

    private static List<String> every() {
        return List.copyOf(Main.COMMANDS.keySet());
    }

    @Test
    void eachCommandIsListedUnderItsOwnName() {
        Main.COMMANDS.forEach((name, c) ->
                assertThat(c.getAnnotation(CommandLine.Command.class).name()).as(c.getSimpleName()).isEqualTo(name));
        assertThat(Main.COMMANDS.keySet()).containsAll(Main.READ_THE_RULES).doesNotContain("bogus");
    }

    @Test
    void aCommandNamedBuildsThatCommandAlone() {
        assertThat(commands("run", "scenarios/detainers/ever-valles-2016.yaml")).containsExactly("run");
        assertThat(commands("check", "--rules", "rules")).containsExactly("check");
    }

    @Test
    void helpNoCommandOrATypoSeesEveryCommandInHelpOrder() {
        assertThat(every()).contains("run", "help").hasSize(21);
        assertThat(commands()).containsExactlyElementsOf(every());
        assertThat(commands("--help")).containsExactlyElementsOf(every());
        assertThat(commands("help", "run")).containsExactlyElementsOf(every());
        assertThat(commands("rn")).containsExactlyElementsOf(every());
    }

    @Test
    void helpForACommandAndTheListOfCommandsStillWork() {
        assertThat(CliRunner.run("help", "run").out()).contains("--format").contains("--in-force");
        CliRunner none = CliRunner.run();
        assertThat(none.status()).isEqualTo(Main.BAD_INPUT);
        CliRunner typo = CliRunner.run("rnu");
        assertThat(typo.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(typo.err()).contains("'rnu'");
        assertThat(CliRunner.run("--help").out()).contains("profile").contains("new-regime").contains("glossary");
    }

    @Test
    void theDefaultRulesAreReadEarlyOnlyForACommandThatReadsThemUnchanged() {
        // the catalogs started here are taken by no one: a daemon thread, and the next load of the
        // default folder in this JVM takes the early one (same folder, same result)
        assertThat(Main.startReadingTheRules(new String[]{"run", "scenarios/detainers/ever-valles-2016.yaml"})).isTrue();
        org.icerules.regime.RegimeCatalog.load(org.icerules.regime.RegimeCatalog.defaultRulesDir());
        assertThat(Main.startReadingTheRules(new String[]{"new-regime", "--from", "x", "y"})).as("writes the folder").isFalse();
        assertThat(Main.startReadingTheRules(new String[]{"run", "--rules", "elsewhere", "a.yaml"})).isFalse();
        assertThat(Main.startReadingTheRules(new String[]{"run", "--rules=elsewhere", "a.yaml"})).isFalse();
        assertThat(Main.startReadingTheRules(new String[]{"run", "--help"})).isFalse();
        assertThat(Main.startReadingTheRules(new String[]{"glossary"})).isFalse();
        assertThat(Main.startReadingTheRules(new String[]{})).isFalse();
    }
}
