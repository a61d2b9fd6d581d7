package org.icerules.cli;

import org.icerules.Vocab;

import org.icerules.model.Scenario;
import org.icerules.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that would be read as something other than what its writer meant is refused, with a
 * located message saying what to write instead, exit 2 and nothing written.
 */
class RefusedInputTest {
    static final String EVER_VALLES = "scenarios/detainers/ever-valles-2016.yaml";
    private static final String HEAD = "id: a-case\ndate: 2018-01-01\n";

    @TempDir
    Path dir;

    private Path file(String name, String yaml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, yaml);
        return f;
    }

    // ---- booleans ----------------------------------------------------------------------------

    @ParameterizedTest(name = "advised-of-rights: {0}")
    @ValueSource(strings = {"yes", "no", "on", "off", "Yes", "Y", "n", "ON", "OFF", "NO"})
    void aYaml11BooleanWordIsRefusedNotReadAsFalse(String word) throws IOException {
        Path f = file("case.yaml", HEAD + "facts:\n  advised-of-rights: " + word + "\n");
        CliRunner r = CliRunner.run("run", f.toString(), "--regime", "denver-ordinance-2017");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ice-rules: " + f + ":4:22: key 'facts.advised-of-rights': '" + word
                + "' is not read as a boolean (YAML 1.1's yes/no/on/off are not); write true or false\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aQuotedTrueIsTextAndRefusedSayingSo() throws IOException {
        Path f = file("case.yaml", HEAD + "facts:\n  advised-of-rights: \"true\"\n");
        CliRunner r = CliRunner.run("run", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":4:22: key 'facts.advised-of-rights': expected true or false, "
                + "found the text \"true\" in quotes; write true or false without quotes");
    }

    @Test
    void trueAndFalseInAnyYaml12SpellingAreRead() {
        ScenarioLoader loader = new ScenarioLoader(Vocab.PROJECT, List.of(), Map.of());
        Scenario yes = loader.loadText(HEAD + "facts:\n  advised-of-rights: True\n  crime-victim: TRUE\n", "t", "t").get(0);
        Scenario no = loader.loadText(HEAD + "facts:\n  public-contact-allowed: false\n", "t", "t").get(0);
        assertThat(Vocab.get(yes.facts(), "advised-of-rights")).isEqualTo(true);
        assertThat(Vocab.get(yes.facts(), "crime-victim")).isEqualTo(true);
        assertThat(Vocab.get(no.facts(), "public-contact-allowed")).isEqualTo(false);
    }

    // ---- dates -------------------------------------------------------------------------------

    @ParameterizedTest(name = "date: {0}")
    @ValueSource(strings = {"12/20/2016", "2016-1-5", "20161220", "2016-12-20T10:00:00", "2016-12-20 10:00", "+2016-12-20",
            "20-12-2016", "'2016-12-20 '"})
    void aDateInAnotherFormatIsRefusedInAFile(String date) throws IOException {
        Path f = file("case.yaml", "id: a-case\ndate: " + date + "\n");
        CliRunner r = CliRunner.run("run", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("ice-rules: " + f + ":2:7: key 'date': ").contains("write YYYY-MM-DD");
    }

    @ParameterizedTest(name = "--date {0}")
    @ValueSource(strings = {"12/20/2016", "2016-1-5", "20161220", "2016-12-20T10:00", "+2016-12-20", "2016-02-30"})
    void aDateInAnotherFormatIsRefusedOnTheCommandLine(String date) {
        for (String[] args : List.of(new String[]{"law", "--date", date, EVER_VALLES},
                new String[]{"timeline", "--from", date, EVER_VALLES},
                new String[]{"compare", "--format", "html", "--generated", date, EVER_VALLES})) {
            CliRunner r = CliRunner.run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).startsWith("ice-rules: Invalid value for option '" + args[args.length - 3] + "': ")
                    .contains("'" + date + "'").contains("write YYYY-MM-DD");
            assertThat(r.out()).isEmpty();
        }
    }

    // ---- no scenario at all ----------------------------------------------------------------------

    @Test
    void explainAndAskNeedExactlyOneRegime() {
        String valles = "scenarios/detainers/ever-valles-2016.yaml";
        CliRunner none = CliRunner.run("explain", valles, "--action", "hold-past-release");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("explain needs exactly one --regime; known: ").contains("denver-ordinance-2017");
        CliRunner two = CliRunner.run("ask", valles, "--action", "hold-past-release", "--unknown", "warrant",
                "--regime", "denver-ordinance-2017", "--regime", "denver-eo-142");
        assertThat(two.status()).isEqualTo(2);
        assertThat(two.err()).contains("ask needs exactly one --regime; known: ");
    }

    @Test
    void aFolderWithNoScenarioIsBadInputForEveryCommandThatReadsScenarios() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path notes = Files.createDirectories(dir.resolve("only-notes"));
        Files.writeString(notes.resolve("README.md"), "no scenarios here\n");
        for (Path folder : List.of(empty, notes)) {
            for (String command : List.of("run", "test", "compare", "sweep", "coverage", "law", "timeline")) {
                CliRunner r = CliRunner.run(command, folder.toString());
                assertThat(r.status()).as(command + " " + folder).isEqualTo(2);
                assertThat(r.err()).as(command).isEqualTo("ice-rules: " + folder
                        + ": no scenario found in this folder (no .yaml or .yml file in it or below it)\n");
                assertThat(r.out()).as(command).isEmpty();
            }
        }
    }

    @Test
    void aFolderWithoutScenariosAmongGoodOnesIsStillNamed() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRunner r = CliRunner.run("test", EVER_VALLES, empty.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(empty + ": no scenario found");
    }

    @Test
    void testWithNothingToCheckIsNotAPass() throws IOException {
        Path f = file("no-expect.yaml", HEAD);
        CliRunner r = CliRunner.run("test", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ice-rules: nothing to check: the scenarios in " + f
                + " hold no expectation ('expect:')\n");
        assertThat(r.out()).doesNotContain("0 passed");
    }

    // ---- -o ----------------------------------------------------------------------------------

    @Test
    void outputNamingAnExistingFolderIsRefusedAndTheFolderIsLeftAlone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        for (String command : List.of("run", "compare", "sweep")) {
            CliRunner r = CliRunner.run(command, EVER_VALLES, "-o", folder.toString());
            assertThat(r.status()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).startsWith("ice-rules: Invalid value for option '--output': '" + folder
                    + "' is a folder; give the name of a file");
            assertThat(folder).isDirectory().isEmptyDirectory();
        }
        CliRunner check = CliRunner.run("check", "--regime", "denver-eo-142", "--output=" + folder);
        assertThat(check.status()).isEqualTo(2);
        assertThat(folder).isDirectory();
    }

    @Test
    void outputUnderAFileIsACleanError() throws IOException {
        Path plain = file("plain.txt", "x");
        CliRunner r = CliRunner.run("run", EVER_VALLES, "--regime", "denver-eo-142", "-o", plain.resolve("r.txt").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ice-rules: " + plain.resolve("r.txt") + ": cannot write the report: " + plain
                + ": is not a folder, so nothing can be written under it\n");
    }

    // ---- size ----------------------------------------------------------------------------------

    @Test
    void aFileOverTheLimitIsRefusedByItsSizeUnread() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.write("{[: garbage that would not parse\n".getBytes(StandardCharsets.UTF_8));
            raf.setLength(50L * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
        }
        CliRunner r = CliRunner.run("run", big.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ice-rules: " + big + ": the file is 52428800 bytes, over the limit of 1048576 "
                + "bytes (1 MiB) per scenario file; split it into several files\n");
    }

    @Test
    void aFileJustUnderTheLimitIsRead() throws IOException {
        StringBuilder yaml = new StringBuilder(HEAD).append("notes: >\n");
        while (yaml.length() < ScenarioLoader.MAX_FILE_BYTES - 100) {
            yaml.append("  a long note that fills the file\n");
        }
        Path f = file("long.yaml", yaml.toString());
        assertThat(Files.size(f)).isLessThanOrEqualTo(ScenarioLoader.MAX_FILE_BYTES);
        assertThat(CliRunner.run("run", f.toString(), "--regime", "denver-eo-142").status()).isZero();
    }

    // ---- no stack trace for a user error -------------------------------------------------------

    @Test
    void everyUserErrorIsOneCleanMessageAndExitTwo() throws IOException {
        Path ok = file("ok.yaml", HEAD);
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Path notUtf8 = dir.resolve("latin1.yaml");
        Files.write(notUtf8, "id: caf\u00e9\ndate: 2018-01-01\n".getBytes(StandardCharsets.ISO_8859_1));
        List<String[]> mistakes = List.of(
                new String[]{"run", ok.toString(), "--regime", "denver-ordnance-2017"},
                new String[]{"run", ok.toString(), "--set", "no-equals-sign"},
                new String[]{"run", ok.toString(), "--set", "ordinance.nope=x"},
                new String[]{"run", ok.toString(), "--rules", ok.toString()},
                new String[]{"run", ok.toString(), "--rules", folder.toString()},
                new String[]{"run", ok.toString(), "--rules", dir.resolve("missing").toString()},
                new String[]{"run", dir.resolve("missing.yaml").toString()},
                new String[]{"run", notUtf8.toString()},
                new String[]{"run", ok.toString(), "--format", "pdf"},
                new String[]{"explain", ok.toString(), "--action", "hold"},
                new String[]{"explain", ok.toString(), "--action", "hold-past-release"},
                new String[]{"explain", folder.toString(), "--action", "hold-past-release", "--regime", "denver-eo-142"},
                new String[]{"diff", "denver-eo-142", "denver-eo-142"},
                new String[]{"diff", "denver-eo-142", "denver-ordinance-2017", "--write-examples", ok.toString()},
                new String[]{"law", "--jurisdiction", "atlantis", ok.toString()},
                new String[]{"law", "--regime", "denver-eo-142", ok.toString()},
                new String[]{"timeline", "--from", "2020-01-01", "--to", "2019-01-01", ok.toString()},
                new String[]{"list", "everything"},
                new String[]{"serve", "--port", "70000"},
                new String[]{"serve", "--port", "0", "--scenarios", dir.resolve("missing").toString()},
                new String[]{"nonsense"});
        for (String[] args : mistakes) {
            CliRunner r = CliRunner.run(args);
            String what = String.join(" ", args);
            assertThat(r.status()).as(what).isEqualTo(2);
            assertThat(r.err()).as(what).doesNotContain("\tat ").doesNotContain("Exception").isNotBlank();
            assertThat(r.err().lines()).as(what).allSatisfy(line ->
                    assertThat(line).matches("(ice-rules: |Try 'ice-rules|Did you mean|        ).*"));
            assertThat(r.out()).as(what).isEmpty();
        }
    }
}
