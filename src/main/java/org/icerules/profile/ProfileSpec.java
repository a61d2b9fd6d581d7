package org.icerules.profile;

import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code rules/profiles.yaml} declares: the published maps of "sanctuary" policies, the
 * items each scores, the reference cases each item is answered on, and which answer of the law
 * in force counts as limiting cooperation. Data, not code: the Java names none of them.
 *
 * @param answers every status of a combined answer mapped to a word (each status exactly once)
 * @param mixed   the word for an item whose reference cases get answers that do not all limit alike
 * @param maps    the maps, in the order the file lists them
 */
public record ProfileSpec(List<AnswerWord> answers, String mixed, List<MapSpec> maps) {

    public ProfileSpec {
        answers = List.copyOf(answers);
        maps = List.copyOf(maps);
    }

    /** The word a status counts as. */
    public AnswerWord word(Status s) {
        return answers.stream().filter(a -> a.statuses().contains(s)).findFirst().orElseThrow();
    }

    /**
     * A word of the answer scale.
     *
     * @param limits true if an item so answered counts as limiting cooperation with ICE
     */
    public record AnswerWord(String word, List<Status> statuses, boolean limits, String meaning) {
        public AnswerWord {
            statuses = List.copyOf(statuses);
        }
    }

    /** One published map (or statutory definition) and the items it scores. */
    public record MapSpec(String id, String title, String shortName, String source, String href, LocalDate date,
                          String note, List<ItemSpec> items) {
        public MapSpec {
            items = List.copyOf(items);
        }
    }

    /**
     * One item of a map, answered on one or more questions.
     *
     * @param definition the map's own words for the item, as published
     */
    public record ItemSpec(String id, String label, String definition, List<Question> questions) {
        public ItemSpec {
            questions = List.copyOf(questions);
        }
    }

    /**
     * One reference question: an action asked of the law in force on a case that is the
     * defaults with {@code facts} overlaid (fact name → typed value, in the file's order).
     */
    public record Question(Action action, Map<String, Object> facts) {
        public Question {
            facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        }
    }
}
