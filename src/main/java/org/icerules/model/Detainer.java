package org.icerules.model;

/** Whether ICE lodged a civil immigration detainer (fact {@code detainer}). */
public enum Detainer implements FactValue {
    NONE, I_247A
}
