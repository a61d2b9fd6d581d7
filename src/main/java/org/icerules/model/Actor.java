package org.icerules.model;

/** Who in the city would take the step (fact {@code actor}). */
public enum Actor implements FactValue {
    SHERIFF_DEPUTY, POLICE_OFFICER, CITY_PROBATION_OFFICER, STATE_PROBATION_OFFICER, PRETRIAL_OFFICER, CITY_EMPLOYEE, ICE_AGENT
}
