package org.icerules.model;

import java.time.LocalDate;

/**
 * A dated change in a regime's standing, e.g. {@code enjoined} on 2017-09-15 (with the case),
 * or {@code superseded}. The law-in-force view reads these.
 */
public record ValidityEvent(LocalDate date, String change, String note) {
}
