package org.icerules.regime;

import org.icerules.Vocab;
import org.icerules.model.facts.Action;
import org.icerules.model.InputException;
import org.icerules.model.law.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** regime.yaml's fields for the law in force: award, protects, and the actions an event concerns. */
class LawFieldsTest {
    @TempDir
    Path root;

    static final String HEAD = """
            id: tiny
            title: Tiny
            jurisdiction: united-states
            level: federal
            kind: %s
            status: enacted
            dates:
              signed: 2017-07-25
            sources:
              - title: nothing real
            provisions:
              - id: ok
                cite: § 1
                title: Permits sharing
                basis: text
                source: § 1
                summary: Permits.
            """;

    static final String DRL = """
            package tiny;
            import icerules.vocabulary.*;
            rule "Ok"
                @provision("ok") @action("share-status-info") @status("permitted")
            when
                Case()
            then
            end
            """;

    private Regime load(String yaml) throws IOException {
        Path folder = root.resolve("rules/federal/tiny");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("regime.yaml"), yaml);
        Files.writeString(folder.resolve("tiny.drl"), DRL);
        Files.copy(Path.of("rules/categories.yaml"), root.resolve("rules/categories.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("rules/vocabulary.yaml"), root.resolve("rules/vocabulary.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return RegimeCatalog.load(root.resolve("rules")).get("tiny").regime();
    }

    private InputException fails(String yaml) {
        Throwable t = catchThrowable(() -> load(yaml));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    @Test
    void readsAwardProtectsAndEventActions() throws IOException {
        Regime r = load(HEAD.formatted("grant-condition") + """
                award: {amount: 694535, currency: USD, date: 2018-10-10}
                protects:
                  - {provision: ok, actions: [share-status-info]}
                validity:
                  from: 2017-07-25
                  events:
                    - {date: 2017-09-15, change: enjoined, actions: [notify-release]}
                    - {date: 2018-10-10, change: awarded}
                """);
        assertThat(r.award().amount()).isEqualByComparingTo(new BigDecimal("694535"));
        assertThat(r.award().display()).isEqualTo("USD 694,535");
        assertThat(r.award().date()).isEqualTo(LocalDate.parse("2018-10-10"));
        assertThat(r.protects()).singleElement().satisfies(p -> {
            assertThat(p.provision()).isEqualTo("ok");
            assertThat(p.actions()).containsExactly(Vocab.action("share-status-info"));
        });
        assertThat(r.validity().events().get(0).concerns(Vocab.action("notify-release"))).isTrue();
        assertThat(r.validity().events().get(0).concerns(Vocab.action("share-status-info"))).isFalse();
        assertThat(r.validity().events().get(1).concerns(Vocab.action("share-status-info"))).isTrue();
    }

    @Test
    void readsPreemptsOverALowerLevel() throws IOException {
        Regime r = load(HEAD.formatted("statute") + """
                preempts:
                  - {provision: ok, levels: [city, state], actions: [share-status-info], ground: "§ 2: no local limits", note: why}
                """);
        assertThat(r.preempts()).singleElement().satisfies(p -> {
            assertThat(p.provision()).isEqualTo("ok");
            assertThat(p.levels()).containsExactly("city", "state");
            assertThat(p.actions()).containsExactly(Vocab.action("share-status-info"));
            assertThat(p.ground()).isEqualTo("§ 2: no local limits");
        });
    }

    @Test
    void preemptsNamesOnlyLowerLevelsAndItsGround() {
        Throwable t = catchThrowable(() -> load(HEAD.formatted("statute") + """
                preempts:
                  - {provision: ok, levels: [federal], actions: [share-status-info]}
                """));
        assertThat(t).isInstanceOf(InputException.class).hasMessageContaining("preempts[0].levels")
                .hasMessageContaining("expected a level lower than 'federal'").hasMessageContaining("preempts[0].ground");
    }

    @Test
    void theFieldsAreOptional() throws IOException {
        Regime r = load(HEAD.formatted("statute"));
        assertThat(r.award()).isNull();
        assertThat(r.protects()).isEmpty();
        assertThat(r.preempts()).isEmpty();
    }

    @Test
    void anUnknownEventActionNamesItsLine() {
        InputException e = fails(HEAD.formatted("statute") + """
                validity:
                  from: 2017-07-25
                  events:
                    - {date: 2017-09-15, change: enjoined, actions: [notify-releas]}
                """);
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("rules/federal/tiny/regime.yaml");
            assertThat(p.line()).isEqualTo(21);
            assertThat(p.message()).contains("unknown action 'notify-releas'").contains("did you mean 'notify-release'");
        });
    }

    @Test
    void aBadAwardAmountAndAnAwardOutsideAGrantAreErrors() {
        InputException e = fails(HEAD.formatted("statute") + "award: {amount: lots, currency: usd}\n");
        assertThat(e.problems()).extracting(p -> p.message()).anySatisfy(m -> assertThat(m).contains("only a regime of kind grant-condition"))
                .anySatisfy(m -> assertThat(m).contains("expected a number"))
                .anySatisfy(m -> assertThat(m).contains("ISO currency code"));
    }

    @Test
    void aProtectionMustNameADeclaredProvisionThatPermits() {
        InputException e = fails(HEAD.formatted("statute") + "protects:\n  - {provision: okay, actions: [share-status-info]}\n");
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.message()).contains("'okay' is not a provision declared").contains("did you mean 'ok'");
        });
        InputException e2 = fails(HEAD.formatted("statute") + "protects:\n  - {provision: ok, actions: [notify-release]}\n");
        assertThat(e2.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("no rule of that provision concludes permitted on it"));
    }

    @Test
    void switchReadingsAndLinksAreRead() throws IOException {
        Regime r = load(HEAD.formatted("statute").replace("  - title: nothing real",
                "  - {title: nothing real, href: \"https://example.org/law\"}") + """
                switches:
                  - name: tiny.reading
                    values: [narrow, broad]
                    default: narrow
                    meaning: how wide
                    readings:
                      - {value: broad, meaning: everything, held-by: a court, sources: [a ruling]}
                """);
        assertThat(r.sources().get(0).href()).isEqualTo("https://example.org/law");
        var reading = r.switches().get(0).reading("broad");
        assertThat(reading.meaning()).isEqualTo("everything");
        assertThat(reading.heldBy()).isEqualTo("a court");
        assertThat(reading.sources()).containsExactly("a ruling");
        assertThat(r.switches().get(0).reading("narrow")).isNull();
    }

    @Test
    void aReadingOfAnUndeclaredValueAndARelativeLinkAreErrors() {
        InputException e = fails(HEAD.formatted("statute").replace("  - title: nothing real",
                "  - {title: nothing real, href: law.html}") + """
                switches:
                  - name: tiny.reading
                    values: [narrow, broad]
                    default: narrow
                    meaning: how wide
                    readings:
                      - {value: brod, meaning: everything, sources: [a ruling]}
                """);
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(24);
            assertThat(p.message()).contains("'brod' is not among the switch's values").contains("did you mean 'broad'");
        });
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("expected an absolute link"));
    }
}
