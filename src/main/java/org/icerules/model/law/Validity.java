package org.icerules.model.law;

import java.time.LocalDate;
import java.util.List;

/**
 * When a regime was in force: {@code from} (null for a draft that never was), {@code to}
 * (null while still in force), and dated changes of standing in between.
 */
public record Validity(LocalDate from, LocalDate to, List<ValidityEvent> events) {

    /** True if the regime was in force on that day (drafts and failed bills never are). */
    public boolean inForceOn(LocalDate day) {
        return standingOn(day) == Standing.IN_FORCE;
    }

    /**
     * The regime's standing on that day: never law when it has no {@code from} (a draft, a
     * proposal, a failed bill), else not yet, in force, or no longer, by its dates.
     */
    public Standing standingOn(LocalDate day) {
        if (from == null) {
            return Standing.NEVER;
        }
        if (day.isBefore(from)) {
            return Standing.NOT_YET;
        }
        return to != null && day.isAfter(to) ? Standing.NO_LONGER : Standing.IN_FORCE;
    }
}
