package org.icerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.icerules.report.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scenario's place ({@code jurisdiction:}) chooses the regimes it is run through by default:
 * those of the place and of the places containing it; a regime of another place is left out,
 * not marked "not yet in force". {@code --regime} still runs exactly what it names.
 */
class ScenarioPlaceTest {
    private static final String VALLES = "scenarios/detainers/ever-valles-2016.yaml";
    private static final String TRUST = "scenarios/california/trust-hold-no-ground-2015.yaml";
    private static final String TRAVIS = "scenarios/texas/travis-declined-detainer-2017.yaml";

    /** The regime ids of each scenario's columns in {@code run --format json}, in order. */
    private static List<String> columns(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--format";
        all[args.length + 2] = "json";
        CliRunner r = CliRunner.run(all);
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode standing = Json.MAPPER.readTree(r.out()).get("scenarios").get(0).get("standing");
        List<String> ids = new ArrayList<>();
        standing.fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    @Test
    void aDenverCaseIsRunThroughTheThirteenRegimesOfDenverColoradoAndTheUnitedStates() throws Exception {
        assertThat(columns(VALLES)).containsExactlyInAnyOrder("denver-practice-2014", "denver-council-draft-2017",
                "denver-draft-order-2017", "denver-ordinance-2017", "denver-eo-142", "colorado-hb19-1124",
                "colorado-hb20-1188", "colorado-sb20-083", "colorado-sb21-131", "colorado-hb23-1100",
                "colorado-sb25-276", "federal-1373", "federal-jag-2017");
        String table = CliRunner.run("run", VALLES).out();
        assertThat(table).doesNotContain("Travis", "TRUST Act", "SB 54", "Texas SB 4");
        assertThat(CliRunner.run("compare", "--format", "csv", VALLES).out())
                .doesNotContain("california-", "texas-", "travis-");
    }

    @Test
    void aCaliforniaCaseShowsTheCaliforniaRegimesAndTheFederalStatuteNotDenvers() throws Exception {
        assertThat(columns(TRUST)).containsExactlyInAnyOrder("california-trust-act-2013", "california-truth-act-2016",
                "california-sb29-2017", "california-sb54-2017", "federal-1373");
        assertThat(columns(TRAVIS)).containsExactlyInAnyOrder("travis-county-sheriff-2017", "texas-sb4-2017",
                "federal-1373");
    }

    @Test
    void namedRegimesAreRunExactlyWhateverThePlace() throws Exception {
        assertThat(columns(TRUST, "--regime", "denver-ordinance-2017", "--regime", "california-sb54-2017"))
                .containsExactly("denver-ordinance-2017", "california-sb54-2017");
        assertThat(columns(VALLES, "--regime", "travis-county-sheriff-2017")).containsExactly("travis-county-sheriff-2017");
    }

    @Test
    void severalScenariosOfDifferentPlacesEachGetTheirOwnColumns() throws Exception {
        CliRunner r = CliRunner.run("run", "--format", "json", VALLES, TRUST);
        JsonNode scenarios = Json.MAPPER.readTree(r.out()).get("scenarios");
        assertThat(scenarios.get(0).get("standing").has("denver-ordinance-2017")).isTrue();
        assertThat(scenarios.get(0).get("standing").has("california-sb54-2017")).isFalse();
        assertThat(scenarios.get(1).get("standing").has("california-sb54-2017")).isTrue();
        assertThat(scenarios.get(1).get("standing").has("denver-ordinance-2017")).isFalse();
    }

    @Test
    void anUnknownPlaceIsRefusedWhereItIsWrittenWithADidYouMean(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, "id: somewhere\njurisdiction: los-angeles-conty\ndate: 2018-06-01\n");
        CliRunner r = CliRunner.run("run", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(file + ":2:15: key 'jurisdiction': unknown jurisdiction 'los-angeles-conty'")
                .contains("did you mean 'los-angeles-county'?").contains("known (rules/jurisdictions.yaml): ");
    }

    @Test
    void anExpectationForARegimeOfAnotherPlaceIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, "id: forgot-the-place\ndate: 2018-06-01\nexpect:\n  california-sb54-2017:\n"
                + "    hold-past-release: forbidden\n");
        CliRunner r = CliRunner.run("test", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":4:3: key 'expect.california-sb54-2017': regime 'california-sb54-2017' "
                + "does not apply in the scenario's place, denver (the default; name another with 'jurisdiction:')");
        assertThat(CliRunner.run("run", file.toString()).status()).as("run does not check expectations").isZero();
        Files.writeString(file, "id: forgot-the-place\njurisdiction: los-angeles-county\ndate: 2018-06-01\nexpect:\n"
                + "  california-sb54-2017:\n    hold-past-release: silent\n");
        CliRunner ok = CliRunner.run("test", file.toString());
        assertThat(ok.out()).as(ok.err()).contains("1 passed, 0 failed");
    }

    @Test
    void lawAndTimelineAnswerForTheScenariosPlaceUnlessOneIsNamed() {
        assertThat(CliRunner.run("law", TRUST).out()).contains("law in force on 2015-06-01 in los-angeles-county")
                .contains("(california-trust-act-2013)").doesNotContain("denver-");
        assertThat(CliRunner.run("law", "--jurisdiction", "denver", TRUST).out())
                .contains("law in force on 2015-06-01 in denver").doesNotContain("california-");
        assertThat(CliRunner.run("timeline", "--format", "csv", TRAVIS).out()).contains(",travis-county,hold-past-release,");
    }

    @Test
    void batchRowsAreRunThroughTheRegimesOfTheNamedOrDefaultPlace() {
        String denver = CliRunner.run("batch", "docs/batch/sample-bookings.csv", "--action", "notify-release").out();
        assertThat(denver).contains("denver-ordinance-2017", "federal-1373").doesNotContain("california-", "texas-");
        String la = CliRunner.run("batch", "docs/batch/sample-bookings.csv", "--action", "notify-release",
                "--jurisdiction", "los-angeles-county").out();
        assertThat(la).contains("california-sb54-2017", "federal-1373").doesNotContain("denver-", "colorado-");
        assertThat(CliRunner.run("batch", "docs/batch/sample-bookings.csv", "--jurisdiction", "los-angeles-conty")
                .status()).isEqualTo(2);
    }
}
