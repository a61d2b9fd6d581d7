package org.icerules.cli;

import org.icerules.Vocab;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.FactSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/scenario-format.md documents every fact, value and action the code knows, and the removed facts. */
class ScenarioFormatDocTest {
    @Test
    void theFormatDocumentNamesEveryFactEveryValueAndEveryAction() throws IOException {
        String doc = Files.readString(Path.of("docs/scenario-format.md"));
        for (FactSpec f : Vocab.facts()) {
            assertThat(doc).as("fact " + f.name()).contains("- `" + f.name() + "` — ");
            for (String value : f.values()) {
                assertThat(doc).as(f.name() + " value " + value).contains("`" + value + "`");
            }
        }
        for (Action a : Vocab.actions()) {
            assertThat(doc).as("action " + a.id()).contains("`" + a.id() + "`");
        }
        assertThat(doc).contains("### Facts that were removed", "`area`", "`in-custody`", "`eligible-for-release`",
                "`release-reason`", "`criminal-charge`");
        assertThat(doc).contains("(law/vocabulary.md)");
    }
}
