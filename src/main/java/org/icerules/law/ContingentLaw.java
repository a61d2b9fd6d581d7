package org.icerules.law;

import org.icerules.analysis.Condition;
import org.icerules.analysis.Contingency;
import org.icerules.analysis.Contingent;
import org.icerules.analysis.FactSpace;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.regime.CompiledRegime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The law in force while some facts are unknown: for each action, the layers are combined
 * (by {@link LayerCombiner}, as always) once per combination of the unknown facts' values, and
 * the combined answers summarised as a {@link Contingency}. Over time, the days on which a
 * layer may change are those of the timeline (they do not depend on the facts).
 */
public final class ContingentLaw {
    /** A stretch of days over which one action's contingent answer stays the same. */
    public record Segment(LocalDate from, LocalDate to, Contingency<CombinedAnswer> answer) {
    }

    private ContingentLaw() {
    }

    /** Every action on {@code date}, in action order. */
    public static List<Contingency<CombinedAnswer>> answer(LawInForce law, Case facts, LocalDate date,
                                                           String jurisdiction, Map<String, String> readings,
                                                           Collection<String> include, Set<String> unknown) {
        return onLayers(law, facts, date, jurisdiction, readings, law.layers(date, jurisdiction, include, false), unknown);
    }

    static List<Contingency<CombinedAnswer>> onLayers(LawInForce law, Case facts, LocalDate date, String jurisdiction,
                                                    Map<String, String> readings, List<Layer> layers,
                                                    Set<String> unknown) {
        Case onDate = facts.with(date, Map.of());
        List<CompiledRegime> regimes = layers.stream().map(l -> law.catalog().get(l.id())).toList();
        List<Contingency<CombinedAnswer>> out = new ArrayList<>();
        for (Action a : facts.vocabulary().actions()) {
            FactSpace space = FactSpace.ofUnknowns(regimes, a, onDate, readings, unknown, Contingent.LIMIT);
            out.add(Contingent.summarise(space, unknown,
                    p -> law.answer(p.facts(), date, jurisdiction, readings, layers).answers().get(a.index()),
                    CombinedAnswer::status,
                    c -> c.deciding().stream().map(lp -> lp.regime() + ":" + lp.provision().id()).toList()));
        }
        return out;
    }

    /** For each action, the stretches of {@code from..to} over which its contingent answer stays the same. */
    public static Map<Action, List<Segment>> timeline(LawInForce law, Case facts, String jurisdiction,
                                                      Map<String, String> readings, Collection<String> include,
                                                      LocalDate from, LocalDate to, Set<String> unknown) {
        if (to.isBefore(from)) {
            throw LawInForce.badRange(from, to);
        }
        include.forEach(law.catalog()::get);
        Map<Action, List<Segment>> out = new java.util.TreeMap<>(); // in vocabulary order
        List<LocalDate> days = new ArrayList<>(Timeline.candidates(law, jurisdiction, include, from, to));
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            LocalDate end = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : to;
            List<Contingency<CombinedAnswer>> now = onLayers(law, facts, d, jurisdiction, readings,
                    law.layers(d, jurisdiction, include, true), unknown);
            for (Action a : facts.vocabulary().actions()) {
                List<Segment> segments = out.computeIfAbsent(a, x -> new ArrayList<>());
                Contingency<CombinedAnswer> c = now.get(a.index());
                Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                if (last != null && signature(last.answer()).equals(signature(c))) {
                    segments.set(segments.size() - 1, new Segment(last.from(), end, last.answer()));
                } else {
                    segments.add(new Segment(d, end, c));
                }
            }
        }
        return out;
    }

    /** What a reader sees of a contingent answer: each branch's status, deciding provisions and conditions. */
    static String signature(Contingency<CombinedAnswer> c) {
        StringBuilder b = new StringBuilder();
        for (Contingency.Branch<CombinedAnswer> br : c.branches()) {
            b.append(br.status()).append(Timeline.signature(br.answer())).append('|');
            br.patterns().forEach(p -> p.stream().map(Condition::text).forEach(b::append));
            b.append(';');
        }
        return b.toString();
    }
}
