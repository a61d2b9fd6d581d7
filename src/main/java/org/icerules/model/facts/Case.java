package org.icerules.model.facts;

import java.time.LocalDate;

/**
 * The facts of one case, whatever its vocabulary: a date and facts read by index. The class a rule
 * matches as {@code Case( ... )}, with one typed field per fact, is generated from
 * {@code rules/vocabulary.yaml} and extends this one, so Java code reads facts through the
 * vocabulary ({@link #get(int)}) and never names one.
 */
public abstract class Case {
    private final Vocabulary vocabulary;
    private final LocalDate date;

    protected Case(Vocabulary vocabulary, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        this.vocabulary = vocabulary;
        this.date = date;
    }

    /** The vocabulary the case's facts belong to. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The day the actions would happen, compared as a fact, never through the engine's clock. */
    public LocalDate date() {
        return date;
    }

    public LocalDate getDate() {
        return date;
    }

    /** A copy with the facts given (by name) changed, and the date if not null. */
    public Case with(LocalDate date, java.util.Map<String, ?> values) {
        return vocabulary.with(this, date, values);
    }

    /** The value of the fact at that index of the vocabulary (boxed: Boolean, Double or the enum constant). */
    public abstract Object get(int index);

    /** How many facts the case holds. */
    public abstract int size();

    /** True if the case's date is on or after the ISO day given, e.g. {@code onOrAfter("2018-03-19")}. */
    public boolean onOrAfter(String isoDay) {
        return !date.isBefore(LocalDate.parse(isoDay));
    }

    /** True if the case's date is on or before the ISO day given. */
    public boolean onOrBefore(String isoDay) {
        return !date.isAfter(LocalDate.parse(isoDay));
    }

    /** True if the case's date is strictly before the ISO day given. */
    public boolean before(String isoDay) {
        return date.isBefore(LocalDate.parse(isoDay));
    }

    /** True if the case's date is strictly after the ISO day given. */
    public boolean after(String isoDay) {
        return date.isAfter(LocalDate.parse(isoDay));
    }
}
