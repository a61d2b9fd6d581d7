package org.icerules.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one date format every input takes — scenario files, regime files, the JSON API and the
 * command line's date options: {@code YYYY-MM-DD}. Anything else ({@code 12/20/2016},
 * {@code 2016-1-5}, {@code 20161220}, a date with a time) is refused rather than guessed at,
 * since a guess can silently swap day and month. A day outside {@link #EARLIEST} to {@link #LATEST}
 * is refused too: no law here is that old or that far off, so such a year is a typo (0216 for
 * 2016), and every input keeps the same span.
 */
public final class IsoDate {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The first day any input may name. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The last day any input may name. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private IsoDate() {
    }

    /** The day, or empty when the text is not exactly a calendar day written YYYY-MM-DD. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(text); // strict: 2018-02-30 and 2018-13-01 are refused
            return inSpan(day) ? Optional.of(day) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Why the text is not a date, ending with what to write instead. */
    public static String problem(String text) {
        String found = "'" + text + "'";
        if (text != null && SHAPE.matcher(text).matches()) {
            try {
                if (!inSpan(LocalDate.parse(text))) {
                    return found + " is outside the dates this tool takes (" + EARLIEST + " to " + LATEST
                            + "); check the year";
                }
            } catch (DateTimeParseException notADay) {
                // said below
            }
            return found + " is not a day of the calendar; write YYYY-MM-DD, e.g. 2016-12-20";
        }
        return "expected a date, found " + found + "; write YYYY-MM-DD, e.g. 2016-12-20";
    }

    private static boolean inSpan(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }
}
