package org.icerules.model;

/** Whether the place is open to the public (fact {@code area}). */
public enum Area implements FactValue {
    SECURE, PUBLIC
}
