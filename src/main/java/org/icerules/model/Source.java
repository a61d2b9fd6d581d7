package org.icerules.model;

/** A public source a regime rests on: what it is, its date, and where to read it. */
public record Source(String title, String date, String where) {
}
