package org.icerules.report;

import org.icerules.Vocab;
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
        Scenario s = org.icerules.law.Places.of(catalog).loader()
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
    void csvHasOneColumnPerFieldAndEveryRowNamesItsCase() {
        String csv = CompareTable.csv(List.of(valles()));
        List<Map<String, String>> rows = CsvRows.read(csv);
        assertThat(rows).hasSize(2 * org.icerules.Vocab.actions().size());
        Map<String, String> row = rows.stream().filter(r -> r.get("regime").equals("denver-ordinance-2017")
                && r.get("action").equals("notify-release")).findFirst().orElseThrow();
        assertThat(row).containsEntry("scenario", "ever-valles-2016").containsEntry("date", "2016-12-20")
                .containsEntry("detainer", "i-247a").containsEntry("hours-until-release", "0.5")
                .containsEntry("status", "permitted")
                .containsEntry("deciding citation", "D.R.M.C. § 28-253 (notification requests)");
        assertThat(row.get("question")).isNotBlank();
        assertThat(row.get("basis")).isIn("text", "reported", "inferred");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("date")).isEqualTo("2016-12-20"));
    }

    @Test
    void markdownAndHtmlCarryTheCase() {
        Comparison c = valles();
        assertThat(CompareTable.markdown(c)).contains("| `detainer` | i-247a |", "The case (date 2016-12-20)");
        assertThat(HtmlReport.compare(List.of(c), new Receipt("v", "h", Map.of(), List.of(), "cmd", null)))
                .contains("<caption>the case — ever-valles-2016, date 2016-12-20</caption>",
                        "<code>detainer</code></td><td><strong>i-247a</strong>");
    }

    @Test
    void disagreementIsMarkedOnlyWhereStatusesDiffer() {
        Comparison c = valles();
        assertThat(c.disagreeing()).extracting(a -> a.id()).contains("share-personal-info", "advise-rights")
                .doesNotContain("hold-past-release");
    }
}
