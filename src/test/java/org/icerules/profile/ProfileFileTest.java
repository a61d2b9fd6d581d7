package org.icerules.profile;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The profiles file is read like every file of the rules: located problems, all at once. */
class ProfileFileTest {
    static final String ANSWERS = """
            answers:
              - {word: limits, statuses: [forbidden], limits: true}
              - {word: open, statuses: [permitted, required, silent, conflict], limits: false}
            mixed: partly
            """;

    static String withItem(String ask) {
        return ANSWERS + """
                maps:
                  - id: m
                    title: A map
                    short: M
                    source: a source
                    href: https://example.org/map
                    date: 2019-01-01
                    items:
                      - id: holds
                        label: no holds
                        definition: no holds
                        ask:
                """ + ask;
    }

    static List<InputProblem> problems(String text) {
        return catchThrowableOfType(() -> ProfileFile.parse(text, "p.yaml", org.icerules.Vocab.PROJECT), InputException.class).problems();
    }

    @Test
    void aGoodFileReads() {
        ProfileSpec s = ProfileFile.parse(withItem("""
                          - action: hold-past-release
                            facts: {detainer: i-247a, hours-until-release: 2, advised-of-rights: true}
                """), "p.yaml", org.icerules.Vocab.PROJECT);
        assertThat(s.maps()).hasSize(1);
        ProfileSpec.Question q = s.maps().get(0).items().get(0).questions().get(0);
        assertThat(q.action().id()).isEqualTo("hold-past-release");
        assertThat(q.facts()).containsKeys("detainer", "hours-until-release", "advised-of-rights");
        assertThat(s.word(org.icerules.model.verdicts.Status.SILENT).word()).isEqualTo("open");
    }

    @Test
    void anUnknownActionIsLocatedWithADidYouMean() {
        List<InputProblem> ps = problems(withItem("""
                          - action: hold-past-releas
                """));
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).render()).startsWith("p.yaml:17:21:").contains("maps[0].items[0].ask[0].action")
                .contains("unknown action 'hold-past-releas'").contains("did you mean 'hold-past-release'");
    }

    @Test
    void anUnknownFactOrValueIsLocatedWithADidYouMean() {
        List<InputProblem> ps = problems(withItem("""
                          - action: hold-past-release
                            facts:
                              detainr: i-247a
                              warrant: judical
                """));
        assertThat(ps).extracting(InputProblem::render).satisfiesExactly(
                p -> assertThat(p).startsWith("p.yaml:19:15:").contains("unknown fact 'detainr'")
                        .contains("did you mean 'detainer'"),
                p -> assertThat(p).startsWith("p.yaml:20:24:").contains("unknown value 'judical'")
                        .contains("did you mean 'judicial'"));
    }

    @Test
    void everyStatusNeedsOneWordAndAnItemAQuestion() {
        List<InputProblem> ps = problems("""
                answers:
                  - {word: limits, statuses: [forbiden], limits: true}
                mixed: partly
                maps:
                  - id: m
                    title: A map
                    short: M
                    source: a source
                    href: http://example.org/map
                    date: 2019-13-01
                    items:
                      - {id: Holds, label: x, definition: x, ask: []}
                """);
        assertThat(ps).extracting(InputProblem::render).anySatisfy(p -> assertThat(p)
                        .contains("unknown status 'forbiden'").contains("did you mean 'forbidden'"))
                .anySatisfy(p -> assertThat(p).contains("every status needs a word; missing: forbidden, permitted"))
                .anySatisfy(p -> assertThat(p).contains("maps[0].href").contains("https://"))
                .anySatisfy(p -> assertThat(p).contains("maps[0].date"))
                .anySatisfy(p -> assertThat(p).contains("kebab-case"))
                .anySatisfy(p -> assertThat(p).contains("ask at least one question"));
    }

    @Test
    void anUnknownKeyIsNamedWithTheAllowedOnes() {
        List<InputProblem> ps = problems(ANSWERS.replace("mixed:", "mixd:"));
        assertThat(ps).extracting(InputProblem::render).anySatisfy(p -> assertThat(p).startsWith("p.yaml:4:1:")
                .contains("unknown key 'mixd'").contains("did you mean 'mixed'"));
    }
}
