package org.icerules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad scenario input: exit 2, and a message naming file, line, column and key. */
class BadScenarioInputTest {
    @TempDir
    Path dir;

    private CliRunner runOn(String yaml) throws IOException {
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, yaml);
        return CliRunner.run("run", f.toString());
    }

    private static final String HEAD = "id: a-case\ndate: 2018-01-01\n";

    @Test
    void unknownFact() throws IOException {
        CliRunner r = runOn(HEAD + "facts:\n  detainr: i-247a\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:4:3: key 'facts.detainr': unknown fact 'detainr'")
                .contains("did you mean 'detainer'?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownValueWithDidYouMean() throws IOException {
        CliRunner r = runOn(HEAD + "facts:\n  detainer: i-247\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:4:13: key 'facts.detainer': unknown value 'i-247'")
                .contains("did you mean 'i-247a'?").contains("allowed: none, i-247a");
    }

    @Test
    void wrongType() throws IOException {
        CliRunner r = runOn(HEAD + "facts:\n  advised-of-rights: maybe\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:4:22: key 'facts.advised-of-rights': expected true or false, "
                + "found a string 'maybe'; write true or false");
    }

    @Test
    void negativeHours() throws IOException {
        CliRunner r = runOn(HEAD + "facts:\n  hours-until-release: -3\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:4:24: key 'facts.hours-until-release': expected a number from 0 to 1000000");
    }

    @Test
    void unknownRegimeUnderExpect() throws IOException {
        CliRunner r = runOn(HEAD + "expect:\n  denver-ordinance-2071:\n    hold-past-release: forbidden\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:4:3: key 'expect.denver-ordinance-2071': unknown regime")
                .contains("did you mean 'denver-ordinance-2017'?");
    }

    @Test
    void unknownActionUnderExpect() throws IOException {
        CliRunner r = runOn(HEAD + "expect:\n  denver-ordinance-2017:\n    hold-past-relase: forbidden\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:5:5: key 'expect.denver-ordinance-2017.hold-past-relase': unknown action")
                .contains("did you mean 'hold-past-release'?");
    }

    @Test
    void unknownStatusUnderExpect() throws IOException {
        CliRunner r = runOn(HEAD + "expect:\n  denver-ordinance-2017:\n    hold-past-release: forbiden\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:5:24: key 'expect.denver-ordinance-2017.hold-past-release'")
                .contains("did you mean 'forbidden'?");
    }

    @Test
    void unknownSwitch() throws IOException {
        CliRunner r = runOn(HEAD + "interpretations:\n  ordinance.probation-scop: city-only\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:4:3: key 'interpretations.ordinance.probation-scop': unknown switch")
                .contains("did you mean 'ordinance.probation-scope'?");
    }

    @Test
    void unknownSwitchValue() throws IOException {
        CliRunner r = runOn(HEAD + "interpretations:\n  ordinance.probation-scope: city\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:4:30: key 'interpretations.ordinance.probation-scope': unknown value 'city'")
                .contains("allowed: city-only, all-probation-in-denver");
    }

    @Test
    void unknownSwitchOnTheCommandLine() throws IOException {
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, HEAD);
        CliRunner r = CliRunner.run("run", f.toString(), "--set", "ordinance.status-sharing=shield");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("key 'ordinance.status-sharing': unknown value 'shield'");
    }

    @Test
    void malformedYaml() throws IOException {
        CliRunner r = runOn(HEAD + "facts:\n  detainer: [i-247a\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).containsPattern("case\\.yaml:\\d+:\\d+: malformed YAML");
    }

    @Test
    void duplicateScenarioIdAcrossDocuments() throws IOException {
        CliRunner r = runOn(HEAD + "---\n" + HEAD);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:4:1: key 'id': duplicate scenario id 'a-case' (first in")
                .contains("case.yaml:1)");
    }

    @Test
    void duplicateKey() throws IOException {
        CliRunner r = runOn(HEAD + "facts:\n  detainer: i-247a\n  detainer: none\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:5:3: key 'facts.detainer': duplicate key (first at line 4)");
    }

    @Test
    void missingDate() throws IOException {
        CliRunner r = runOn("id: a-case\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:1:1: key 'date': is required");
    }

    @Test
    void badDate() throws IOException {
        CliRunner r = runOn("id: a-case\ndate: 2018-13-01\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:2:7: key 'date': '2018-13-01' is not a day of the calendar; write YYYY-MM-DD");
    }

    @Test
    void unknownTopLevelKey() throws IOException {
        CliRunner r = runOn(HEAD + "fact:\n  detainer: i-247a\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("case.yaml:3:1: key 'fact': unknown key 'fact'").contains("did you mean 'facts'?");
    }

    @Test
    void everyProblemInAFileIsReportedAndNothingIsEvaluated() throws IOException {
        CliRunner r = runOn(HEAD + "facts:\n  detainer: nope\n  warrant: nope\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("facts.detainer").contains("facts.warrant");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingFile() {
        CliRunner r = CliRunner.run("run", dir.resolve("nope.yaml").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nope.yaml: no such file or folder");
    }

    @Test
    void unknownRegimeOption() throws IOException {
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, HEAD);
        CliRunner r = CliRunner.run("run", f.toString(), "--regime", "denver-ordnance-2017");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown regime 'denver-ordnance-2017'").contains("did you mean 'denver-ordinance-2017'?");
    }

    @Test
    void unknownCommandLineOption() {
        CliRunner r = CliRunner.run("run", "--formatt", "json");
        assertThat(r.status()).isEqualTo(2);
    }
}
