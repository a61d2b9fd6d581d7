package org.icerules.model;

/** What the requested step is for (fact {@code purpose}). */
public enum Purpose implements FactValue {
    CIVIL_IMMIGRATION, CRIMINAL_INVESTIGATION, PEACEKEEPING, PRISONER_TRANSFER
}
