package org.icerules.engine;

import org.icerules.model.facts.Action;
import org.icerules.model.facts.Actor;
import org.icerules.model.facts.Detainer;
import org.icerules.model.facts.FactSchema;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.model.facts.Warrant;
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
    private static final Action HOLD = Action.HOLD_PAST_RELEASE;
    private static RegimeCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = RegimeCatalog.load(Path.of("src/test/resources/rules-notes"));
    }

    private static Verdict hold(Map<String, ?> facts) {
        var c = FactSchema.with(null, LocalDate.of(2018, 1, 1), facts);
        return new Evaluator(catalog).evaluate(catalog.get("test-notes"), HOLD, c, Map.of());
    }

    @Test
    void whileTheBanDecidesBothItsNotesShow() {
        Verdict v = hold(Map.of("detainer", Detainer.I_247A));
        assertThat(v.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(v.notes()).containsExactly("note of the ban itself", "note-only caveat on the ban");
    }

    @Test
    void anExceptionThatOverridesTheBanSilencesItsNoteOnlyRuleToo() {
        Verdict v = hold(Map.of("detainer", Detainer.I_247A, "warrant", Warrant.JUDICIAL));
        assertThat(v.status()).isEqualTo(Status.PERMITTED);
        assertThat(v.overridden()).extracting(p -> p.id()).containsExactly("test-no-hold");
        assertThat(v.notes()).isEmpty();
    }

    @Test
    void aScopeRuleSilencesTheNoteOnlyRule() {
        Verdict v = hold(Map.of("detainer", Detainer.I_247A, "actor", Actor.ICE_AGENT));
        assertThat(v.status()).isEqualTo(Status.SILENT);
        assertThat(v.provisions()).extracting(p -> p.id()).containsExactly("test-scope");
        assertThat(v.notes()).isEmpty();
    }

    @Test
    void thePlainAndTheMemoisedPathsAgree() {
        for (Map<String, ?> facts : java.util.List.<Map<String, ?>>of(Map.of("detainer", Detainer.I_247A),
                Map.of("detainer", Detainer.I_247A, "warrant", Warrant.JUDICIAL),
                Map.of("detainer", Detainer.I_247A, "actor", Actor.ICE_AGENT))) {
            var c = FactSchema.with(null, LocalDate.of(2018, 1, 1), facts);
            Verdict plain = Evaluator.plain(catalog).evaluate(catalog.get("test-notes"), HOLD, c, Map.of());
            assertThat(hold(facts).notes()).isEqualTo(plain.notes());
        }
    }
}
