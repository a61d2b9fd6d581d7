package org.icerules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated change in a regime's standing, e.g. {@code enjoined} on 2017-09-15 (with the case),
 * or {@code superseded}. The law-in-force view reads these and shows them next to what they
 * concern.
 *
 * @param actions the actions the change concerns (e.g. an injunction against two conditions);
 *                empty = the regime as a whole
 */
public record ValidityEvent(LocalDate date, String change, String note, List<Action> actions) {

    public ValidityEvent {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** An event about the regime as a whole. */
    public ValidityEvent(LocalDate date, String change, String note) {
        this(date, change, note, List.of());
    }

    /** True if the change concerns this action (an event naming no action concerns them all). */
    public boolean concerns(Action action) {
        return actions.isEmpty() || actions.contains(action);
    }
}
