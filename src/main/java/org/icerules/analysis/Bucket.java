package org.icerules.analysis;

/**
 * A stretch of a number or date axis that no rule can tell apart: between two thresholds the
 * rules compare against, or exactly at one. {@code representative} is the value tried for it.
 * A null bound means the axis is open on that side.
 */
public record Bucket(Comparable<?> representative, Comparable<?> lower, boolean lowerInclusive,
                     Comparable<?> upper, boolean upperInclusive) {

    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean contains(Comparable value) {
        if (lower != null) {
            int c = value.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = value.compareTo(upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }

    public boolean isPoint() {
        return lower != null && lower.equals(upper);
    }
}
