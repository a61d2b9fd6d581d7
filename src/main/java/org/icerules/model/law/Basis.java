package org.icerules.model.law;

/** How firmly a provision rests on the law's own words (shown with every answer; see docs/glossary.md). */
public enum Basis {
    /** Read from the enacted or published text. */
    TEXT,
    /** From contemporaneous reporting; the text was not available. */
    REPORTED,
    /** Our reading of the surrounding facts; the provision's source says from what. */
    INFERRED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
