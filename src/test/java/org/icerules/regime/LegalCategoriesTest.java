package org.icerules.regime;

import org.icerules.law.LawInForce;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.law.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** rules/categories.yaml: levels, kinds and statuses are data, read with located errors, and the code obeys them. */
class LegalCategoriesTest {
    @TempDir
    Path root;

    static final String CATEGORIES = """
            levels:
              - {id: town}
              - {id: province}
            kinds:
              - {id: bylaw, meaning: a town's law}
              - {id: compact, meaning: a deal with the province, binds: grant}
            statuses:
              - {id: passed}
              - {id: tabled, never-in-force: true}
            """;

    static final String REGIME = """
            id: tiny
            title: Tiny
            jurisdiction: somewhere
            level: %s
            kind: %s
            status: %s
            dates:
              signed: 2017-07-25
            validity:
              from: 2017-07-25
            sources:
              - title: nothing real
            provisions:
              - id: ok
                cite: § 1
                title: Permits sharing
                basis: text
                source: § 1
                summary: Permits.
            """;

    /** One permitting rule, as in LawFieldsTest. */
    static final String DRL = LawFieldsTest.DRL;

    private RegimeCatalog load(String categories, String... regimes) throws IOException {
        Path rules = root.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("categories.yaml"), categories);
        Files.copy(Path.of("rules/vocabulary.yaml"), rules.resolve("vocabulary.yaml"));
        for (int i = 0; i < regimes.length; i++) {
            String id = "tiny" + (i == 0 ? "" : "-" + i);
            Path folder = rules.resolve("x").resolve(id);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("regime.yaml"), regimes[i].replace("id: tiny", "id: " + id));
            Files.writeString(folder.resolve(id + ".drl"), DRL.replace("package tiny", "package p" + i));
        }
        return RegimeCatalog.load(rules);
    }

    private static List<InputProblem> problems(Runnable r) {
        Throwable t = catchThrowable(r::run);
        assertThat(t).isInstanceOf(InputException.class);
        return ((InputException) t).problems();
    }

    @Test
    void theRegimesFollowTheCategoriesOfTheFile() throws IOException {
        RegimeCatalog c = load(CATEGORIES,
                REGIME.formatted("province", "bylaw", "passed"),
                REGIME.formatted("town", "compact", "tabled") + "award: {amount: 10, currency: USD}\n");
        Regime province = c.get("tiny").regime();
        Regime town = c.get("tiny-1").regime();
        assertThat(c.ids()).as("the more local level first").containsExactly("tiny-1", "tiny");
        assertThat(town.levelRank()).isZero();
        assertThat(province.levelRank()).isEqualTo(1);
        assertThat(town.isGrantCondition()).as("compact binds by a grant").isTrue();
        assertThat(town.award()).isNotNull();
        assertThat(province.isGrantCondition()).isFalse();
        LocalDate day = LocalDate.of(2018, 1, 1);
        assertThat(LawInForce.inForce(town, day)).as("tabled never is in force").isFalse();
        assertThat(LawInForce.inForce(province, day)).isTrue();
        assertThat(c.categories().grantKinds()).containsExactly("compact");
        assertThat(c.categories().neverInForceStatuses()).containsExactly("tabled");
    }

    @Test
    void aRegimeOutsideTheCategoriesIsALocatedErrorWithTheAllowedValues() {
        List<InputProblem> ps = problems(() -> {
            try {
                load(CATEGORIES, REGIME.formatted("towne", "bylaw", "passed")
                        + "award: {amount: 10, currency: USD}\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(ps).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("rules/x/tiny/regime.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.key()).isEqualTo("level");
            assertThat(p.message()).contains("unknown value 'towne'").contains("did you mean 'town'")
                    .contains("allowed: town, province");
        });
        assertThat(ps).anySatisfy(p -> assertThat(p.message()).contains("only a regime of kind compact has an award"));
    }

    @Test
    void aRulesFolderWithoutCategoriesSaysSo() throws IOException {
        Path rules = root.resolve("rules");
        Files.createDirectories(rules.resolve("x/tiny"));
        assertThat(problems(() -> RegimeCatalog.load(rules))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no categories.yaml here"));
    }

    @Test
    void anUnknownKeyAMissingIdADuplicateAndAWrongBindingAreLocated() {
        List<InputProblem> ps = problems(() -> LegalCategories.parse("""
                levels:
                  - {id: town}
                  - {id: town}
                kinds:
                  - {id: bylaw, binds: grants}
                  - {meaning: no id}
                statuses:
                  - {id: passed, never-in-forse: true}
                """, "rules/categories.yaml"));
        assertThat(ps).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("duplicate id 'town'");
        }).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.key()).isEqualTo("kinds[0].binds");
            assertThat(p.message()).contains("unknown value 'grants'").contains("did you mean 'grant'")
                    .contains("allowed: law, grant");
        }).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.key()).isEqualTo("kinds[1].id");
            assertThat(p.message()).contains("is required");
        }).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("unknown key 'never-in-forse'").contains("did you mean 'never-in-force'");
        });
        assertThat(ps).allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/categories.yaml"));
    }

    @Test
    void everyListIsRequiredAndNoneMayBeEmpty() {
        List<InputProblem> ps = problems(() -> LegalCategories.parse("""
                levels: []
                kinds:
                  - {id: bylaw}
                """, "c.yaml"));
        assertThat(ps).anySatisfy(p -> assertThat(p.message()).contains("is empty"))
                .anySatisfy(p -> {
                    assertThat(p.key()).isEqualTo("statuses");
                    assertThat(p.message()).contains("is required");
                });
    }

    @Test
    void theProjectsCategoriesOrderItsCatalog() {
        RegimeCatalog c = org.icerules.RegimeVerifier.projectCatalog();
        LegalCategories categories = c.categories();
        List<Integer> ranks = c.regimes().stream().map(r -> categories.levels().indexOf(r.regime().level())).toList();
        assertThat(ranks).isSorted().doesNotContain(-1);
        c.regimes().forEach(r -> assertThat(r.regime().isGrantCondition()).as(r.id())
                .isEqualTo(categories.grantKinds().contains(r.regime().kind())));
        c.regimes().forEach(r -> assertThat(r.regime().neverInForce()).as(r.id())
                .isEqualTo(categories.neverInForceStatuses().contains(r.regime().status())));
    }
}
