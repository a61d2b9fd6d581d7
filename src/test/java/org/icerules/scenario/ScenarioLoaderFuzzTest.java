package org.icerules.scenario;

import org.icerules.Vocab;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icerules.model.InputException;
import org.icerules.model.Scenario;
import org.icerules.model.law.SwitchSpec;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds random and mutated YAML to the scenario loader: every input must end in scenarios or
 * a clean {@link InputException} with a located problem — never any other exception.
 */
class ScenarioLoaderFuzzTest {
    static final ScenarioLoader LOADER = new ScenarioLoader(Vocab.PROJECT,
            List.of("denver-ordinance-2017", "denver-practice-2014"),
            Map.of("ordinance.probation-scope", new SwitchSpec("ordinance.probation-scope",
                    List.of("city-only", "all-probation-in-denver"), "city-only", "m", "denver-ordinance-2017")));

    static final String VALID = """
            id: ever-valles-2016
            title: Released on bond while ICE waited for a fax
            date: 2016-12-20
            facts:
              actor: sheriff-deputy
              detainer: i-247a
              notification-request: written
              hours-until-release: 0.5
            interpretations:
              ordinance.probation-scope: city-only
            expect:
              denver-ordinance-2017:
                hold-past-release: forbidden
            """;

    /** What the loader may do with any input: load, or refuse with a located, readable problem. */
    private static void loadsOrFailsCleanly(String text) {
        try {
            List<Scenario> scenarios = LOADER.loadText(text, "fuzz.yaml", "fuzz");
            assertThat(scenarios).allSatisfy(s -> assertThat(s.facts()).isNotNull());
        } catch (InputException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems()).allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("fuzz.yaml");
                assertThat(p.message()).isNotBlank();
            });
        }
    }

    @Property(tries = 400)
    void arbitraryTextNeverCrashesTheLoader(@ForAll("yamlish") String text) {
        loadsOrFailsCleanly(text);
    }

    @Property(tries = 600)
    void mutatedScenariosNeverCrashTheLoader(@ForAll("mutations") String text) {
        loadsOrFailsCleanly(text);
    }

    @Property(tries = 100)
    void theValidScenarioSurvivesWhitespaceAtTheEnd(@ForAll("trailing") String tail) {
        assertThat(LOADER.loadText(VALID + tail, "fuzz.yaml", "fuzz")).hasSize(1);
    }

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<Character> chars = Arbitraries.of(
                'a', 'z', '0', '9', '-', ':', ' ', '\n', '\t', '"', '\'', '[', ']', '{', '}', ',', '#', '&', '*', '!',
                '|', '>', '?', '%', '@', '`', '.', '\\', '\u00e9', '\u2028');
        return chars.list().ofMaxSize(200).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length() - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> insert = Arbitraries.oneOf(
                Arbitraries.of("", ":", " ", "\n", "- ", "[", "]", "{", "}", "---\n", "null", "~", "-1", "1e400",
                        "true", "\"", "  ", "*a", "&a ", "!!binary ", "? ", "2016-13-45", "0x1F", ".nan", "i-247a"),
                Arbitraries.strings().ofMaxLength(8));
        return Combinators.combine(position, length, insert).as((pos, len, ins) -> {
            int end = Math.min(VALID.length(), pos + len);
            return VALID.substring(0, pos) + ins + VALID.substring(end);
        });
    }

    @Provide
    Arbitrary<String> trailing() {
        return Arbitraries.of("", "\n", "\n\n", "   \n", "# comment\n");
    }
}
