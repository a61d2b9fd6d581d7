package org.icerules.regime;

import org.icerules.model.law.GlossaryTerm;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** rules/glossary.yaml: read and checked like the rest of the rules, and covering the words the reports use. */
class GlossaryTest {
    /** The terms the answers, reports and legal reference use: each must be defined. */
    private static final List<String> USED = List.of("silent", "forbidden", "permitted", "required", "conflict",
            "basis", "text (basis)", "reported (basis)", "inferred (basis)", "reading / switch", "layer", "in force",
            "preempted", "grant at risk", "enjoined", "I-247A (detainer)", "I-200 / I-205 (administrative warrants)",
            "judicial warrant", "transfer writ (habeas corpus ad prosequendum)", "notification request", "secure area",
            "287(g)", "SCAAP", "U-visa", "D.R.M.C.", "C.R.S.", "U.S.C.", "C.F.R.", "§", "regime", "provision",
            "exception", "scope rule");

    @Test
    void theProjectGlossaryDefinesEveryTermTheReportsUse() {
        Glossary g = Glossary.load(Path.of("rules"));
        for (String term : USED) {
            assertThat(g.find(term)).as(term).isPresent();
            assertThat(g.find(term).orElseThrow().definition()).as(term).isNotBlank();
        }
        assertThat(g.terms()).allSatisfy(t -> assertThat(t.link() == null || t.link().startsWith("https://")).isTrue());
    }

    @Test
    void aTermKeepsItsWordsAndLinkAndHasAStableAnchor() {
        Glossary g = Glossary.parse("terms:\n  - term: I-247A (detainer)\n    definition: >\n      ICE's request\n"
                + "      to hold.\n    link: https://example.org/i-247a\n", "glossary.yaml");
        GlossaryTerm t = g.find("i-247a (DETAINER)").orElseThrow();
        assertThat(t.definition()).isEqualTo("ICE's request to hold.");
        assertThat(t.link()).isEqualTo("https://example.org/i-247a");
        assertThat(t.anchor()).isEqualTo("i-247a-detainer");
        assertThat(new GlossaryTerm("§", "section", null).anchor()).isEqualTo("section-sign");
    }

    @Test
    void everyProblemIsReportedWithItsLineAndKey() {
        String text = """
                terms:
                  - term: silent
                    definition: says nothing
                  - term: Silent
                    definition: again
                  - term: layer
                  - term: enjoined
                    definition: barred by a court
                    link: http://example.org
                    see: elsewhere
                """;
        assertThatThrownBy(() -> Glossary.parse(text, "rules/glossary.yaml"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).extracting(InputProblem::render)
                        .containsExactlyInAnyOrder(
                                "rules/glossary.yaml:4:11: key 'terms[1].term': 'Silent' is already defined at terms[0]",
                                "rules/glossary.yaml:6:5: key 'terms[2].definition': is required",
                                "rules/glossary.yaml:9:11: key 'terms[3].link': expected an absolute https link, found 'http://example.org'",
                                "rules/glossary.yaml:10:5: key 'terms[3].see': unknown key 'see'; allowed: term, definition, link"));
    }

    @Test
    void aFileWithoutATermsListIsRefused() {
        assertThatThrownBy(() -> Glossary.parse("words: []\n", "g.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown key 'words'")
                .hasMessageContaining("'terms'");
    }
}
