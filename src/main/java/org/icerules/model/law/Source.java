package org.icerules.model.law;

/**
 * A public source a regime rests on: what it is, its date, where to read it, and a link to the
 * official or best public copy ({@code href}, may be null).
 */
public record Source(String title, String date, String where, String href) {
    public Source(String title, String date, String where) {
        this(title, date, where, null);
    }
}
