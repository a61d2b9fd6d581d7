package org.icerules.profile;

import java.time.LocalDate;

/** A jurisdiction (an id of rules/jurisdictions.yaml) on a date: one column of a profile. */
public record Place(String jurisdiction, LocalDate date) {

    /** "ID@YYYY-MM-DD", the spelling of {@code --place}. */
    @Override
    public String toString() {
        return jurisdiction + "@" + date;
    }
}
