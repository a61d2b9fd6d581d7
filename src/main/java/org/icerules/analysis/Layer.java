package org.icerules.analysis;

import org.icerules.model.Action;
import org.icerules.model.Regime;
import org.icerules.model.ValidityEvent;

import java.util.List;

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

    /** The changes of standing that concern this action, oldest first. */
    public List<ValidityEvent> standingFor(Action action) {
        return standing.stream().filter(e -> e.concerns(action)).toList();
    }
}
