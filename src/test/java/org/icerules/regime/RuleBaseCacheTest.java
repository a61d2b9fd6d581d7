package org.icerules.regime;

import org.icerules.Vocab;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;
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
import org.icerules.engine.Evaluator;

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
        Files.copy(Path.of("rules/categories.yaml"), rules.resolve("categories.yaml"));
        Files.copy(Path.of("rules/vocabulary.yaml"), rules.resolve("vocabulary.yaml"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private final List<String> warnings = new java.util.ArrayList<>();
    private java.util.function.Consumer<String> previousWarnings;

    @BeforeEach
    void listenToWarnings() {
        previousWarnings = RuleBaseCache.warnings;
        RuleBaseCache.warnings = warnings::add;
    }

    @AfterEach
    void restoreWarnings() {
        RuleBaseCache.warnings = previousWarnings;
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
    void whatEachRuleSaysIsReadBackFromTheCacheAsItWasCompiled() {
        List<RuleInfo> compiled = RegimeCatalog.load(rules).get(ORDINANCE).rules();
        List<RuleInfo> cached = RegimeCatalog.load(rules).get(ORDINANCE).rules();
        assertThat(cached).isNotSameAs(compiled).isEqualTo(compiled);
        assertThat(cached).anySatisfy(r -> assertThat(r.switches()).isNotEmpty())
                .anySatisfy(r -> assertThat(r.overrides()).isNotEmpty());
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

    @Test
    void aTamperedEntryFailsItsHashAndIsRebuilt() throws IOException {
        RegimeCatalog.load(rules);
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 100] ^= 0x01; // one bit, deep in the serialized packages
        Files.write(entry, bytes);

        assertThat(holdOnAJudicialWarrant(RegimeCatalog.load(rules))).isEqualTo(Status.PERMITTED);
        assertThat(warnings).singleElement().asString().contains(entry.toString()).contains("SHA-256 differs");
        assertThat(Files.readAllBytes(onlyEntry())).as("rewritten").isNotEqualTo(bytes);

        warnings.clear();
        Files.setLastModifiedTime(onlyEntry(), LONG_AGO);
        assertThat(holdOnAJudicialWarrant(RegimeCatalog.load(rules))).isEqualTo(Status.PERMITTED);
        assertThat(Files.getLastModifiedTime(onlyEntry())).as("the rebuilt entry is read back").isEqualTo(LONG_AGO);
        assertThat(warnings).isEmpty();
    }

    /** What an attacker would plant: its readObject runs if deserialization ever reaches it. */
    static final class Gadget implements java.io.Serializable {
        static final java.util.concurrent.atomic.AtomicBoolean RAN = new java.util.concurrent.atomic.AtomicBoolean();

        private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            RAN.set(true);
        }
    }

    @Test
    void anEntryHoldingAClassNoRuleBaseHoldsIsRefusedEvenWithAMatchingHash() throws IOException {
        RegimeCatalog.load(rules);
        Path entry = onlyEntry();
        String key = keyOf(entry);
        Files.write(entry, RuleBaseCache.frame(key, RuleBaseCache.sections(gadgets(), gadgets())));
        Gadget.RAN.set(false);

        assertThat(holdOnAJudicialWarrant(RegimeCatalog.load(rules))).isEqualTo(Status.PERMITTED);
        assertThat(Gadget.RAN).as("the filter refused it before its code ran").isFalse();
        assertThat(warnings).singleElement().asString().contains("class " + Gadget.class.getName());
        assertThat(keyOf(onlyEntry())).isEqualTo(key);
        assertThat(Files.size(onlyEntry())).as("rebuilt").isGreaterThan(1000);
    }

    @Test
    void packagesHoldingAClassNoRuleBaseHoldsAreRefusedWhenFirstNeededAndTheRegimeIsCompiled() throws IOException {
        RegimeCatalog.load(rules);
        Path entry = onlyEntry();
        String key = keyOf(entry);
        // the rules' metadata as written, the packages replaced: only the rule base's first use reads them
        Files.write(entry, RuleBaseCache.frame(key, RuleBaseCache.sections(rulesSection(entry), gadgets())));
        Gadget.RAN.set(false);

        RegimeCatalog loaded = RegimeCatalog.load(rules);
        assertThat(warnings).as("the metadata is sound; the packages are not read yet").isEmpty();
        assertThat(holdOnAJudicialWarrant(loaded)).isEqualTo(Status.PERMITTED);
        assertThat(Gadget.RAN).as("the filter refused it before its code ran").isFalse();
        assertThat(warnings).singleElement().asString().contains("class " + Gadget.class.getName());
        assertThat(Files.size(onlyEntry())).as("rebuilt and stored again").isGreaterThan(1000);
        warnings.clear();
        Files.setLastModifiedTime(onlyEntry(), LONG_AGO);
        assertThat(holdOnAJudicialWarrant(RegimeCatalog.load(rules))).isEqualTo(Status.PERMITTED);
        assertThat(Files.getLastModifiedTime(onlyEntry())).as("the rebuilt entry is read back").isEqualTo(LONG_AGO);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aRegimeReadFromTheCacheMakesItsRuleBaseOnlyWhenFirstNeeded() throws IOException {
        RegimeCatalog.load(rules);
        RegimeCatalog cached = RegimeCatalog.load(rules);
        assertThat(cached.get(ORDINANCE).ruleBaseMade()).isFalse();

        assertThat(holdOnAJudicialWarrant(cached)).isEqualTo(Status.PERMITTED);
        assertThat(cached.get(ORDINANCE).ruleBaseMade()).isTrue();
    }

    private static byte[] gadgets() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.ArrayList<>(List.of(new Gadget())));
        }
        return bytes.toByteArray();
    }

    /** The first section of an entry as written: the rules' metadata. */
    private static byte[] rulesSection(Path entry) throws IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(Files.newInputStream(entry))) {
            in.readUTF(); // magic
            in.readUTF(); // key
            in.readUTF(); // SHA-256 of the payload
            return in.readNBytes(in.readInt());
        }
    }

    @Test
    void theFilterAdmitsWhatEveryRegimeOfTheProjectIsMadeOf() throws IOException {
        RegimeCatalog first = RegimeCatalog.load(Path.of("rules"));
        List<Path> entries = listEntries();
        assertThat(entries).hasSize(first.regimes().size());
        for (Path e : entries) {
            Files.setLastModifiedTime(e, LONG_AGO);
        }
        RegimeCatalog.load(Path.of("rules"));
        for (Path e : entries) {
            assertThat(Files.getLastModifiedTime(e)).as(e + " read back, not rebuilt").isEqualTo(LONG_AGO);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFolderOthersCanWriteToIsNotUsed() throws IOException {
        RegimeCatalog.load(rules);
        Path entry = onlyEntry();
        Files.setLastModifiedTime(entry, LONG_AGO);
        org.junit.jupiter.api.Assumptions.assumeTrue(cache.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(cache, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwx---"));

        assertThat(holdOnAJudicialWarrant(RegimeCatalog.load(rules))).isEqualTo(Status.PERMITTED);
        assertThat(Files.getLastModifiedTime(entry)).as("neither read nor rewritten").isEqualTo(LONG_AGO);
        assertThat(warnings).first().asString().contains("not using the rule-base cache " + cache)
                .contains("can be written by others (rwxrwx---)");
    }

    @Test
    void aFolderOwnedBySomeoneElseIsNotUsed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "only root can give a folder away");
        var nobody = cache.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.createDirectories(cache);
        Files.setOwner(cache, nobody);

        assertThat(holdOnAJudicialWarrant(RegimeCatalog.load(rules))).isEqualTo(Status.PERMITTED);
        assertThat(listEntries()).as("nothing written into a stranger's folder").isEmpty();
        assertThat(warnings).first().asString().contains("belongs to nobody, not to you");
    }

    @Test
    void aFolderTheToolMakesIsTheUsersAlone() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(cache.getFileSystem().supportedFileAttributeViews().contains("posix"));
        RegimeCatalog.load(rules);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)))
                .isEqualTo("rwx------");
    }

    /** The full key an entry's header names (its file name holds only the first half). */
    private static String keyOf(Path entry) throws IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(Files.newInputStream(entry))) {
            in.readUTF();
            return in.readUTF();
        }
    }

    private static Status holdOnAJudicialWarrant(RegimeCatalog catalog) {
        var c = Vocab.in(catalog.vocabulary(), LocalDate.of(2018, 1, 1), Map.of("warrant", Vocab.value("warrant", "judicial")));
        return Evaluator.plain(catalog).evaluate(catalog.get(ORDINANCE), Vocab.action("hold-past-release"), c, Map.of()).status();
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
