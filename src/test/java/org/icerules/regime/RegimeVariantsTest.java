package org.icerules.regime;

import org.icerules.engine.Evaluator;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A regime that {@code extends:} another: it inherits the base's rules and declarations, its own
 * folder holds only what it changes (a rule of the same name replaces, {@code removes:} drops, a
 * new rule adds), and every mistake in that is located.
 */
class RegimeVariantsTest {
    static final String BASE = "denver-ordinance-2017";
    static final String REPLACED = "No remote interview beyond public contact or before the advisement";
    static final String REMOVED = "Advise of rights before an ICE phone or video interview";

    @TempDir
    Path tmp;

    /** A copy of the categories and the ordinance, with nothing else: a catalog of one regime to extend. */
    static Path copyOfTheOrdinance(Path tmp) throws IOException {
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

    /** A variant that replaces the § 28-252(b) prohibition (no longer beyond public contact) and removes the advisement. */
    static void writeNarrowReading(Path rules, String id) throws IOException {
        write(rules, id, "regime.yaml", """
                id: %s
                extends: %s
                title: A reading of § 28-252(b) without the advisement duty
                removes:
                  - "%s"
                sources:
                  - {title: "A reader's note", date: 2026-11-30}
                """.formatted(id, BASE, REMOVED));
        write(rules, id, "reading.drl", """
                package icerules.%s;

                import icerules.vocabulary.*;

                // replaces the base rule of the same name: only before the advisement
                rule "%s"
                    @provision("drmc-28-252-b")
                    @action("arrange-remote-interview")
                    @status("forbidden")
                when
                    Case( place == Place.JAIL, !advisedOfRights )
                then
                end
                """.formatted(id.replace('-', '_'), REPLACED));
    }

    static void write(Path rules, String id, String file, String text) throws IOException {
        Path folder = rules.resolve("city").resolve(id);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(file), text);
    }

    @Test
    void aVariantInheritsTheBaseLessWhatItReplacesAndRemoves() throws IOException {
        Path rules = copyOfTheOrdinance(tmp);
        writeNarrowReading(rules, "narrow-reading");
        RegimeCatalog catalog = RegimeCatalog.load(rules);
        CompiledRegime base = catalog.get(BASE);
        CompiledRegime variant = catalog.get("narrow-reading");

        assertThat(variant.rules()).hasSize(base.rules().size() - 1);
        assertThat(variant.rule(REMOVED)).isNull();
        assertThat(variant.rule(REPLACED).file()).isEqualTo("rules/city/narrow-reading/reading.drl");
        assertThat(variant.rule(REPLACED).reads()).doesNotContain("public-contact-allowed");
        assertThat(variant.rules().stream().filter(r -> !r.name().equals(REPLACED)).map(RuleInfo::file))
                .allMatch(f -> f.startsWith("rules/city/" + BASE + "/"));
        assertThat(variant.rules()).allMatch(r -> r.regime().equals("narrow-reading"));

        var regime = variant.regime();
        assertThat(List.of(regime.jurisdiction(), regime.level(), regime.kind()))
                .isEqualTo(List.of(base.regime().jurisdiction(), base.regime().level(), base.regime().kind()));
        assertThat(regime.status()).isEqualTo(catalog.categories().variantStatus().orElseThrow());
        assertThat(regime.neverInForce()).isTrue();
        assertThat(regime.validity()).isEqualTo(base.regime().validity());
        assertThat(regime.dates()).isEqualTo(base.regime().dates());
        assertThat(regime.switches()).isEqualTo(base.regime().switches());
        assertThat(regime.sources()).hasSize(base.regime().sources().size() + 1);
        assertThat(regime.sources().get(regime.sources().size() - 1).title()).isEqualTo("A reader's note");
        // the advisement's provision has no rule left in the reading: it is not part of it
        assertThat(base.regime().provision("drmc-28-252-b-advisement")).isPresent();
        assertThat(regime.provision("drmc-28-252-b-advisement")).isEmpty();
        assertThat(regime.provisions()).hasSize(base.regime().provisions().size() - 1);
    }

    @Test
    void theVariantAnswersWithItsOwnRulesAndTheBaseWithItsOwn() throws IOException {
        Path rules = copyOfTheOrdinance(tmp);
        writeNarrowReading(rules, "narrow-reading");
        RegimeCatalog catalog = RegimeCatalog.load(rules);
        var vocabulary = catalog.vocabulary(); // the temporary folder's own: its enums are its classes
        var advisedNoPublicContact = vocabulary.with(null, LocalDate.parse("2018-06-01"), Map.of(
                "interview-request", vocabulary.byName("interview-request").enumValue("phone").orElseThrow(),
                "advised-of-rights", true, "public-contact-allowed", false));
        assertThat(status(catalog, BASE, vocabulary.action("arrange-remote-interview"), advisedNoPublicContact))
                .isEqualTo(Status.FORBIDDEN);
        assertThat(status(catalog, "narrow-reading", vocabulary.action("arrange-remote-interview"), advisedNoPublicContact))
                .isEqualTo(Status.SILENT);
        assertThat(status(catalog, BASE, vocabulary.action("advise-rights"), advisedNoPublicContact)).isEqualTo(Status.REQUIRED);
        assertThat(status(catalog, "narrow-reading", vocabulary.action("advise-rights"), advisedNoPublicContact))
                .isEqualTo(Status.SILENT);
    }

    private static Status status(RegimeCatalog catalog, String regime, Action action, org.icerules.model.facts.Case c) {
        return Evaluator.plain(catalog).evaluate(catalog.get(regime), action, c, Map.of()).status();
    }

    @Test
    void aVariantOfAVariantBuildsOnWhatItsBaseMade() throws IOException {
        Path rules = copyOfTheOrdinance(tmp);
        writeNarrowReading(rules, "narrow-reading");
        // the second reading takes back the first's replacement (its own rule of the same name) and adds a provision
        write(rules, "narrower-reading", "regime.yaml", """
                id: narrower-reading
                extends: narrow-reading
                title: The narrow reading, with no remote interview at all before the advisement
                status: draft
                provisions:
                  - {id: narrower-no-interview, cite: "§ 28-252(b) (as read)", title: No interview, basis: inferred,
                     source: a reading, summary: No interview at all.}
                """);
        write(rules, "narrower-reading", "more.drl", """
                package icerules.narrower_reading;
                import icerules.vocabulary.*;
                rule "%s"
                    @provision("narrower-no-interview")
                    @action("arrange-remote-interview")
                    @status("forbidden")
                when
                    Case( place == Place.JAIL )
                then
                end
                """.formatted(REPLACED));
        RegimeCatalog catalog = RegimeCatalog.load(rules);
        CompiledRegime narrower = catalog.get("narrower-reading");
        assertThat(narrower.regime().status()).isEqualTo("draft");
        assertThat(narrower.rule(REPLACED).file()).isEqualTo("rules/city/narrower-reading/more.drl");
        assertThat(narrower.rule(REPLACED).provision()).isEqualTo("narrower-no-interview");
        assertThat(narrower.rule(REMOVED)).isNull();
        assertThat(narrower.rules()).hasSize(catalog.get("narrow-reading").rules().size());
        assertThat(narrower.regime().provisions().stream().map(Provision::id)).contains("narrower-no-interview");
    }

    @Test
    void aVariantInTheBasesOwnDrlPackageWorksToo() throws IOException {
        Path rules = copyOfTheOrdinance(tmp);
        writeNarrowReading(rules, "same-package");
        Path drl = rules.resolve("city/same-package/reading.drl");
        Files.writeString(drl, Files.readString(drl).replace("package icerules.same_package;",
                "package icerules.denver_ordinance_2017;"));
        CompiledRegime v = RegimeCatalog.load(rules).get("same-package");
        assertThat(v.rule(REPLACED).reads()).containsExactly("place", "advised-of-rights");
        assertThat(v.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum())
                .isEqualTo(v.rules().size());
    }

    @Test
    void anUnknownRuleUnderRemovesIsLocatedWithADidYouMean() throws IOException {
        Path rules = copyOfTheOrdinance(tmp);
        writeNarrowReading(rules, "narrow-reading");
        Path yaml = rules.resolve("city/narrow-reading/regime.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace(REMOVED, "Advise of right before an ICE phone interview"));
        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/city/narrow-reading/regime.yaml");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.key()).isEqualTo("removes");
            assertThat(p.message()).contains("'Advise of right before an ICE phone interview' is not a rule of " + BASE)
                    .contains("did you mean '" + REMOVED + "'");
        });
    }

    @Test
    void removingARuleTheVariantAlsoReplacesIsRefused() throws IOException {
        Path rules = copyOfTheOrdinance(tmp);
        writeNarrowReading(rules, "narrow-reading");
        Path yaml = rules.resolve("city/narrow-reading/regime.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace(REMOVED, REPLACED));
        assertThat(problems(rules)).singleElement().satisfies(p ->
                assertThat(p.message()).contains("already replaces it"));
    }

    @Test
    void anUnknownBaseAndACycleAreLocatedAtExtends() throws IOException {
        Path rules = copyOfTheOrdinance(tmp);
        writeNarrowReading(rules, "narrow-reading");
        Path yaml = rules.resolve("city/narrow-reading/regime.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("extends: " + BASE, "extends: denver-ordinance-2071"));
        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.message()).startsWith("unknown regime 'denver-ordinance-2071' (did you mean '" + BASE + "'?)");
        });

        Files.writeString(yaml, Files.readString(yaml).replace("extends: denver-ordinance-2071", "extends: other-reading"));
        write(rules, "other-reading", "regime.yaml", "id: other-reading\nextends: narrow-reading\ntitle: t\n");
        assertThat(problems(rules)).hasSize(2).allSatisfy(p -> {
            assertThat(p.key()).isEqualTo("extends");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("a cycle (");
        });
    }

    @Test
    void aVariantKeepsItsBasesLevelJurisdictionAndKind() throws IOException {
        Path rules = copyOfTheOrdinance(tmp);
        writeNarrowReading(rules, "narrow-reading");
        Path yaml = rules.resolve("city/narrow-reading/regime.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "level: city\nkind: statute\n");
        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("kind");
            assertThat(p.message()).contains("a variant keeps the kind of the regime it extends ('ordinance'");
        });
    }

    @Test
    void aProblemInAnInheritedFileNamesTheVariant() throws IOException {
        Path rules = copyOfTheOrdinance(tmp);
        writeNarrowReading(rules, "narrow-reading");
        Path yaml = rules.resolve("city/narrow-reading/regime.yaml");
        // the general rule goes, its exception (in the base's file) still names it
        Files.writeString(yaml, Files.readString(yaml).replace(REMOVED, "No ICE access to secure areas or in-person interviews"));
        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/city/" + BASE + "/s28-252-secure-areas.drl");
            assertThat(p.message()).contains("@overrides names 'drmc-28-252-a'")
                    .endsWith("(in narrow-reading, which extends " + BASE + ")");
        });
    }

    @Test
    void anEditToTheBaseRebuildsTheVariantFromTheCache() throws IOException {
        String previous = System.getProperty(RuleBaseCache.PROPERTY);
        System.setProperty(RuleBaseCache.PROPERTY, tmp.resolve("cache").toString());
        try {
            Path rules = copyOfTheOrdinance(tmp);
            writeNarrowReading(rules, "narrow-reading");
            assertThat(RegimeCatalog.load(rules).get("narrow-reading").rule("Inquiry required by law or treaty"))
                    .isNotNull();
            RegimeCatalog.load(rules); // from the cache
            Path drl = rules.resolve("city/" + BASE + "/s28-250-assistance.drl");
            Files.writeString(drl, Files.readString(drl).replace("rule \"Inquiry required by law or treaty\"",
                    "rule \"Inquiry that a law or treaty requires\""));
            CompiledRegime variant = RegimeCatalog.load(rules).get("narrow-reading");
            assertThat(variant.rule("Inquiry required by law or treaty")).isNull();
            assertThat(variant.rule("Inquiry that a law or treaty requires")).isNotNull();
        } finally {
            if (previous == null) {
                System.clearProperty(RuleBaseCache.PROPERTY);
            } else {
                System.setProperty(RuleBaseCache.PROPERTY, previous);
            }
        }
    }

    @Test
    void atMostOneStatusIsTheVariantsDefault() {
        assertThatThrownBy(() -> LegalCategories.parse("""
                levels: [{id: city}]
                kinds: [{id: ordinance}]
                statuses:
                  - {id: reading-a, variant-default: true}
                  - {id: reading-b, variant-default: true}
                """, "categories.yaml")).isInstanceOf(InputException.class)
                .hasMessageContaining("only one status may be variant-default (found reading-a, reading-b)");
        assertThat(LegalCategories.parse("levels: [{id: city}]\nkinds: [{id: ordinance}]\nstatuses: [{id: enacted}]\n",
                "categories.yaml").variantStatus()).isEmpty();
    }

    private static List<InputProblem> problems(Path rules) {
        try {
            RegimeCatalog.load(rules);
        } catch (InputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the catalog to refuse the rules");
    }

    @Test
    void theProblemsHelperFailsWhenTheRulesLoad() {
        assertThatThrownBy(() -> problems(Path.of("rules"))).isInstanceOf(AssertionError.class);
    }
}
