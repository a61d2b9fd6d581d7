package org.icerules.engine;

import org.icerules.Vocab;
import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case is an instance of the classes generated from one vocabulary: evaluated against a rule
 * base compiled from another, no rule would match it and every answer would come out "silent".
 * The engine refuses such a case instead of answering wrongly.
 */
class CaseOfAnotherVocabularyTest {

    @Test
    void aCaseMadeFromAnotherVocabularyIsRefusedNotAnsweredSilent() {
        // this folder declares only the base vocabulary; the project adds California's and Texas's facts
        RegimeCatalog other = RegimeCatalog.load(Path.of("src/test/resources/rules-notes"));
        assertThat(other.vocabulary().hash()).isNotEqualTo(Vocab.PROJECT.hash());
        var projectCase = Vocab.with(null, LocalDate.of(2018, 1, 1), Map.of("detainer", Vocab.value("detainer", "i-247a")));
        assertThatThrownBy(() -> new Evaluator(other).evaluate(other.get("test-notes"), projectCase, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another vocabulary");
        assertThatThrownBy(() -> Evaluator.plain(other).firedRules(other.get("test-notes"), projectCase, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        // the same facts made from the folder's own vocabulary are answered
        var ownCase = Vocab.in(other.vocabulary(), LocalDate.of(2018, 1, 1), Map.of("detainer", Vocab.value("detainer", "i-247a")));
        assertThat(new Evaluator(other).evaluate(other.get("test-notes"), ownCase, Map.of())).isNotEmpty();
    }
}
