package org.icerules.report;

import org.icerules.Vocab;
import org.icerules.model.InputException;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.regime.FactPhrases;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WhySentenceTest {
    private static final FactPhrases PROJECT = FactPhrases.loadIfPresent(Path.of("rules"), Vocab.PROJECT);

    private static Verdict verdict(Status s, String... because) {
        return new Verdict("r", Vocab.action("notify-release"), s, List.of(), List.of(because), List.of(), List.of(), List.of());
    }

    @Test
    void saysTheFactsThatMatteredInPlainWords() {
        WhySentence why = new WhySentence(PROJECT);
        assertThat(why.of(verdict(Status.PERMITTED, "notification-request = written", "advised-of-rights = false",
                "reading ordinance.advisement = duty")))
                .isEqualTo("Permitted because ICE asked in writing to be told of the release and the person had not "
                        + "been given the written advisement of rights (under the reading ordinance.advisement = duty).");
        assertThat(why.of(verdict(Status.FORBIDDEN, "hours-until-release = 48")))
                .isEqualTo("Forbidden because the person was due to be released in 48 hours.");
    }

    @Test
    void silenceIsSaidNotToBePermission() {
        assertThat(new WhySentence(PROJECT).of(verdict(Status.SILENT)))
                .startsWith("This regime does not address the step here (silent).")
                .contains("Silence is not permission");
    }

    @Test
    void aValueWithoutAPhraseIsSaidAsFactIsValue() {
        WhySentence why = new WhySentence(new FactPhrases(Map.of()));
        assertThat(why.of(verdict(Status.FORBIDDEN, "actor = ice-agent", "place = jail")))
                .isEqualTo("Forbidden because actor is ice-agent and place is jail.");
    }

    @Test
    void everyValueOfEveryFactHasAPhrase() {
        for (FactSpec f : Vocab.facts()) {
            List<String> values = f.type() == FactType.NUMBER ? List.of("7")
                    : f.type() == FactType.BOOL ? List.of("true", "false") : f.values();
            for (String v : values) {
                assertThat(PROJECT.phrase(f.name(), v)).as(f.name() + " = " + v).isPresent();
            }
        }
    }

    @Test
    void anUnknownFactOrValueIsALocatedError() {
        assertThatThrownBy(() -> FactPhrases.parse("facts:\n  actr:\n    ice-agent: x\n", "rules/phrases.yaml", Vocab.PROJECT))
                .isInstanceOf(InputException.class).hasMessageContaining("rules/phrases.yaml:2")
                .hasMessageContaining("unknown fact 'actr'").hasMessageContaining("actor");
        assertThatThrownBy(() -> FactPhrases.parse("facts:\n  actor:\n    ice-agnt: x\n", "rules/phrases.yaml", Vocab.PROJECT))
                .isInstanceOf(InputException.class).hasMessageContaining("rules/phrases.yaml:3")
                .hasMessageContaining("ice-agent");
    }
}
