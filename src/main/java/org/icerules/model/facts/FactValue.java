package org.icerules.model.facts;

/** A value of an enumerated fact. Its wire name is the spec's kebab-case spelling. */
public interface FactValue {
    String name();

    /** {@code SOME_VALUE} → {@code some-value}; {@code FORM_9X} → {@code form-9x}. */
    default String wire() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
