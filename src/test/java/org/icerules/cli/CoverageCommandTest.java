package org.icerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code coverage}: exit 0 on the library, exit 1 naming the gap on a fixture that misses an exception. */
class CoverageCommandTest {

    @Test
    void theLibraryIsCompleteAndTheTableSaysSo() {
        CliRunner r = CliRunner.run("coverage");
        assertThat(r.status()).as(r.out()).isZero();
        assertThat(r.out()).startsWith("provision coverage: ")
                .containsPattern("denver-ordinance-2017 +drmc-28-253 +general +\\d+ +\\d+ +- +yes\n")
                .contains(" exercised both ways, 0 gaps\n")
                .doesNotContain("GAP ");
    }

    @Test
    void aGapExitsOneAndNamesTheProvision() {
        CliRunner r = CliRunner.run("coverage", "src/test/resources/coverage/gap", "--regime", "denver-ordinance-2017");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("GAP denver-ordinance-2017 · drmc-28-253: never gave way to its exceptions "
                        + "(drmc-28-253-judicial-warrant)")
                .contains("GAP denver-ordinance-2017 · drmc-28-253-judicial-warrant: never decided a checked verdict");
    }

    @Test
    void jsonListsEveryProvisionWithItsCounts() throws IOException {
        CliRunner r = CliRunner.run("coverage", "src/test/resources/coverage/pair", "--regime", "denver-ordinance-2017",
                "--format", "json");
        assertThat(r.status()).isEqualTo(1); // the pair closes § 28-253 only
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("complete").asBoolean()).isFalse();
        assertThat(root.get("scenarios").asInt()).isEqualTo(2);
        JsonNode hold = null;
        for (JsonNode p : root.get("provisions")) {
            if (p.get("provision").get("id").asText().equals("drmc-28-253")) {
                hold = p;
            }
        }
        assertThat(hold).isNotNull();
        assertThat(hold.get("decided").asInt()).isEqualTo(1);
        assertThat(hold.get("gaveWay").asInt()).isEqualTo(1);
        assertThat(hold.get("exercised").asBoolean()).isTrue();
        assertThat(hold.get("provision").get("basis").asText()).isEqualTo("reported");
    }

    @Test
    void sameInputsGiveTheSameBytes() {
        assertThat(CliRunner.run("coverage", "--format", "json").out())
                .isEqualTo(CliRunner.run("coverage", "--format", "json").out());
    }
}
