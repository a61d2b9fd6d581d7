package org.icerules.law;

import org.icerules.model.facts.Action;
import org.icerules.model.law.Regime;
import org.icerules.model.law.ValidityEvent;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One regime as a layer of the law in force on a date.
 *
 * @param hypothetical added with {@code --include}: not in force on the date, shown "as if passed"
 * @param standing     the regime's dated changes of standing on or before the date (injunctions…)
 */
public record Layer(Regime regime, boolean hypothetical, List<ValidityEvent> standing) {

    public Layer {
        standing = List.copyOf(standing);
    }

    public String id() {
        return regime.id();
    }

    /** Grant conditions bind only by contract: they never decide what the law is. */
    public boolean isLaw() {
        return !regime().isGrantCondition();
    }

    /** The level's place in rules/categories.yaml, from the most local (0) up: a higher rank is a higher layer. */
    public int rank() {
        return regime().levelRank();
    }

    /**
     * The switch values the dated record puts in force on the date (switch → value): each
     * event's {@code reading}, a later event overriding an earlier one. The law view reads the
     * layer with these unless the user chose a value (a what-if).
     */
    public Map<String, String> recordReadings() {
        Map<String, String> out = new TreeMap<>();
        standing.forEach(e -> out.putAll(e.readings()));
        return out;
    }

    /** The changes of standing that concern this action, oldest first. */
    public List<ValidityEvent> standingFor(Action action) {
        return standing.stream().filter(e -> e.concerns(action)).toList();
    }
}
