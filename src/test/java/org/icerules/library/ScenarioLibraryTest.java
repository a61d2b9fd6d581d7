package org.icerules.library;

import org.icerules.RegimeVerifier;
import org.icerules.analysis.ExpectationCheck;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Provision;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenario library in scenarios/: every expectation holds, and the library is what the project promises. */
class ScenarioLibraryTest {
    private static final Set<String> SEVEN = Set.of("denver-practice-2014", "denver-draft-order-2017",
            "denver-council-draft-2017", "denver-ordinance-2017", "denver-eo-142", "federal-jag-2017",
            "colorado-hb19-1124");
    private static final Set<String> THEMES = Set.of("detainers", "notification", "access", "information", "programs");
    /** Folders of another place than Denver, with the regimes each of their scenarios expects (its layers there). */
    private static final Map<String, Set<String>> PLACES = Map.of(
            "california", Set.of("california-trust-act-2013", "california-truth-act-2016",
                    "california-sb54-2017", "california-sb29-2017"),
            "texas", Set.of("texas-sb4-2017", "travis-county-sheriff-2017", "federal-1373"));
    private static RegimeCatalog catalog;
    private static Evaluator evaluator;
    private static List<Scenario> library;

    @BeforeAll
    static void load() {
        catalog = RegimeVerifier.projectCatalog();
        evaluator = new Evaluator(catalog);
        library = org.icerules.law.Places.of(catalog).loader().expectingOnlyRegimesOfThePlace().load(List.of(Path.of("scenarios")));
    }

    @Test
    void everyExpectationHolds() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        ExpectationCheck check = new ExpectationCheck(evaluator);
        for (Scenario s : library) {
            ExpectationCheck.Result r = check.check(s, s.readings(), id -> true);
            checked += r.checked();
            r.failures().forEach(f -> failures.add(s.file() + " " + f.regime() + " " + f.action().id() + ": expected "
                    + f.expected() + ", got " + f.got()));
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(400);
    }

    @Test
    void atLeastFortyScenariosEachWithExpectationsForAllSevenRegimesOrCaliforniasFour() {
        assertThat(library).hasSizeGreaterThanOrEqualTo(40);
        for (Scenario s : library) {
            Set<String> expected = new TreeSet<>(s.expect().keySet());
            expected.addAll(s.expectDepends().keySet());
            String folder = Path.of(s.file()).getParent().getFileName().toString();
            assertThat(expected).as("regimes expected in " + s.file()).containsAll(PLACES.getOrDefault(folder, SEVEN));
            assertThat(s.notes()).as("notes of " + s.file()).isNotBlank();
        }
        assertThat(library).extracting(Scenario::id).doesNotHaveDuplicates();
    }

    @Test
    void everyActionAScenarioRaisesIsExpectedUnderEveryRegime() {
        for (Scenario s : library) {
            Map<String, Set<Action>> byRegime = new java.util.TreeMap<>();
            s.expect().forEach((regime, m) -> byRegime.computeIfAbsent(regime, k -> new TreeSet<>()).addAll(m.keySet()));
            s.expectDepends().forEach((regime, m) ->
                    byRegime.computeIfAbsent(regime, k -> new TreeSet<>()).addAll(m.keySet()));
            Set<Action> raised = new TreeSet<>();
            byRegime.values().forEach(raised::addAll);
            byRegime.forEach((regime, actions) ->
                    assertThat(actions).as(s.file() + ": actions expected under " + regime).containsAll(raised));
        }
    }

    @Test
    void scenariosAreOrganisedByTheme() {
        Set<String> seen = new TreeSet<>();
        for (Scenario s : library) {
            Path p = Path.of(s.file());
            String theme = p.getParent().getFileName().toString();
            assertThat(THEMES.contains(theme) || PLACES.containsKey(theme)).as("theme folder of " + s.file()).isTrue();
            assertThat(p.getFileName().toString()).isEqualTo(s.id() + ".yaml");
            seen.add(theme);
        }
        Set<String> folders = new TreeSet<>(THEMES);
        folders.addAll(PLACES.keySet());
        assertThat(seen).isEqualTo(folders);
    }

    @Test
    void theRealCasesOfReferenceSection11CarryTheirSource() {
        for (String id : List.of("ever-valles-2016", "lopez-vera-2017", "courthouse-hallway-arrest-2017",
                "denver-adult-probation-2018")) {
            Scenario s = library.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertThat(s.source()).as("source of " + id).isNotBlank();
        }
    }

    @Test
    void everyNonSilentVerdictNamesAProvisionWithItsBasis() {
        for (Scenario s : library) {
            for (Verdict v : evaluator.evaluate(s.facts(), s.readings(), List.of())) {
                if (v.status() != Status.SILENT) {
                    assertThat(v.provisions()).as(s.id() + " " + v.regime() + " " + v.action().id()).isNotEmpty();
                    assertThat(v.provisions()).extracting(Provision::basis).doesNotContainNull();
                }
                assertThat(v.status()).as("no conflict in " + s.id() + " " + v.regime() + " " + v.action().id())
                        .isNotEqualTo(Status.CONFLICT);
            }
        }
    }
}
