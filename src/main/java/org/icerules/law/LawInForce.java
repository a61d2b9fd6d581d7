package org.icerules.law;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.law.Regime;
import org.icerules.model.law.ValidityEvent;
import org.icerules.model.verdicts.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which regimes were law on a date in a place, and what they say together. A regime is in
 * force when its jurisdiction is the place or contains it and its {@code validity} covers the
 * date; drafts, proposals and failed bills never are. {@code include} adds regimes "as if in
 * force" to see what they would have changed. The date is a fact of the case, never the
 * engine's clock.
 */
public final class LawInForce {
    private final Evaluator evaluator;
    private final Jurisdictions jurisdictions;

    /** The place's name for a title ("City and County of Denver"), or its id when unknown. */
    public String placeName(String jurisdiction) {
        return jurisdictions.name(jurisdiction);
    }

    public LawInForce(Evaluator evaluator, Jurisdictions jurisdictions) {
        this.evaluator = evaluator;
        this.jurisdictions = jurisdictions;
    }

    public RegimeCatalog catalog() {
        return evaluator.catalog();
    }

    /** True if the regime was law on that day (status and validity alone; place aside). */
    public static boolean inForce(Regime r, LocalDate day) {
        return !r.neverInForce() && r.validity().inForceOn(day);
    }

    /**
     * The day an included regime is taken to start when it never was in force: its validity
     * {@code from} if it has one, else its earliest named date ("had it passed then").
     */
    public static LocalDate hypotheticalStart(Regime r) {
        if (r.validity().from() != null) {
            return r.validity().from();
        }
        return r.dates().values().stream().min(LocalDate::compareTo).orElse(LocalDate.MIN);
    }

    /** Every regime that reaches the place (in catalog order: city, state, federal). */
    public List<CompiledRegime> reaching(String jurisdiction) {
        return catalog().regimes().stream()
                .filter(r -> jurisdictions.reaches(r.regime().jurisdiction(), jurisdiction)).toList();
    }

    /** The layers on {@code date} in {@code jurisdiction}; {@code include} adds regimes as if in force. */
    public List<Layer> layers(LocalDate date, String jurisdiction, Collection<String> include, boolean fromStartOnly) {
        include.forEach(catalog()::get);
        List<Layer> out = new ArrayList<>();
        for (CompiledRegime r : catalog().regimes()) {
            Regime g = r.regime();
            boolean included = include.contains(r.id());
            boolean here = jurisdictions.reaches(g.jurisdiction(), jurisdiction);
            if (here && inForce(g, date)) {
                out.add(new Layer(g, false, standing(g, date)));
            } else if (included && (!fromStartOnly || !date.isBefore(hypotheticalStart(g)))) {
                out.add(new Layer(g, true, standing(g, date)));
            }
        }
        return out;
    }

    /** The case on {@code date}: every action under every layer, combined. */
    public LawAnswer answer(Case facts, LocalDate date, String jurisdiction, Map<String, String> chosenReadings,
                            Collection<String> include) {
        return answer(facts, date, jurisdiction, chosenReadings, layers(date, jurisdiction, include, false));
    }

    LawAnswer answer(Case facts, LocalDate date, String jurisdiction, Map<String, String> chosenReadings,
                     List<Layer> layers) {
        Case onDate = facts.with(date, Map.of());
        Map<String, String> readings = new TreeMap<>();
        Map<String, String> fromRecord = new TreeMap<>();
        List<CompiledRegime> compiled = new ArrayList<>();
        Map<CompiledRegime, Map<String, String>> chosen = new java.util.IdentityHashMap<>();
        for (Layer l : layers) {
            CompiledRegime c = catalog().get(l.id());
            compiled.add(c);
            chosen.put(c, withRecord(l, chosenReadings, fromRecord));
            readings.putAll(Evaluator.readingsFor(c, chosen.get(c)));
        }
        List<List<Verdict>> perLayer = evaluator.evaluateEach(compiled, onDate, chosen::get);
        List<CombinedAnswer> answers = new ArrayList<>();
        for (Action a : facts.vocabulary().actions()) {
            List<LayerVerdict> lv = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                lv.add(new LayerVerdict(layers.get(i), perLayer.get(i).get(a.index())));
            }
            answers.add(LayerCombiner.combine(a, lv));
        }
        return new LawAnswer(date, jurisdiction, List.copyOf(layers), readings, fromRecord, List.copyOf(answers));
    }

    /**
     * The readings a layer is evaluated with: the dated record's (an injunction in force on the
     * date) under the user's own choices, which win — a value chosen on purpose is a what-if.
     * Records in {@code fromRecord} the record's values that were used.
     */
    static Map<String, String> withRecord(Layer l, Map<String, String> chosen, Map<String, String> fromRecord) {
        Map<String, String> out = new TreeMap<>(chosen);
        l.recordReadings().forEach((k, v) -> {
            if (!chosen.containsKey(k)) {
                out.put(k, v);
                fromRecord.put(k, v);
            }
        });
        return out;
    }

    public String checkJurisdiction(String id) {
        return jurisdictions.check(id, "--jurisdiction");
    }

    /** The events of a regime on or before the date, oldest first. */
    static List<ValidityEvent> standing(Regime r, LocalDate date) {
        return r.validity().events().stream().filter(e -> e.date() != null && !e.date().isAfter(date))
                .sorted(java.util.Comparator.comparing(ValidityEvent::date)).toList();
    }

    static InputException badRange(LocalDate from, LocalDate to) {
        return new InputException(new InputProblem("--from/--to", 0, 0, "to", "the range ends (" + to
                + ") before it starts (" + from + ")"));
    }
}
