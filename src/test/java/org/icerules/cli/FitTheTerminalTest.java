package org.icerules.cli;

import org.icerules.report.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text tables fit the terminal's width; piped output keeps the stable layout whatever COLUMNS says. */
class FitTheTerminalTest {
    private static final String LIBRARY = "scenarios/detainers";
    private static final String[] KNOWN_FACTS = {"scenarios/detainers/ever-valles-2016.yaml",
            "scenarios/detainers/detainer-transfer-writ-2020.yaml", "scenarios/access/secure-area-with-judicial-warrant-2018.yaml"};

    @ParameterizedTest
    @CsvSource({"run,80", "run,120", "compare,80", "compare,120", "law,80", "law,120", "timeline,80", "timeline,120"})
    void noLineIsWiderThanTheTerminal(String command, int width) {
        // compare answers only from known facts; the others also weigh the scenarios with unknown facts
        String[] library = command.equals("compare") ? KNOWN_FACTS : new String[]{LIBRARY};
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(command),
                java.util.stream.Stream.concat(java.util.Arrays.stream(library),
                        java.util.stream.Stream.of("--width", String.valueOf(width)))).toArray(String[]::new);
        CliRunner r = CliRunner.run(args);
        assertThat(r.status()).isZero();
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        assertThat(r.out().lines().anyMatch(l -> l.length() > width - 10))
                .as("the table uses the width it is given").isTrue();
    }

    @ParameterizedTest
    @CsvSource({"80", "120"})
    void explainFitsTheTerminalToo(int width) {
        CliRunner r = CliRunner.run("explain", "scenarios/detainers/ever-valles-2016.yaml", "--regime",
                "denver-ordinance-2017", "--action", "notify-release", "--width", String.valueOf(width));
        assertThat(r.status()).isZero();
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
    }

    @Test
    void lawLeadsWithTheQuestionOnATerminalAndKeepsTheIdWhenPiped() {
        String fitted = CliRunner.run("law", "scenarios/detainers/ever-valles-2016.yaml", "--width", "100").out();
        assertThat(fitted).containsPattern("\nMay the city keep the person in custody +\\| forbidden")
                .containsPattern("\nhold-past-release +\\|");
        String piped = CliRunner.run("law", "scenarios/detainers/ever-valles-2016.yaml").out();
        assertThat(piped).containsPattern("\nhold-past-release +\\| forbidden").doesNotContain("May the city keep");
    }

    @Test
    void aCellThatFitsDoesNotWrap() {
        // one regime fits a wide terminal whole: its citations stay on one line
        CliRunner r = CliRunner.run("run", "scenarios/detainers/ever-valles-2016.yaml",
                "--regime", "denver-ordinance-2017", "--width", "120");
        assertThat(r.out()).contains("| permitted 28-253 (notification requests)\n");
        CliRunner piped = CliRunner.run("run", "scenarios/detainers/ever-valles-2016.yaml",
                "--regime", "denver-ordinance-2017");
        assertThat(piped.out()).contains("| permitted 28-253\n");
    }

    @Test
    void pipedOutputIgnoresColumnsAndATerminalWithoutColumnsIs80Wide() {
        assertThat(TableWidth.layout(null, false, "40")).isEqualTo(Layout.PIPED);
        assertThat(TableWidth.layout(null, false, null)).isEqualTo(Layout.PIPED);
        assertThat(TableWidth.layout(null, true, "132")).isEqualTo(Layout.fitted(132));
        assertThat(TableWidth.layout(null, true, null)).isEqualTo(Layout.fitted(80));
        assertThat(TableWidth.layout(null, true, "wide")).isEqualTo(Layout.fitted(80));
        assertThat(TableWidth.layout(100, false, "40")).isEqualTo(Layout.fitted(100));
    }

    @Test
    void regimesShowInTheOrderNamed() {
        CliRunner r = CliRunner.run("run", "scenarios/detainers/ever-valles-2016.yaml",
                "--regime", "denver-ordinance-2017", "--regime", "denver-practice-2014");
        String header = r.out().lines().filter(l -> l.startsWith("action ")).findFirst().orElseThrow();
        assertThat(header.indexOf("ordinance 2017")).isLessThan(header.indexOf("practice 2014"));
    }

    @Test
    void listRegimesKeepsItsColumnsInLineWhateverTheIdsLength() {
        var catalog = org.icerules.RegimeVerifier.projectCatalog();
        String out = CliRunner.run("list", "regimes").out();
        java.util.Set<Integer> titleColumns = new java.util.TreeSet<>();
        for (var r : catalog.regimes()) {
            String line = out.lines().filter(l -> l.startsWith(r.id() + " ")).findFirst().orElseThrow();
            titleColumns.add(line.indexOf(r.regime().title()));
        }
        assertThat(titleColumns).hasSize(1);
    }

    @Test
    void explainHelpSaysWhatItTakes() {
        String help = CliRunner.run("explain", "--help").out();
        assertThat(help).contains("exactly one --regime", "'ice-rules list actions'", "Example:");
    }
}
