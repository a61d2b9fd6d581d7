package org.icerules.model;

/** The most serious pending charge (fact {@code criminal-charge}). */
public enum CriminalCharge implements FactValue {
    NONE, MUNICIPAL, MISDEMEANOR, FELONY, VIOLENT_FELONY
}
