package org.icerules.model.facts;

/** The warrant that comes with ICE's request, if any (fact {@code warrant}). */
public enum Warrant implements FactValue {
    NONE, ADMINISTRATIVE, JUDICIAL, TRANSFER_WRIT
}
