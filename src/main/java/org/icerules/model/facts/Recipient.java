package org.icerules.model.facts;

/** Who would receive the information the city sends (fact {@code recipient}). */
public enum Recipient implements FactValue {
    ICE, CONSULATE, OTHER_AGENCY
}
