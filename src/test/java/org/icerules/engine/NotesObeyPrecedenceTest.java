package org.icerules.engine;

import org.icerules.Vocab;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import org.icerules.regime.RegimeCatalog;

/**
 * A note belongs to its provision: once an exception that fired overrides the provision, or a
 * scope rule puts the case outside the regime, its notes are not shown — whether they come
 * from the rule that concluded or from a note-only rule (src/test/resources/rules-notes).
 */
class NotesObeyPrecedenceTest {
    private static final Action HOLD = Vocab.action("hold-past-release");
    private static RegimeCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = RegimeCatalog.load(Path.of("src/test/resources/rules-notes"));
    }

    private static Verdict hold(Map<String, ?> facts) {
        var c = Vocab.in(catalog.vocabulary(), LocalDate.of(2018, 1, 1), facts);
        return new Evaluator(catalog).evaluate(catalog.get("test-notes"), HOLD, c, Map.of());
    }

    @Test
    void whileTheBanDecidesBothItsNotesShow() {
        Verdict v = hold(Map.of("detainer", Vocab.value("detainer", "i-247a")));
        assertThat(v.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(v.notes()).containsExactly("note of the ban itself", "note-only caveat on the ban");
    }

    @Test
    void anExceptionThatOverridesTheBanSilencesItsNoteOnlyRuleToo() {
        Verdict v = hold(Map.of("detainer", Vocab.value("detainer", "i-247a"), "warrant", Vocab.value("warrant", "judicial")));
        assertThat(v.status()).isEqualTo(Status.PERMITTED);
        assertThat(v.overridden()).extracting(p -> p.id()).containsExactly("test-no-hold");
        assertThat(v.notes()).isEmpty();
    }

    @Test
    void aScopeRuleSilencesTheNoteOnlyRule() {
        Verdict v = hold(Map.of("detainer", Vocab.value("detainer", "i-247a"), "actor", Vocab.value("actor", "ice-agent")));
        assertThat(v.status()).isEqualTo(Status.SILENT);
        assertThat(v.provisions()).extracting(p -> p.id()).containsExactly("test-scope");
        assertThat(v.notes()).isEmpty();
    }

    @Test
    void thePlainAndTheMemoisedPathsAgree() {
        for (Map<String, ?> facts : java.util.List.<Map<String, ?>>of(Map.of("detainer", Vocab.value("detainer", "i-247a")),
                Map.of("detainer", Vocab.value("detainer", "i-247a"), "warrant", Vocab.value("warrant", "judicial")),
                Map.of("detainer", Vocab.value("detainer", "i-247a"), "actor", Vocab.value("actor", "ice-agent")))) {
            var c = Vocab.in(catalog.vocabulary(), LocalDate.of(2018, 1, 1), facts);
            Verdict plain = Evaluator.plain(catalog).evaluate(catalog.get("test-notes"), HOLD, c, Map.of());
            assertThat(hold(facts).notes()).isEqualTo(plain.notes());
        }
    }
}
