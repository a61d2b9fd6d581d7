package org.icerules.model.facts;

import java.util.List;

/**
 * One fact as {@code rules/vocabulary.yaml} declares it: its scenario name, type, allowed
 * values (enum), bounds (number), default (as a scenario spells it) and plain words. The
 * names a rule uses for it are derived ({@link DrlNames}), never declared.
 *
 * @param min the least value a number may take, or null
 * @param max the greatest value a number may take, or null
 */
public record FactDefinition(String name, FactType type, List<String> values, Double min, Double max,
                             String defaultValue, String label, String question) {
    public FactDefinition {
        values = List.copyOf(values);
    }

    /** The field a rule reads: {@code some-fact} → {@code someFact}. */
    public String field() {
        return DrlNames.field(name);
    }

    /** Whether a number lies within the fact's bounds (if any). */
    public boolean within(double d) {
        return (min == null || d >= min) && (max == null || d <= max);
    }

    /** "a number", with its bounds in plain words: {@code a number from 0 to 1000000}, {@code a number >= 0}. */
    public String numberRange() {
        if (min != null && max != null) {
            return "a number from " + Vocabulary.formatValue(min) + " to " + Vocabulary.formatValue(max);
        }
        return min != null ? "a number >= " + Vocabulary.formatValue(min)
                : max != null ? "a number <= " + Vocabulary.formatValue(max) : "a number";
    }

    /** The enum type a rule names its values by: {@code ice-attestation} → {@code IceAttestation}. */
    public String typeName() {
        return DrlNames.type(name);
    }
}
