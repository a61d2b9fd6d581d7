package org.icerules.analysis;

import org.icerules.RegimeVerifier;
import org.icerules.analysis.ProvisionCoverage.Report;
import org.icerules.analysis.ProvisionCoverage.Tally;
import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.Scenario;
import org.icerules.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Provision coverage: the library exercises every provision both ways, and a gap is caught and named. */
class ProvisionCoverageTest {
    private static final String ORDINANCE = "denver-ordinance-2017";

    private static Report measure(Path scenarios, List<String> regimes) {
        RegimeCatalog catalog = RegimeVerifier.projectCatalog();
        List<Scenario> loaded = org.icerules.law.Places.of(catalog).loader().load(List.of(scenarios));
        List<CompiledRegime> selected = catalog.select(regimes);
        return ProvisionCoverage.measure(new Evaluator(catalog), selected, loaded, Scenario::readings);
    }

    private static Tally tally(Report report, String provision) {
        return report.tallies().stream().filter(t -> t.provision().id().equals(provision)).findFirst().orElseThrow();
    }

    @Test
    void theScenarioLibraryExercisesEveryProvisionBothWays() {
        Report report = measure(Path.of("scenarios"), List.of());
        assertThat(report.gaps()).as("provisions not exercised both ways").isEmpty();
        assertThat(report.tallies()).extracting(Tally::regime).containsAll(List.of("denver-practice-2014",
                "denver-draft-order-2017", "denver-council-draft-2017", ORDINANCE, "denver-eo-142",
                "federal-jag-2017", "colorado-hb19-1124"));
        int declared = RegimeVerifier.projectCatalog().regimes().stream()
                .mapToInt(r -> r.regime().provisions().size()).sum();
        assertThat(report.tallies()).hasSize(declared);
    }

    @Test
    void aGeneralProvisionWhoseExceptionIsNeverTestedIsAGap() {
        Report report = measure(Path.of("src/test/resources/coverage/gap"), List.of(ORDINANCE));
        assertThat(report.complete()).isFalse();
        Tally general = tally(report, "drmc-28-253");
        assertThat(general.role()).isEqualTo(ProvisionCoverage.Role.GENERAL);
        assertThat(general.decided()).isEqualTo(1);
        assertThat(general.gaveWay()).isZero();
        assertThat(general.gaps()).singleElement().asString()
                .contains("never gave way").contains("drmc-28-253-judicial-warrant");
        Tally exception = tally(report, "drmc-28-253-judicial-warrant");
        assertThat(exception.role()).isEqualTo(ProvisionCoverage.Role.EXCEPTION);
        assertThat(exception.decided()).isZero();
        assertThat(exception.generalDecided()).isEqualTo(1);
        assertThat(exception.gaps()).containsExactly("never decided a checked verdict");
        // unchecked actions do not count: the scenario's other verdicts were never asserted
        assertThat(tally(report, "drmc-28-252-a").decided()).isZero();
    }

    @Test
    void aPairOnEitherSideOfTheExceptionClosesTheGap() {
        Report report = measure(Path.of("src/test/resources/coverage/pair"), List.of(ORDINANCE));
        Tally general = tally(report, "drmc-28-253");
        assertThat(general.decided()).isEqualTo(1);
        assertThat(general.gaveWay()).isEqualTo(1);
        assertThat(general.exercised()).isTrue();
        Tally exception = tally(report, "drmc-28-253-judicial-warrant");
        assertThat(exception.decided()).isEqualTo(1);
        assertThat(exception.generalDecided()).isEqualTo(1);
        assertThat(exception.exercised()).isTrue();
        // notify-release was checked: § 28-250(a)(1) decided it, once; § 28-253-notification did not apply
        assertThat(tally(report, "drmc-28-250-a-1").decided()).isEqualTo(1);
        assertThat(tally(report, "drmc-28-253-notification").generalDecided()).isEqualTo(1);
        assertThat(report.checks()).isEqualTo(3);
        assertThat(report.scenarios()).isEqualTo(2);
    }

    @Test
    void scopeRulesAreExercisedWhenTheyDecideAndWhenAnotherProvisionDecidesOnTheirActions() {
        Report report = measure(Path.of("scenarios"), List.of("federal-jag-2017"));
        Tally scope = tally(report, "jag-2017-acceptance");
        assertThat(scope.role()).isEqualTo(ProvisionCoverage.Role.SCOPE);
        assertThat(scope.decided()).isPositive();
        assertThat(scope.generalDecided()).isPositive();
        assertThat(tally(report, "jag-2017-notice").role()).isEqualTo(ProvisionCoverage.Role.GENERAL);
    }
}
