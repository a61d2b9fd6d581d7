package org.icerules.model.law;

/**
 * A regime's standing on a case's date: in force, not yet in force, no longer in force, or never
 * law at all (a draft, a bill that failed). Reports say it wherever a regime's answer is shown,
 * so that an answer a regime gives outside its time is read as the hypothesis it is.
 */
public enum Standing {
    IN_FORCE("in-force"),
    NOT_YET("not-yet-in-force"),
    NO_LONGER("no-longer-in-force"),
    NEVER("never-law");

    private final String wire;

    Standing(String wire) {
        this.wire = wire;
    }

    /** The value in JSON and on the command line. */
    public String wire() {
        return wire;
    }

    public boolean inForce() {
        return this == IN_FORCE;
    }
}
