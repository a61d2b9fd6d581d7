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
        return from != null && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
