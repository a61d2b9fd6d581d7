package org.icerules.report;

import org.icerules.RegimeVerifier;
import org.icerules.analysis.Comparison;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.Scenario;
import org.icerules.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CompareTableTest {
    private final RegimeCatalog catalog = RegimeVerifier.projectCatalog();

    private Comparison valles() {
        Scenario s = new ScenarioLoader(catalog.ids(), catalog.switches())
                .loadFile(Path.of("scenarios/detainers/ever-valles-2016.yaml")).get(0);
        return Comparison.of(new Evaluator(catalog), s,
                catalog.select(List.of("denver-draft-order-2017", "denver-ordinance-2017")), Map.of());
    }

    @Test
    void colourOnlyWhenAsked() {
        Comparison c = valles();
        String coloured = CompareTable.text(c, true);
        String plain = CompareTable.text(c, false);
        assertThat(plain).doesNotContain("\u001b[");
        assertThat(coloured).contains("\u001b[31mforbidden", "\u001b[32mpermitted", "\u001b[0m");
        // same text once the escapes are stripped: colour never moves a column
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void disagreementIsMarkedOnlyWhereStatusesDiffer() {
        Comparison c = valles();
        assertThat(c.disagreeing()).extracting(a -> a.id()).contains("share-personal-info", "advise-rights")
                .doesNotContain("hold-past-release");
    }
}
