package org.icerules.analysis;

/**
 * One fact changed from the case's value to another.
 *
 * @param name  the fact's spec name (or {@code date})
 * @param from  its value in the case
 * @param to    the value tried (for a number or date: one value of the bucket)
 * @param range for a number or date, the bucket the new value stands for, e.g. {@code hours-until-release > 48}; else null
 */
public record Change(String name, String from, String to, String range) {

    /** {@code advised-of-rights: false → true}, {@code hours-until-release: 0.5 → 49 (hours-until-release > 48)}. */
    public String describe() {
        return name + ": " + from + " → " + to + (range == null ? "" : " (" + range + ")");
    }
}
