package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The four load-time checks the regimes rely on, each pinned to its own message: unique rule
 * names (across the files of one regime), every provision has a rule, every switch value used
 * is declared, and every regime has dates and sources (present and not empty).
 */
class RegimeLintLoadChecksTest {
    @TempDir
    Path root;

    private static final String YAML = RegimeLintTest.YAML;

    private static final String BAN = """
            package tiny;
            import icerules.vocabulary.*;

            rule "Ban"
                @provision("ban") @action("hold-past-release") @status("forbidden")
            when
                Case()
            then
            end
            """;

    private static final String EXCEPTION = """
            package tiny;
            import icerules.vocabulary.*;

            rule "Exception"
                @provision("ban-warrant") @action("hold-past-release") @status("permitted") @overrides("ban")
            when
                Case( warrant == Warrant.JUDICIAL )
                Reading( name == "tiny.reading", value == "narrow" )
            then
            end
            """;

    private Path regime(String yaml, String first, String second) throws IOException {
        Path folder = root.resolve("rules/city/tiny");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("regime.yaml"), yaml);
        Files.writeString(folder.resolve("a-ban.drl"), first);
        Files.writeString(folder.resolve("b-exception.drl"), second);
        Files.copy(Path.of("rules/categories.yaml"), root.resolve("rules/categories.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("rules/vocabulary.yaml"), root.resolve("rules/vocabulary.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return root.resolve("rules");
    }

    private InputException loadFails(String yaml, String first, String second) throws IOException {
        Path rules = regime(yaml, first, second);
        Throwable t = catchThrowable(() -> RegimeCatalog.load(rules));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    @Test
    void theFixtureLoadsFromTwoFiles() throws IOException {
        assertThat(RegimeCatalog.load(regime(YAML, BAN, EXCEPTION)).get("tiny").rules()).hasSize(2);
    }

    @Test
    void aRuleNameUsedInTwoFilesOfOneRegimeIsADuplicate() throws IOException {
        InputException e = loadFails(YAML, BAN, EXCEPTION.replace("rule \"Exception\"", "rule \"Ban\""));
        assertThat(e.problems()).extracting(InputProblem::render)
                .anyMatch(m -> m.contains("key 'rule \"Ban\"'") && m.contains("duplicate rule name (also at ")
                        && m.contains("a-ban.drl:4"));
    }

    @Test
    void aProvisionWithoutARuleIsNamed() throws IOException {
        InputException e = loadFails(YAML, BAN, EXCEPTION.replace("@provision(\"ban-warrant\")", "@provision(\"ban\")")
                .replace(" @overrides(\"ban\")", ""));
        assertThat(e.problems()).extracting(InputProblem::message)
                .containsExactly("provision 'ban-warrant' has no rule: encode it or remove it");
    }

    @Test
    void aSwitchValueARuleTestsMustBeDeclared() throws IOException {
        InputException e = loadFails(YAML, BAN, EXCEPTION.replace("value == \"narrow\"", "value == \"wide\""));
        assertThat(e.problems()).extracting(InputProblem::message).singleElement().asString()
                .contains("tests switch 'tiny.reading' for 'wide', which is not one of its values [narrow, broad]");
    }

    @Test
    void switchValuesInAnInListAreEachChecked() throws IOException {
        InputException e = loadFails(YAML, BAN,
                EXCEPTION.replace("value == \"narrow\"", "value in (\"narrow\", \"broadest\")"));
        assertThat(e.problems()).extracting(InputProblem::message).singleElement().asString()
                .contains("for 'broadest'");
    }

    @Test
    void emptyDatesAreRejected() throws IOException {
        InputException e = loadFails(YAML.replace("dates:\n  signed: 2017-08-31\n", "dates: {}\n"), BAN, EXCEPTION);
        assertThat(e.problems()).extracting(InputProblem::message)
                .anyMatch(m -> m.contains("is empty: every regime has dates"));
    }

    @Test
    void emptySourcesAreRejected() throws IOException {
        InputException e = loadFails(YAML.replace("sources:\n  - title: nothing real\n", "sources: []\n"), BAN,
                EXCEPTION);
        assertThat(e.problems()).extracting(InputProblem::message)
                .anyMatch(m -> m.contains("is empty: every regime names its sources"));
    }

    private static String withEvent(String reading) {
        return YAML.replace("sources:\n", "validity:\n  from: 2017-08-31\n  events:\n"
                + "    - {date: 2017-09-15, change: enjoined, reading: " + reading + "}\nsources:\n");
    }

    @Test
    void anEventsReadingLoadsAndIsKept() throws IOException {
        var regime = RegimeCatalog.load(regime(withEvent("{tiny.reading: broad}"), BAN, EXCEPTION)).get("tiny").regime();
        assertThat(regime.validity().events().get(0).readings()).containsEntry("tiny.reading", "broad");
    }

    @Test
    void anEventsReadingNamesADeclaredSwitchAndOneOfItsValues() throws IOException {
        InputException unknown = loadFails(withEvent("{tiny.readin: broad}"), BAN, EXCEPTION);
        assertThat(unknown.problems()).extracting(InputProblem::render).singleElement().asString()
                .contains("regime.yaml:").contains("validity.events[0].reading")
                .contains("'tiny.readin' is not a switch declared in this regime.yaml").contains("tiny.reading");
        InputException value = loadFails(withEvent("{tiny.reading: broadest}"), BAN, EXCEPTION);
        assertThat(value.problems()).extracting(InputProblem::message).singleElement().asString()
                .contains("'broadest' is not among the switch's values [narrow, broad]");
    }

    @Test
    void everyProjectRegimeHasDatesSourcesAndValidityFitForItsStatus() {
        for (CompiledRegime r : org.icerules.RegimeVerifier.projectCatalog().regimes()) {
            assertThat(r.regime().dates()).as(r.id() + " dates").isNotEmpty();
            assertThat(r.regime().sources()).as(r.id() + " sources").isNotEmpty();
            // drafts, proposals and failed bills (HB20-1188) never were law
            boolean neverInForce = java.util.Set.of("draft", "proposed", "failed").contains(r.regime().status());
            assertThat(r.regime().validity().from() == null).as(r.id() + ": validity.from absent exactly for drafts and failed bills")
                    .isEqualTo(neverInForce);
        }
    }
}
