package org.icerules.model.facts;

/** Whether ICE lodged a civil immigration detainer (fact {@code detainer}). */
public enum Detainer implements FactValue {
    NONE, I_247A
}
