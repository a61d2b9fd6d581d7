package org.icerules.model.facts;

/** Where the step would happen (fact {@code place}). */
public enum Place implements FactValue {
    JAIL, POLICE_FACILITY, COURTHOUSE, PROBATION_OFFICE, CITY_OFFICE, STREET
}
