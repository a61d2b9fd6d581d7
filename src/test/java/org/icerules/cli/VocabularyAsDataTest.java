package org.icerules.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new fact and a new action are data: a copy of rules/ with rules/vocabulary/extra.yaml and a
 * regime reading them runs, tests, diffs and checks through the command line, with no Java, in
 * the same process as the project's own rules; and an edited vocabulary never meets a rule base
 * compiled against the old one.
 */
class VocabularyAsDataTest {
    @TempDir
    Path tmp;
    private Path rules;
    private String previousCache;

    static final String EXTRA = """
            facts:
              - name: bail-posted
                type: bool
                default: false
                label: Bail has been posted
                question: Has bail been posted?
            actions:
              - id: share-booking-photo
                question: send ICE the person's booking photo
            """;

    static final String REGIME = """
            id: %s
            title: Booking photo rules
            jurisdiction: denver
            level: city
            kind: ordinance
            status: enacted
            dates:
              signed: 2019-01-01
            validity:
              from: 2019-01-01
            sources:
              - title: nothing real, a test
            provisions:
              - id: ban
                cite: § 1
                title: No booking photos
                basis: inferred
                source: § 1
                summary: Forbids sending the booking photo.
              - id: bail
                cite: § 2
                title: Once bail is posted
                basis: inferred
                source: § 2
                summary: Permits it once bail is posted.
            """;

    static final String DRL = """
            package booking;
            import icerules.vocabulary.*;

            rule "No booking photo"
                @provision("ban") @action("share-booking-photo") @status("forbidden")
            when
                Case()
            then
            end

            rule "Booking photo once bail is posted"
                @provision("bail") @action("share-booking-photo") @status("permitted") @overrides("ban")
            when
                Case( bailPosted, warrant == Warrant.JUDICIAL )
            then
            end
            """;

    static final String SCENARIO = """
            id: bailed-out
            title: Bail posted, a judge's warrant
            date: 2019-06-01
            facts:
              bail-posted: true
              warrant: judicial
            expect:
              booking-photos:
                share-booking-photo: permitted
                hold-past-release: silent
            """;

    @BeforeEach
    void copyTheRules() throws IOException {
        previousCache = System.getProperty("icerules.cache");
        System.setProperty("icerules.cache", tmp.resolve("cache").toString());
        rules = tmp.resolve("rules");
        copy(Path.of("rules"), rules);
        Files.createDirectories(rules.resolve("vocabulary"));
        Files.writeString(rules.resolve("vocabulary/extra.yaml"), EXTRA);
        regime("booking-photos", DRL);
        Files.writeString(tmp.resolve("bailed-out.yaml"), SCENARIO);
    }

    @AfterEach
    void restore() {
        if (previousCache == null) {
            System.clearProperty("icerules.cache");
        } else {
            System.setProperty("icerules.cache", previousCache);
        }
    }

    private void regime(String id, String drl) throws IOException {
        Path folder = rules.resolve("city").resolve(id);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("regime.yaml"), REGIME.formatted(id));
        Files.writeString(folder.resolve("booking.drl"), drl.replace("package booking", "package " + id.replace('-', '_')));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private CliRunner cli(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--rules";
        all[args.length + 1] = rules.toString();
        return CliRunner.run(all);
    }

    @Test
    void aNewFactAndActionRunAndTestWithoutJava() {
        CliRunner facts = cli("list", "facts");
        assertThat(facts.status()).isZero();
        assertThat(facts.out()).contains("bail-posted").contains("Bail has been posted");
        assertThat(cli("list", "actions").out()).contains("share-booking-photo")
                .contains("may the city send ICE the person's booking photo?");

        CliRunner run = cli("run", tmp.resolve("bailed-out.yaml").toString(), "--regime", "booking-photos",
                "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode verdicts = json(run.out()).get("scenarios").get(0).get("verdicts");
        com.fasterxml.jackson.databind.JsonNode photo = null;
        for (com.fasterxml.jackson.databind.JsonNode v : verdicts) {
            if (v.get("action").asText().equals("share-booking-photo")) {
                photo = v;
            }
        }
        assertThat(photo).isNotNull();
        assertThat(photo.get("status").asText()).isEqualTo("permitted");
        assertThat(photo.get("because").toString()).contains("bail-posted = true").contains("warrant = judicial");

        CliRunner test = cli("test", tmp.resolve("bailed-out.yaml").toString());
        assertThat(test.status()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("2 passed, 0 failed");
    }

    @Test
    void aNewFactIsDiffedAndChecked() throws IOException {
        regime("booking-photos-strict", DRL.replace("Case( bailPosted, warrant == Warrant.JUDICIAL )",
                "Case( warrant == Warrant.JUDICIAL )"));
        CliRunner diff = cli("diff", "booking-photos", "booking-photos-strict", "--action", "share-booking-photo");
        assertThat(diff.status()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("share-booking-photo").contains("bail-posted = false")
                .contains("warrant = judicial");

        CliRunner check = cli("check", "--regime", "booking-photos");
        assertThat(check.status()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("passed");
    }

    @Test
    void aRuleReadingAFactTheVocabularyLacksIsRefusedWithADidYouMean() throws IOException {
        regime("booking-photos", DRL.replace("Case( bailPosted,", "Case( bailPostd,"));
        CliRunner r = cli("list", "regimes");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("rules/city/booking-photos/booking.drl:")
                .contains("unknown fact 'bailPostd' in Case( … ) (did you mean 'bailPosted'?)");
    }

    @Test
    void anEditedVocabularyRecompilesTheRuleBases() throws IOException {
        CliRunner first = cli("test", tmp.resolve("bailed-out.yaml").toString());
        assertThat(first.out()).contains("2 passed, 0 failed");
        long entries = cacheEntries();
        // a new fact before bail-posted: every field moves, so a rule base compiled against the
        // old class would read the wrong field (or not match at all)
        Files.writeString(rules.resolve("vocabulary/extra.yaml"), EXTRA.replace("facts:\n", """
                facts:
                  - name: charged-today
                    type: bool
                    default: false
                    label: Charged today
                    question: Was the person charged today?
                """));
        CliRunner again = cli("test", tmp.resolve("bailed-out.yaml").toString());
        assertThat(again.out()).as(again.err()).contains("2 passed, 0 failed");
        assertThat(cacheEntries()).as("every rule base stored again under a new key").isGreaterThan(entries);
        Files.writeString(tmp.resolve("not-bailed.yaml"), SCENARIO.replace("bail-posted: true", "bail-posted: false")
                .replace("share-booking-photo: permitted", "share-booking-photo: forbidden")
                .replace("id: bailed-out", "id: not-bailed"));
        assertThat(cli("test", tmp.resolve("not-bailed.yaml").toString()).out()).contains("2 passed, 0 failed");
        assertThat(cli("list", "facts").out()).contains("charged-today");
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long cacheEntries() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
            return files.filter(p -> p.toString().endsWith(".kbase")).count();
        }
    }
}
