package org.icerules.model.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.icerules.model.facts.Action;

/**
 * A dated change in a regime's standing, e.g. {@code enjoined} on 2017-09-15 (with the case),
 * or {@code superseded}. The law-in-force view reads these and shows them next to what they
 * concern.
 *
 * @param actions  the actions the change concerns (e.g. an injunction against two conditions);
 *                 empty = the regime as a whole
 * @param readings the switch values the dated record puts in force from this day on (switch →
 *                 value), e.g. an injunction sets {@code some.switch = some-value}; the law
 *                 view uses them unless the user chooses a value (a what-if); empty = none
 */
public record ValidityEvent(LocalDate date, String change, String note, List<Action> actions,
                            Map<String, String> readings) {

    public ValidityEvent {
        actions = actions == null ? List.of() : List.copyOf(actions);
        readings = readings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(readings));
    }

    /** An event that sets no reading. */
    public ValidityEvent(LocalDate date, String change, String note, List<Action> actions) {
        this(date, change, note, actions, Map.of());
    }

    /** An event about the regime as a whole. */
    public ValidityEvent(LocalDate date, String change, String note) {
        this(date, change, note, List.of(), Map.of());
    }

    /** True if the change concerns this action (an event naming no action concerns them all). */
    public boolean concerns(Action action) {
        return actions.isEmpty() || actions.contains(action);
    }
}
