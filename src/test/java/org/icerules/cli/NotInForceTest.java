package org.icerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.icerules.model.law.Standing;
import org.icerules.model.law.Validity;
import org.icerules.report.Json;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A regime not in force on the case's date says so in text, JSON and HTML; --in-force leaves it out. */
class NotInForceTest {
    private static final String VALLES = "scenarios/detainers/ever-valles-2016.yaml";
    private static final String[] REGIMES = {"--regime", "denver-practice-2014", "--regime", "denver-ordinance-2017",
            "--regime", "colorado-hb19-1124", "--regime", "denver-draft-order-2017"};

    private static String[] with(String... head) {
        String[] out = new String[head.length + REGIMES.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(REGIMES, 0, out, head.length, REGIMES.length);
        return out;
    }

    @Test
    void standingFollowsTheValidity() {
        Validity v = new Validity(LocalDate.of(2017, 8, 31), LocalDate.of(2020, 1, 1), List.of());
        assertThat(v.standingOn(LocalDate.of(2016, 12, 20))).isEqualTo(Standing.NOT_YET);
        assertThat(v.standingOn(LocalDate.of(2017, 8, 31))).isEqualTo(Standing.IN_FORCE);
        assertThat(v.standingOn(LocalDate.of(2020, 1, 1))).isEqualTo(Standing.IN_FORCE);
        assertThat(v.standingOn(LocalDate.of(2020, 1, 2))).isEqualTo(Standing.NO_LONGER);
        assertThat(new Validity(null, null, List.of()).standingOn(LocalDate.of(2017, 9, 1))).isEqualTo(Standing.NEVER);
    }

    @Test
    void runAndCompareTextMarkTheColumnsAndSayWhyInTheLegend() {
        for (String command : List.of("run", "compare")) {
            String out = CliRunner.run(with(command, VALLES)).out();
            assertThat(out).as(command).contains("(not yet in force)", "(never law)")
                    .contains("ordinance 2017: not yet in force on 2016-12-20 (in force from 2017-08-31)"
                            + " — read its answers as a hypothesis")
                    .contains("HB19-1124: not yet in force on 2016-12-20 (in force from 2019-05-28)")
                    .contains("draft order 2017: never law (draft) — its answers are a hypothesis")
                    .doesNotContain("practice 2014: not yet");
        }
    }

    @Test
    void jsonGivesEachRegimeItsStanding() throws Exception {
        JsonNode run = Json.MAPPER.readTree(CliRunner.run(with("run", VALLES, "--format", "json")).out());
        JsonNode standing = run.get("scenarios").get(0).get("standing");
        assertThat(standing.get("denver-practice-2014").asText()).isEqualTo("in-force");
        assertThat(standing.get("denver-ordinance-2017").asText()).isEqualTo("not-yet-in-force");
        assertThat(standing.get("colorado-hb19-1124").asText()).isEqualTo("not-yet-in-force");
        assertThat(standing.get("denver-draft-order-2017").asText()).isEqualTo("never-law");
        JsonNode compare = Json.MAPPER.readTree(CliRunner.run(with("compare", VALLES, "--format", "json")).out());
        assertThat(compare.get("scenarios").get(0).get("standing").get("denver-ordinance-2017").asText())
                .isEqualTo("not-yet-in-force");
        JsonNode explain = Json.MAPPER.readTree(CliRunner.run("explain", VALLES, "--regime", "colorado-hb19-1124",
                "--action", "hold-past-release", "--format", "json").out());
        assertThat(explain.get("explanations").get(0).get("standing").asText()).isEqualTo("not-yet-in-force");
    }

    @Test
    void htmlMarksTheColumnsAndTheExplanation() {
        String compare = CliRunner.run(with("compare", VALLES, "--format", "html")).out();
        assertThat(compare).contains("ordinance 2017<br><span class=\"standing\">not yet in force</span>")
                .contains("HB19-1124<br><span class=\"standing\">not yet in force</span>")
                .contains("HB19-1124: not yet in force on 2016-12-20 (in force from 2019-05-28)")
                .doesNotContain("practice 2014<br>");
        String explain = CliRunner.run("explain", VALLES, "--regime", "denver-ordinance-2017",
                "--action", "notify-release", "--format", "html").out();
        assertThat(explain).contains("ordinance 2017: not yet in force on 2016-12-20 (in force from 2017-08-31)");
        String text = CliRunner.run("explain", VALLES, "--regime", "denver-ordinance-2017",
                "--action", "notify-release").out();
        assertThat(text).contains("ordinance 2017: not yet in force on 2016-12-20");
    }

    @Test
    void inForceShowsOnlyTheRegimesInForceOnTheDate() throws Exception {
        String text = CliRunner.run(with("run", VALLES, "--in-force")).out();
        assertThat(text).contains("practice 2014").doesNotContain("ordinance 2017", "HB19-1124", "draft order");
        JsonNode compare = Json.MAPPER.readTree(CliRunner.run(with("compare", VALLES, "--in-force", "--format", "json")).out());
        assertThat(compare.get("scenarios").get(0).get("regimes")).extracting(JsonNode::asText)
                .containsExactly("denver-practice-2014");
    }
}
