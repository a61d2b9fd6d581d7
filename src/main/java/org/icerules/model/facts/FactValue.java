package org.icerules.model.facts;

/** A value of an enumerated fact. Its wire name is the spec's kebab-case spelling. */
public interface FactValue {
    String name();

    /** {@code I_247A} → {@code i-247a}; {@code SHERIFF_DEPUTY} → {@code sheriff-deputy}. */
    default String wire() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
