package org.icerules.profile;

import org.icerules.law.CombinedAnswer;
import org.icerules.law.LawAnswer;
import org.icerules.law.LawInForce;
import org.icerules.model.facts.Case;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers every item of every map for a place on a date from the verdicts of the law in force
 * there ({@link LawInForce}: the layers by containment and validity, combined): each question's
 * case is the defaults with its facts overlaid, dated the place's date. An item's word is its
 * answers' common word when they all count alike, else the file's mixed word.
 */
public final class Profiler {
    private final LawInForce law;
    private final ProfileSpec spec;

    public Profiler(LawInForce law, ProfileSpec spec) {
        this.law = law;
        this.spec = spec;
    }

    public ProfileSpec spec() {
        return spec;
    }

    /** Every place's profile, in the order given. */
    public List<PlaceProfile> profile(List<Place> places, Map<String, String> chosenReadings) {
        List<PlaceProfile> out = new ArrayList<>();
        places.forEach(p -> out.add(profile(p, chosenReadings)));
        return out;
    }

    public PlaceProfile profile(Place place, Map<String, String> chosenReadings) {
        // one evaluation of the law per distinct case: several questions often share one
        Map<Map<String, Object>, LawAnswer> byFacts = new HashMap<>();
        LawAnswer shape = answer(place, Map.of(), chosenReadings, byFacts);
        List<PlaceProfile.ItemAnswer> items = new ArrayList<>();
        for (ProfileSpec.MapSpec map : spec.maps()) {
            for (ProfileSpec.ItemSpec item : map.items()) {
                List<PlaceProfile.QuestionAnswer> qs = new ArrayList<>();
                for (ProfileSpec.Question q : item.questions()) {
                    LawAnswer a = answer(place, q.facts(), chosenReadings, byFacts);
                    CombinedAnswer c = a.answers().get(q.action().index());
                    qs.add(new PlaceProfile.QuestionAnswer(q, c));
                }
                items.add(itemAnswer(map, item, qs));
            }
        }
        return new PlaceProfile(place, law.placeName(place.jurisdiction()), shape.layers(), shape.readings(),
                shape.fromRecord(), items);
    }

    /** The item's word: the common word of its answers, or the mixed word when they count differently. */
    PlaceProfile.ItemAnswer itemAnswer(ProfileSpec.MapSpec map, ProfileSpec.ItemSpec item,
                                       List<PlaceProfile.QuestionAnswer> qs) {
        List<ProfileSpec.AnswerWord> words = qs.stream().map(q -> spec.word(q.answer().status())).toList();
        long limiting = words.stream().filter(ProfileSpec.AnswerWord::limits).count();
        boolean all = limiting == words.size();
        boolean partly = limiting > 0 && !all;
        String word;
        if (partly) {
            word = spec.mixed();
        } else if (words.stream().map(ProfileSpec.AnswerWord::word).distinct().count() == 1) {
            word = words.get(0).word();
        } else {
            // none limits, but they differ (allowed here, silent there): the least committal word first
            word = words.stream().map(ProfileSpec.AnswerWord::word).distinct()
                    .reduce((a, b) -> a + "/" + b).orElseThrow();
        }
        return new PlaceProfile.ItemAnswer(map, item, word, all && !words.isEmpty(), partly, List.copyOf(qs));
    }

    private LawAnswer answer(Place place, Map<String, Object> facts, Map<String, String> readings,
                             Map<Map<String, Object>, LawAnswer> memo) {
        return memo.computeIfAbsent(facts, f -> {
            Case c = law.catalog().vocabulary().with(null, place.date(), f);
            return law.answer(c, place.date(), place.jurisdiction(), readings, List.of());
        });
    }
}
