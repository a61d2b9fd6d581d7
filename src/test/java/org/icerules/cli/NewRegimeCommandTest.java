package org.icerules.cli;

import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code new-regime --from BASE ID}: a variant's folder that loads as made, and refusals in one line. */
class NewRegimeCommandTest {
    private static final String BASE = "denver-ordinance-2017";

    @TempDir
    Path tmp;

    private Path rules() throws IOException {
        Path rules = tmp.resolve("rules");
        Path to = rules.resolve("city").resolve(BASE);
        Files.createDirectories(to);
        Files.copy(Path.of("rules/categories.yaml"), rules.resolve("categories.yaml"));
        Files.copy(Path.of("rules/vocabulary.yaml"), rules.resolve("vocabulary.yaml"));
        try (Stream<Path> files = Files.list(Path.of("rules/city", BASE))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return rules;
    }

    @Test
    void makesAVariantThatLoadsAndChangesNothingYet() throws IOException {
        Path rules = rules();
        CliRunner made = CliRunner.run("new-regime", "--rules", rules.toString(), "--from", BASE, "my-reading");
        assertThat(made.status()).isZero();
        assertThat(made.err()).isEmpty();
        assertThat(made.out().lines().toList()).startsWith("made rules/city/my-reading/regime.yaml",
                "made rules/city/my-reading/my-reading.drl");
        assertThat(made.out()).contains("./ice-rules diff " + BASE + " my-reading", "./ice-rules test");
        Path folder = rules.resolve("city/my-reading");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("my-reading.drl", "regime.yaml");
        }
        assertThat(Files.readString(folder.resolve("regime.yaml"))).contains("extends: " + BASE, "id: my-reading")
                .contains("status: interpretation");
        assertThat(Files.readString(folder.resolve("my-reading.drl"))).contains("package icerules.my_reading;")
                .contains("// rule \"No city resources to assist civil immigration enforcement\"")
                .contains("//     @overrides(\"drmc-28-250-a-1\")");

        RegimeCatalog catalog = RegimeCatalog.load(rules);
        assertThat(catalog.get("my-reading").rules()).hasSameSizeAs(catalog.get(BASE).rules());
        CliRunner diff = CliRunner.run("diff", "--rules", rules.toString(), BASE, "my-reading");
        assertThat(diff.status()).isZero();
        assertThat(diff.out()).startsWith("diff " + BASE + " ↔ my-reading: 0 actions differ");
    }

    @Test
    void refusesAnExistingFolderAnUnknownBaseAndABadIdInOneLine() throws IOException {
        Path rules = rules();
        assertThat(CliRunner.run("new-regime", "--rules", rules.toString(), "--from", BASE, "my-reading").status())
                .isZero();
        String before = Files.readString(rules.resolve("city/my-reading/regime.yaml"));

        CliRunner again = CliRunner.run("new-regime", "--rules", rules.toString(), "--from", BASE, "my-reading");
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err().lines().toList()).singleElement().asString()
                .isEqualTo("ice-rules: a regime 'my-reading' exists already (rules/city/my-reading); choose another id");
        assertThat(Files.readString(rules.resolve("city/my-reading/regime.yaml"))).isEqualTo(before);

        Files.createDirectories(rules.resolve("city/empty-folder"));
        CliRunner folder = CliRunner.run("new-regime", "--rules", rules.toString(), "--from", BASE, "empty-folder");
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err().lines().toList()).singleElement().asString()
                .isEqualTo("ice-rules: rules/city/empty-folder exists already; choose another id or remove that folder");

        CliRunner unknown = CliRunner.run("new-regime", "--rules", rules.toString(), "--from", "denver-ordinance-2071",
                "other-reading");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().lines().toList()).singleElement().asString()
                .startsWith("ice-rules: key 'regime': unknown regime 'denver-ordinance-2071' (did you mean '" + BASE + "'?)");
        assertThat(rules.resolve("city/other-reading")).doesNotExist();

        CliRunner bad = CliRunner.run("new-regime", "--rules", rules.toString(), "--from", BASE, "My_Reading");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).startsWith("ice-rules: a regime id is kebab-case");
        try (Stream<Path> left = Files.list(rules.resolve("city"))) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(BASE, "empty-folder", "my-reading");
        }
    }

    /** A reading is not law: law leaves the variant out unless it is included, and then says it is not in force. */
    @Test
    void lawCountsAReadingOnlyWhenIncluded() throws IOException {
        Path rules = rules();
        Files.copy(Path.of("rules/jurisdictions.yaml"), rules.resolve("jurisdictions.yaml"));
        assertThat(CliRunner.run("new-regime", "--rules", rules.toString(), "--from", BASE, "my-reading").status())
                .isZero();
        Path file = tmp.resolve("call.yaml");
        Files.writeString(file, "id: call\ntitle: a phone interview\ndate: 2019-09-01\nfacts:\n  interview-request: phone\n");
        String scenario = file.toString();
        CliRunner law = CliRunner.run("law", "--rules", rules.toString(), scenario);
        assertThat(law.status()).as(law.err()).isZero();
        assertThat(law.out()).contains("ordinance 2017").doesNotContain("my-reading");
        CliRunner included = CliRunner.run("law", "--rules", rules.toString(), scenario, "--include", "my-reading");
        assertThat(included.status()).as(included.err()).isZero();
        assertThat(included.out()).contains("(my-reading) — city ordinance, NOT in force (interpretation): included as if it were");
    }

    @Test
    void theHelpListsTheCommand() {
        assertThat(CliRunner.run("--help").out()).contains("new-regime");
        assertThat(CliRunner.run("new-regime", "--help").out()).contains("--from=BASE", "extends BASE");
    }
}
