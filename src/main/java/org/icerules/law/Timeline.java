package org.icerules.law;

import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Case;
import org.icerules.model.law.Regime;
import org.icerules.model.law.ValidityEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.icerules.analysis.Point;

/**
 * The combined answer for each action at every date where something changes: a layer comes
 * into or goes out of force, a change of standing (an injunction…), or a date written inside a
 * provision (a fund's launch). Candidate dates come from the regimes' data and rules; a date is
 * kept when the layers, their standing or any answer differs from the date before.
 */
public final class Timeline {

    /** One step: from {@code date} on (until the next point), the law reads {@code answer}. */
    public record Point(LocalDate date, List<String> changes, LawAnswer answer) {
    }

    /** A stretch of days over which one action's combined answer stays the same. */
    public record Segment(LocalDate from, LocalDate to, CombinedAnswer answer) {
    }

    private Timeline() {
    }

    /** The points merged, for one action, into stretches of the same answer; the last ends on {@code to}. */
    public static List<Segment> segments(List<Point> points, org.icerules.model.facts.Action action, LocalDate to) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            CombinedAnswer a = points.get(i).answer().answers().get(action.index());
            LocalDate end = i + 1 < points.size() ? points.get(i + 1).date().minusDays(1) : to;
            Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && signature(last.answer()).equals(signature(a))) {
                out.set(out.size() - 1, new Segment(last.from(), end, last.answer()));
            } else {
                out.add(new Segment(points.get(i).date(), end, a));
            }
        }
        return out;
    }

    public static List<Point> compute(LawInForce law, Case facts, String jurisdiction, Map<String, String> readings,
                                      Collection<String> include, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw LawInForce.badRange(from, to);
        }
        include.forEach(law.catalog()::get);
        List<Point> out = new ArrayList<>();
        LawAnswer previous = null;
        for (LocalDate d : candidates(law, jurisdiction, include, from, to)) {
            List<Layer> layers = law.layers(d, jurisdiction, include, true);
            LawAnswer now = law.answer(facts, d, jurisdiction, readings, layers);
            List<String> changes = previous == null ? List.of("start") : changes(previous, now);
            if (!changes.isEmpty()) {
                out.add(new Point(d, changes, now));
                previous = now;
            }
        }
        return out;
    }

    /** {@code from}, and every day inside (from, to] on which a reaching or included regime may change. */
    static TreeSet<LocalDate> candidates(LawInForce law, String jurisdiction, Collection<String> include,
                                         LocalDate from, LocalDate to) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (CompiledRegime r : law.catalog().regimes()) {
            Regime g = r.regime();
            boolean included = include.contains(r.id());
            if (!included && !law.reaching(jurisdiction).contains(r)) {
                continue;
            }
            if (g.validity().from() != null) {
                days.add(g.validity().from());
            }
            if (g.validity().to() != null) {
                days.add(g.validity().to().plusDays(1));
            }
            if (included) {
                days.add(LawInForce.hypotheticalStart(g));
            }
            g.validity().events().stream().map(ValidityEvent::date).filter(Objects::nonNull).forEach(days::add);
            for (RuleInfo rule : r.rules()) {
                for (LocalDate t : rule.dateThresholds()) {
                    days.add(t);               // onOrAfter / before change on the day
                    days.add(t.plusDays(1));   // onOrBefore / after change the day after
                }
            }
        }
        TreeSet<LocalDate> out = new TreeSet<>();
        out.add(from);
        days.stream().filter(d -> d.isAfter(from) && !d.isAfter(to)).forEach(out::add);
        return out;
    }

    /** What differs between two consecutive dates, in words; empty when nothing does. */
    static List<String> changes(LawAnswer before, LawAnswer after) {
        List<String> out = new ArrayList<>();
        Map<String, Layer> was = byId(before.layers());
        Map<String, Layer> is = byId(after.layers());
        for (Layer l : after.layers()) {
            if (!was.containsKey(l.id())) {
                out.add("+ " + l.id() + (l.hypothetical() ? " (as if in force)" : " comes into force"));
            }
        }
        for (Layer l : before.layers()) {
            if (!is.containsKey(l.id())) {
                out.add("- " + l.id() + " no longer in force");
            }
        }
        for (Layer l : after.layers()) {
            Layer old = was.get(l.id());
            if (old != null) {
                for (ValidityEvent e : l.standing()) {
                    if (!old.standing().contains(e)) {
                        out.add("~ " + l.id() + ": " + e.change() + (e.note() == null ? "" : " (" + e.note() + ")"));
                    }
                }
            }
        }
        for (int i = 0; i < after.answers().size(); i++) {
            CombinedAnswer a = before.answers().get(i);
            CombinedAnswer b = after.answers().get(i);
            if (!signature(a).equals(signature(b))) {
                out.add("= " + b.action().id() + ": " + difference(a, b));
            }
        }
        return out;
    }

    /** What a reader sees of an answer: status, deciding, preempted and grant risks (events are listed apart). */
    static String signature(CombinedAnswer a) {
        return a.status() + "|" + decidingIds(a)
                + "|" + a.preempted().stream().map(p -> p.preempted().provision().id()).toList()
                + "|" + a.grantRisks().stream().map(g -> g.condition().provision().id()).toList();
    }

    private static List<String> decidingIds(CombinedAnswer a) {
        return a.deciding().stream().map(p -> p.regime() + ":" + p.provision().id()).toList();
    }

    /** "silent → forbidden", "still forbidden, now decided by …", "now a grant at risk", … */
    static String difference(CombinedAnswer a, CombinedAnswer b) {
        if (a.status() != b.status()) {
            return a.status().wire() + " → " + b.status().wire();
        }
        List<String> parts = new ArrayList<>();
        if (!decidingIds(a).equals(decidingIds(b))) {
            parts.add("still " + b.status().wire() + ", now decided by " + LayerProvision.joined(b.deciding()));
        }
        if (a.preempted().isEmpty() != b.preempted().isEmpty()) {
            parts.add(b.preempted().isEmpty() ? "no longer preempting a lower provision" : "a lower provision now preempted");
        }
        if (a.grantRisks().isEmpty() != b.grantRisks().isEmpty()) {
            parts.add(b.grantRisks().isEmpty() ? "no grant at risk" : "a grant now at risk");
        }
        return parts.isEmpty() ? "still " + b.status().wire() + ", on other grounds" : String.join("; ", parts);
    }

    private static Map<String, Layer> byId(List<Layer> layers) {
        Map<String, Layer> m = new TreeMap<>();
        layers.forEach(l -> m.put(l.id(), l));
        return m;
    }
}
