package org.icerules.model.facts;

/**
 * What the requested step is for (fact {@code purpose}). A criminal investigation of an
 * immigration offence (e.g. illegal entry or re-entry, 8 U.S.C. §§ 1325, 1326) is told apart
 * from any other criminal investigation, because some provisions reach the one and not the other.
 */
public enum Purpose implements FactValue {
    CIVIL_IMMIGRATION, CRIMINAL_INVESTIGATION, IMMIGRATION_CRIME_INVESTIGATION, PEACEKEEPING, PRISONER_TRANSFER
}
