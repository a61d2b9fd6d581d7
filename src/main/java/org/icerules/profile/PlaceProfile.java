package org.icerules.profile;

import org.icerules.law.CombinedAnswer;
import org.icerules.law.Layer;
import org.icerules.law.LayerProvision;
import org.icerules.model.verdicts.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One place on one date, item by item: what the law in force there and then says of each
 * item's reference questions, and the word that sums it up.
 *
 * @param name       the place's name from rules/jurisdictions.yaml
 * @param layers     the layers in force (grant conditions included; they never decide)
 * @param readings   the switches in force, as {@code law} shows them
 * @param fromRecord those of them the dated record chose
 */
public record PlaceProfile(Place place, String name, List<Layer> layers, Map<String, String> readings,
                           Map<String, String> fromRecord, List<ItemAnswer> items) {

    /** One question's answer: the combined answer of the law in force on the question's case. */
    public record QuestionAnswer(ProfileSpec.Question question, CombinedAnswer answer) {
    }

    /**
     * One item's answer.
     *
     * @param word    the answer word (the scale's word, or the mixed word when the questions differ)
     * @param limits  true when every question's answer counts as limiting
     * @param partly  true when some but not all do
     */
    public record ItemAnswer(ProfileSpec.MapSpec map, ProfileSpec.ItemSpec item, String word, boolean limits,
                             boolean partly, List<QuestionAnswer> questions) {

        /** The deciding provisions of every question, each once, in question order. */
        public List<LayerProvision> deciding() {
            List<LayerProvision> out = new ArrayList<>();
            for (QuestionAnswer q : questions) {
                for (LayerProvision p : q.answer().deciding()) {
                    if (out.stream().noneMatch(o -> o.regime().equals(p.regime())
                            && o.provision().id().equals(p.provision().id()))) {
                        out.add(p);
                    }
                }
            }
            return out;
        }

        /** The statuses of the questions, in order. */
        public List<Status> statuses() {
            return questions.stream().map(q -> q.answer().status()).toList();
        }
    }

    /** The items of one map, in the file's order. */
    public List<ItemAnswer> itemsOf(ProfileSpec.MapSpec map) {
        return items.stream().filter(i -> i.map().id().equals(map.id())).toList();
    }
}
