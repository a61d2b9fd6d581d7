package org.icerules.model.facts;

/** The three kinds of fact in the scenario format. */
public enum FactType {
    ENUM, BOOL, NUMBER;

    public String wire() {
        return switch (this) {
            case ENUM -> "enum";
            case BOOL -> "bool";
            case NUMBER -> "number";
        };
    }
}
