package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.facts.ActionDefinition;
import org.icerules.model.facts.FactDefinition;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.VocabularyDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** rules/vocabulary.yaml and its additions: read in order, every problem located. */
class VocabularyReaderTest {
    @TempDir
    Path root;

    static final String BASE = """
            facts:
              - name: warrant
                type: enum
                values: [none, administrative, judicial]
                default: none
                label: The warrant that comes with the request
                question: What warrant comes with the request?
              - name: hours-until-release
                type: number
                min: 0
                max: 87600
                default: 72
                label: Hours until release
                question: How many hours until release?
            actions:
              - id: hold-past-release
                question: keep the person in custody
            """;

    private static VocabularyDefinition read(String... files) {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("rules/vocabulary.yaml", files[0]);
        for (int i = 1; i < files.length; i++) {
            in.put("rules/vocabulary/extra" + i + ".yaml", files[i]);
        }
        return VocabularyReader.read(in);
    }

    private static List<InputProblem> problems(String... files) {
        Throwable t = catchThrowable(() -> read(files));
        assertThat(t).isInstanceOf(InputException.class);
        return ((InputException) t).problems();
    }

    private static String only(String... files) {
        List<InputProblem> p = problems(files);
        assertThat(p).hasSize(1);
        return p.get(0).render();
    }

    @Test
    void theProjectsVocabularyReadsWithEveryFactAndAction() {
        VocabularyDefinition v = VocabularyReader.load(Path.of("rules"));
        assertThat(v.facts()).hasSize(27); // 22 in vocabulary.yaml, 3 + 2 in vocabulary/california.yaml and texas.yaml
        assertThat(v.actions()).hasSize(21); // 18 + 3 of California's
        assertThat(v.facts()).allSatisfy(f -> {
            assertThat(f.label()).isNotBlank();
            assertThat(f.question()).endsWith("?");
        });
        FactDefinition detainer = v.fact("detainer");
        assertThat(detainer.type()).isEqualTo(FactType.ENUM);
        assertThat(detainer.values()).containsExactly("none", "i-247a");
        assertThat(detainer.typeName()).isEqualTo("Detainer");
        assertThat(v.fact("agreement-287g").field()).isEqualTo("agreement287g");
        assertThat(v.action("hold-past-release").question())
                .isEqualTo("keep the person in custody after they are eligible for release, at ICE's request");
    }

    @Test
    void additionsComeAfterTheBaseInFileNameOrder() throws IOException {
        Path rules = root.resolve("rules");
        Files.createDirectories(rules.resolve("vocabulary"));
        Files.writeString(rules.resolve("vocabulary.yaml"), BASE);
        Files.writeString(rules.resolve("vocabulary/b.yaml"), """
                facts:
                  - name: bail-posted
                    type: bool
                    default: false
                    label: Bail was posted
                    question: Was bail posted?
                """);
        Files.writeString(rules.resolve("vocabulary/a.yaml"), """
                actions:
                  - {id: share-booking-photo, question: send ICE the booking photo}
                """);
        Files.writeString(rules.resolve("vocabulary/notes.txt"), "not read");
        VocabularyDefinition v = VocabularyReader.load(rules);
        assertThat(v.facts()).extracting(FactDefinition::name)
                .containsExactly("warrant", "hours-until-release", "bail-posted");
        assertThat(v.actions()).extracting(ActionDefinition::id)
                .containsExactly("hold-past-release", "share-booking-photo");
        FactDefinition hours = v.fact("hours-until-release");
        assertThat(hours.min()).isEqualTo(0.0);
        assertThat(hours.max()).isEqualTo(87600.0);
        assertThat(hours.defaultValue()).isEqualTo("72");
        assertThat(hours.field()).isEqualTo("hoursUntilRelease");
        assertThat(v.fact("warrant").typeName()).isEqualTo("Warrant");
    }

    @Test
    void aRulesFolderWithoutAVocabularyIsRefused() throws IOException {
        Files.createDirectories(root.resolve("rules"));
        Throwable t = catchThrowable(() -> VocabularyReader.load(root.resolve("rules")));
        assertThat(((InputException) t).problems().get(0).render())
                .contains("rules/vocabulary.yaml").contains("has no vocabulary.yaml");
    }

    @Test
    void anUnknownTypeIsLocatedWithADidYouMean() {
        String bad = BASE.replace("type: enum", "type: enumm");
        assertThat(only(bad)).startsWith("rules/vocabulary.yaml:3:")
                .contains("facts[0].type").contains("unknown value 'enumm'").contains("did you mean 'enum'")
                .contains("allowed: bool, enum, number");
    }

    @Test
    void aDefaultNotAmongTheValuesIsLocated() {
        String bad = BASE.replace("default: none", "default: judical");
        assertThat(only(bad)).startsWith("rules/vocabulary.yaml:5:")
                .contains("facts[0].default").contains("'judical' is not among the values")
                .contains("did you mean 'judicial'").contains("allowed: none, administrative, judicial");
    }

    @Test
    void aNameDefinedTwiceIsLocatedAndNamesTheFirst() {
        String again = """
                facts:
                  - name: warrant
                    type: bool
                    default: false
                    label: again
                    question: Again?
                actions:
                  - id: hold-past-release
                    question: again
                """;
        List<InputProblem> p = problems(BASE, again);
        assertThat(p).extracting(InputProblem::render).containsExactly(
                "rules/vocabulary/extra1.yaml:2:5: key 'facts[0].name': fact 'warrant' is already defined at "
                        + "rules/vocabulary.yaml:2",
                "rules/vocabulary/extra1.yaml:8:5: key 'actions[0].id': action 'hold-past-release' is already defined at "
                        + "rules/vocabulary.yaml:16");
    }

    @Test
    void twoNamesARuleWouldReadAsOneFieldAreRefused() {
        // a-1b and a1b are different names but the same field (a1b): the generated case has one field per fact
        String alike = """
                facts:
                  - name: a-1b
                    type: bool
                    default: false
                    label: one
                    question: One?
                  - name: a1b
                    type: bool
                    default: false
                    label: other
                    question: Other?
                """;
        assertThat(only(BASE, alike)).isEqualTo("rules/vocabulary/extra1.yaml:7:5: key 'facts[1].name': a rule "
                + "would read fact 'a1b' as a1b, like fact 'a-1b' at rules/vocabulary/extra1.yaml:2; choose another name");
    }

    @Test
    void badBoundsAreLocated() {
        assertThat(only(BASE.replace("max: 87600", "max: -1"))).startsWith("rules/vocabulary.yaml:11:")
                .contains("facts[1].max").contains("expected max at least min (0), found -1");
        assertThat(only(BASE.replace("max: 87600", "max: lots"))).startsWith("rules/vocabulary.yaml:11:")
                .contains("facts[1].max").contains("expected a number, found a string 'lots'");
        assertThat(only(BASE.replace("default: 72", "default: 100000"))).startsWith("rules/vocabulary.yaml:12:")
                .contains("facts[1].default").contains("expected a number from 0 to 87600, found 100000");
        assertThat(only(BASE.replace("type: enum", "type: bool").replace("default: none", "default: false")
                .replace("values: [none, administrative, judicial]", "min: 1")))
                .contains("facts[0].min").contains("only a number fact has bounds (this fact is a bool)");
    }

    @Test
    void namesThatARuleCouldNotUseAreRefused() {
        assertThat(only(BASE.replace("name: warrant", "name: Warrant"))).contains("facts[0].name")
                .contains("expected kebab-case").contains("found 'Warrant'");
        assertThat(only(BASE.replace("name: warrant", "name: case"))).contains("facts[0].name")
                .contains("'case' cannot name a fact");
        assertThat(only(BASE.replace("name: warrant", "name: date"))).contains("'date' cannot name a fact");
        assertThat(only(BASE.replace("[none, administrative, judicial]", "[none, 247a]")))
                .contains("facts[0].values[1]").contains("found '247a'");
        assertThat(only(BASE.replace("[none, administrative, judicial]", "[none, none]")))
                .contains("the value 'none' is listed twice");
    }

    @Test
    void unknownAndMissingKeysAreLocated() {
        assertThat(problems(BASE.replace("    question: What warrant", "    questoin: What warrant")))
                .extracting(InputProblem::render).containsExactly("rules/vocabulary.yaml:7:5: key 'facts[0].questoin': unknown key 'questoin' (did you mean "
                        + "'question'?); allowed: name, type, values, min, max, default, label, question",
                        "rules/vocabulary.yaml:2:5: key 'facts[0].question': is required");
        assertThat(problems(BASE.replace("actions:", "actoins:"))).extracting(InputProblem::render)
                .anyMatch(s -> s.contains("unknown key 'actoins'") && s.contains("did you mean 'actions'"))
                .anyMatch(s -> s.contains("key 'actions': is required"));
    }
}
