package org.icerules.engine;

import org.icerules.model.Action;
import org.icerules.model.FactSchema;
import org.icerules.model.Status;
import org.icerules.model.Warrant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The on-disk rule-base cache: reused while the rules are unchanged, never once a rule is edited. */
class RuleBaseCacheTest {
    private static final String ORDINANCE = "denver-ordinance-2017";
    private static final FileTime LONG_AGO = FileTime.fromMillis(86_400_000L);

    @TempDir
    Path tmp;
    private String previous;
    private Path rules;
    private Path cache;

    @BeforeEach
    void copyTheOrdinance() throws IOException {
        previous = System.getProperty(RuleBaseCache.PROPERTY);
        cache = tmp.resolve("cache");
        System.setProperty(RuleBaseCache.PROPERTY, cache.toString());
        rules = tmp.resolve("rules");
        Path from = Path.of("rules/city", ORDINANCE);
        Path to = rules.resolve("city").resolve(ORDINANCE);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(RuleBaseCache.PROPERTY);
        } else {
            System.setProperty(RuleBaseCache.PROPERTY, previous);
        }
    }

    @Test
    void anUnchangedRegimeIsLoadedFromTheCacheAndSaysTheSame() throws IOException {
        Status compiled = holdOnAJudicialWarrant(RegimeCatalog.load(rules));
        Path entry = onlyEntry();
        Files.setLastModifiedTime(entry, LONG_AGO); // a rebuild would rewrite it

        Status cached = holdOnAJudicialWarrant(RegimeCatalog.load(rules));

        assertThat(Files.getLastModifiedTime(entry)).isEqualTo(LONG_AGO);
        assertThat(cached).isEqualTo(compiled).isEqualTo(Status.PERMITTED);
    }

    @Test
    void anEditedRuleAlwaysTakesEffect() throws IOException {
        assertThat(holdOnAJudicialWarrant(RegimeCatalog.load(rules))).isEqualTo(Status.PERMITTED);
        Path drl = rules.resolve("city").resolve(ORDINANCE).resolve("s28-253-detainers.drl");
        String text = Files.readString(drl);
        // the exception now needs an administrative warrant, so a judicial one no longer permits the hold
        Files.writeString(drl, text.replace("Case( warrant == Warrant.JUDICIAL )", "Case( warrant == Warrant.ADMINISTRATIVE )"));

        assertThat(holdOnAJudicialWarrant(RegimeCatalog.load(rules))).isEqualTo(Status.FORBIDDEN);
        Files.writeString(drl, text); // undone: the earlier build is still there, and right again
        assertThat(holdOnAJudicialWarrant(RegimeCatalog.load(rules))).isEqualTo(Status.PERMITTED);
    }

    @Test
    void onlyTheNewestBuildsOfARegimeAreKept() throws IOException {
        Path drl = rules.resolve("city").resolve(ORDINANCE).resolve("s28-253-detainers.drl");
        for (int i = 0; i < 5; i++) {
            Files.writeString(drl, "\n// edit " + i + "\n", java.nio.file.StandardOpenOption.APPEND);
            RegimeCatalog.load(rules);
        }
        assertThat(listEntries()).hasSize(3);
    }

    @Test
    void aDamagedEntryIsIgnoredAndRebuilt() throws IOException {
        RegimeCatalog.load(rules);
        Path entry = onlyEntry();
        Files.write(entry, new byte[]{1, 2, 3});

        assertThat(holdOnAJudicialWarrant(RegimeCatalog.load(rules))).isEqualTo(Status.PERMITTED);
        assertThat(Files.size(onlyEntry())).isGreaterThan(3);
    }

    @Test
    void aRegimeWithProblemsIsNeverStored() throws IOException {
        Path drl = rules.resolve("city").resolve(ORDINANCE).resolve("s28-253-detainers.drl");
        Files.writeString(drl, Files.readString(drl).replace("@status(\"forbidden\")", "@status(\"forbiden\")"));

        assertThatThrownBy(() -> RegimeCatalog.load(rules)).isInstanceOf(org.icerules.model.InputException.class);
        assertThat(listEntries()).isEmpty();
    }

    private static Status holdOnAJudicialWarrant(RegimeCatalog catalog) {
        var c = FactSchema.with(null, LocalDate.of(2018, 1, 1), Map.of("warrant", Warrant.JUDICIAL));
        return Evaluator.plain(catalog).evaluate(catalog.get(ORDINANCE), Action.HOLD_PAST_RELEASE, c, Map.of()).status();
    }

    private Path onlyEntry() throws IOException {
        List<Path> entries = listEntries();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private List<Path> listEntries() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".kbase")).toList();
        }
    }
}
