package org.icerules.model;

/** How firmly a provision rests on the law's own words (reference: regimes.md, opening). */
public enum Basis {
    /** Read from the enacted or published text. */
    TEXT,
    /** From contemporaneous reporting; the text was not available. */
    REPORTED,
    /** Inferred by the reference's authors from surrounding facts. */
    INFERRED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
