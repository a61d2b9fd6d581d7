package org.icerules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code reference} on a small fixture: what the index, a regime page and the glossary say. */
class ReferenceCommandTest {
    private static final String RULES = "src/test/resources/rules-reference";

    @TempDir
    Path tmp;

    private Path law() {
        return tmp.resolve("law");
    }

    private String run() throws IOException {
        CliRunner r = CliRunner.run("reference", "--rules", RULES, "-o", law().toString());
        assertThat(r.status()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void writesAnIndexAPagePerRegimeTheVocabularyAndTheGlossary() throws IOException {
        run();
        try (Stream<Path> files = Files.list(law())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("README.md", "test-reference.md", "vocabulary.md");
        }
        assertThat(tmp.resolve("glossary.md")).exists();
    }

    @Test
    void theIndexListsEachRegimeWithItsStandingDatesAndValidity() throws IOException {
        run();
        String index = Files.readString(law().resolve("README.md"));
        assertThat(index).contains("| [A test ordinance on holds](test-reference.md) `test-reference` | city | ordinance "
                + "| enacted | passed 2020-01-02 · in-force 2020-02-01 | 2020-02-01 to 2021-12-31 | 2 |");
        assertThat(index).contains("- **forbidden**: The regime says no.");
        assertThat(index).contains("- **text**: The words were read.");
    }

    @Test
    void theIndexShowsBothReadingsOfASwitchWithWhoHoldsEachAndTheirSources() throws IOException {
        run();
        String index = Files.readString(law().resolve("README.md"));
        assertThat(index).contains("<a id=\"switch-test-warrant\"></a>\n### `test.warrant`");
        assertThat(index).contains("Declared by [test ordinance](test-reference.md): whether an administrative "
                + "warrant opens the exception. Default: `judicial-only`.");
        assertThat(index).contains("| `judicial-only` (default) | only a judge's warrant opens it | the test city attorney "
                + "| Test memo 2020-03-01; Test Post 2020-03-02 |");
        assertThat(index).contains("| `any-warrant` | any warrant opens it | the test sheriff | Test Gazette 2020-04-01 |");
        assertThat(index).contains("Read by the rules at `rules-reference/city/test-reference/rules.drl:14`.");
    }

    @Test
    void aRegimePageGivesEachProvisionWithItsBasisSummaryLinkAndRules() throws IOException {
        run();
        String page = Files.readString(law().resolve("test-reference.md"));
        assertThat(page).contains("| jurisdiction | City of Test (`test-city`) |");
        assertThat(page).contains("| 2021-06-01 | enjoined | `hold-past-release` | Test v. Test (D. Test) |");
        assertThat(page).contains("1. [Test Code § 1](https://example.org/test-code/1) (2020-01-02) — the test code, chapter 1");
        assertThat(page).contains("<a id=\"test-no-hold\"></a>\n### Test Code § 1(a) — No hold on a detainer");
        assertThat(page).contains("- basis: [text](../glossary.md#text-basis)");
        assertThat(page).contains("- text: [https://example.org/test-code/1#a](https://example.org/test-code/1#a)");
        assertThat(page).contains("Nobody may be kept past release on a detainer.");
        assertThat(page).contains("| No hold on a detainer | `rules-reference/city/test-reference/rules.drl:5` "
                + "| `hold-past-release` | forbidden | — | detainer |");
        assertThat(page).contains("| Hold on a warrant | `rules-reference/city/test-reference/rules.drl:14` "
                + "| `hold-past-release` | permitted | [Test Code § 1(a)](#test-no-hold) | warrant, test.warrant |");
        assertThat(page).contains("- text: no link to this provision; see the sources above");
    }

    @Test
    void theGlossaryHasAnAnchorPerTermAndItsLink() throws IOException {
        run();
        assertThat(Files.readString(tmp.resolve("glossary.md"))).contains("<a id=\"text-basis\"></a>\n"
                + "**text (basis)** — The words were read. ([source](https://example.org/glossary/text))");
    }

    @Test
    void theSameRulesGiveTheSameBytes() throws IOException {
        run();
        String first = Files.readString(law().resolve("test-reference.md")) + Files.readString(law().resolve("README.md"));
        run();
        assertThat(Files.readString(law().resolve("test-reference.md")) + Files.readString(law().resolve("README.md")))
                .isEqualTo(first);
    }

    @Test
    void aPageOfAVanishedRegimeIsRemovedButOtherFilesAreKept() throws IOException {
        run();
        Files.writeString(law().resolve("old-regime.md"), Files.readString(law().resolve("test-reference.md")));
        Files.writeString(law().resolve("notes.md"), "# my own notes\n");
        assertThat(run()).contains("removed 1 stale page");
        assertThat(law().resolve("old-regime.md")).doesNotExist();
        assertThat(law().resolve("notes.md")).exists();
    }

    @Test
    void aBadGlossaryIsALocatedErrorAndNothingIsWritten() throws IOException {
        Path rules = tmp.resolve("rules");
        copy(Path.of(RULES), rules);
        Files.writeString(rules.resolve("glossary.yaml"), "terms:\n  - term: silent\n    meaning: says nothing\n");
        CliRunner r = CliRunner.run("reference", "--rules", rules.toString(), "-o", tmp.resolve("out/law").toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("glossary.yaml:3:5: key 'terms[0].meaning': unknown key 'meaning'")
                .contains("glossary.yaml:2:5: key 'terms[0].definition': is required");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.toList();
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }
}
