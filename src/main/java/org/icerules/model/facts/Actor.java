package org.icerules.model.facts;

/** Who would take the step (fact {@code actor}). */
public enum Actor implements FactValue {
    SHERIFF_DEPUTY, POLICE_OFFICER, STATE_PATROL_OFFICER, CITY_PROBATION_OFFICER, STATE_PROBATION_OFFICER,
    PRETRIAL_OFFICER, CITY_EMPLOYEE, ICE_AGENT
}
