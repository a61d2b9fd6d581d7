package org.icerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileCommandTest {
    static final String[] DENVER = {"profile", "--rules", "rules", "--jurisdiction", "denver", "--date", "2016-06-01",
            "--date", "2018-06-01"};

    @TempDir
    Path dir;

    static String[] with(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    static String row(String table, String itemId) {
        String[] lines = table.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(itemId + " ")) {
                return lines[i - 1] + "\n" + lines[i];
            }
        }
        throw new AssertionError("no row " + itemId);
    }

    @Test
    void theTableShowsEachItemForEachPlaceWithTheDecidingProvision() {
        CliRunner r = CliRunner.run(DENVER);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("denver on 2016-06-01 (City and County of Denver): practice 2014, 8 USC 1373")
                .contains("ILRC map — National Map of Local Entanglement with ICE")
                .contains("Fla. § 908.102");
        assertThat(row(r.out(), "no-ice-holds")).contains("limits Denver Sheriff memo").contains("limits D.R.M.C. § 28-253");
        assertThat(row(r.out(), "no-detention-contract")).contains("silent");
        assertThat(r.out()).contains("items that limit              | 3 of 7                      | 5 of 7 (+1 partly)");
    }

    @Test
    void placesAndTheCrossProductAskTheSame() {
        CliRunner product = CliRunner.run(DENVER);
        CliRunner places = CliRunner.run("profile", "--rules", "rules", "--place", "denver@2016-06-01",
                "--place", "denver@2018-06-01", "--place", "denver@2016-06-01");
        assertThat(places.status()).as(places.err()).isZero();
        assertThat(places.out()).isEqualTo(product.out());
    }

    @Test
    void everyFormatIsTheSameBytesTwice() {
        for (String format : new String[]{"table", "json", "html"}) {
            CliRunner a = CliRunner.run(with(DENVER, "--format", format));
            CliRunner b = CliRunner.run(with(DENVER, "--format", format));
            assertThat(a.status()).as(a.err()).isZero();
            assertThat(a.out()).as(format).isEqualTo(b.out());
        }
    }

    @Test
    void jsonCarriesTheMapsTheQuestionsAndEachCombinedAnswer() throws Exception {
        CliRunner r = CliRunner.run(with(DENVER, "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("maps").get(0).get("id").asText()).isEqualTo("ilrc");
        assertThat(root.get("maps").get(0).get("items")).hasSize(7);
        assertThat(root.get("maps").get(1).get("items")).hasSize(5);
        JsonNode y2018 = root.get("places").get(1);
        assertThat(y2018.get("jurisdiction").asText()).isEqualTo("denver");
        assertThat(y2018.get("date").asText()).isEqualTo("2018-06-01");
        JsonNode holds = null;
        for (JsonNode i : y2018.get("items")) {
            if (i.get("item").asText().equals("no-ice-holds")) {
                holds = i;
            }
        }
        assertThat(holds.get("answer").asText()).isEqualTo("limits");
        assertThat(holds.get("limits").asBoolean()).isTrue();
        assertThat(holds.get("deciding").get(0).get("id").asText()).isEqualTo("drmc-28-253");
        JsonNode q = holds.get("questions").get(0);
        assertThat(q.get("action").asText()).isEqualTo("hold-past-release");
        assertThat(q.get("facts").get("detainer").asText()).isEqualTo("i-247a");
        assertThat(q.get("status").asText()).isEqualTo("forbidden");
        assertThat(y2018.get("summary").get("ilrc").get("limits").asInt()).isEqualTo(5);
        assertThat(y2018.get("summary").get("ilrc").get("partly").asInt()).isEqualTo(1);
    }

    @Test
    void htmlIsOneSelfContainedPageWithItsReceipt() throws Exception {
        Path out = dir.resolve("p.html");
        CliRunner r = CliRunner.run(with(DENVER, "--format", "html", "-o", out.toString()));
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2 id=\"receipt\">Receipt</h2>")
                .contains("ice-rules profile --rules rules --jurisdiction denver").doesNotContain("<script")
                .contains("D.R.M.C. § 28-253").contains("items that limit").contains("id=\"glossary\"");
    }

    @Test
    void onATerminalTheTableFitsItsWidth() {
        CliRunner r = CliRunner.run(with(DENVER, "--place", "colorado@2021-01-01", "--width", "80"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
        assertThat(r.out()).contains("colorado on 2021-01-01 (State of Colorado)");
    }

    @Test
    void aBadProfilesFileIsLocatedAndNothingIsWritten() throws Exception {
        String good = Files.readString(Path.of("rules/profiles.yaml"));
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, good.replaceFirst("action: hold-past-release", "action: hold-past-releas")
                .replaceFirst("status-inquiry: ask-person", "status-inquiry: ask-persn"));
        Path out = dir.resolve("p.json");
        CliRunner r = CliRunner.run(with(DENVER, "--profiles", bad.toString(), "--format", "json", "-o", out.toString()));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":").contains("unknown action 'hold-past-releas' (did you mean "
                + "'hold-past-release'?)").contains("unknown value 'ask-persn' (did you mean 'ask-person'?)");
        assertThat(r.err().lines()).allSatisfy(l -> assertThat(l).matches("ice-rules: .*bad\\.yaml:\\d+:\\d+: .*"));
        assertThat(out).doesNotExist();
    }

    @Test
    void badPlacesAreRefused() {
        CliRunner place = CliRunner.run("profile", "--rules", "rules", "--place", "denver-2016");
        assertThat(place.status()).isEqualTo(2);
        assertThat(place.err()).contains("expected ID@YYYY-MM-DD");
        CliRunner date = CliRunner.run("profile", "--rules", "rules", "--place", "denver@2016-13-01");
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err()).contains("YYYY-MM-DD");
        CliRunner noDate = CliRunner.run("profile", "--rules", "rules", "--jurisdiction", "denver");
        assertThat(noDate.status()).isEqualTo(2);
        assertThat(noDate.err()).contains("name a date");
        CliRunner unknown = CliRunner.run("profile", "--rules", "rules", "--place", "denvr@2016-06-01");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown jurisdiction 'denvr'").contains("did you mean 'denver'");
    }

    @Test
    void mapChoosesTheMapsShown() {
        CliRunner ilrc = CliRunner.run(with(DENVER, "--map", "ilrc"));
        assertThat(ilrc.status()).as(ilrc.err()).isZero();
        assertThat(ilrc.out()).contains("ILRC map").doesNotContain("Fla. § 908.102");
        CliRunner unknown = CliRunner.run(with(DENVER, "--map", "ilr"));
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown map 'ilr'").contains("did you mean 'ilrc'");
    }
}
