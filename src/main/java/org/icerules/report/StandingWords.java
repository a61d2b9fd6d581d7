package org.icerules.report;

import org.icerules.model.facts.Action;
import org.icerules.model.law.Regime;
import org.icerules.model.law.Standing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The words every report uses for a regime's standing on a case's date and for an action's
 * question, so that {@code run}, {@code compare}, {@code explain} and their HTML say the same.
 */
public final class StandingWords {
    private StandingWords() {
    }

    public static Standing standing(Regime r, LocalDate day) {
        return r.validity().standingOn(day);
    }

    /** The short mark under a column's name: empty when in force. */
    public static String mark(Standing s) {
        return switch (s) {
            case IN_FORCE -> "";
            case NOT_YET -> "not yet in force";
            case NO_LONGER -> "no longer in force";
            case NEVER -> "never law";
        };
    }

    /** The legend's sentence for a regime not in force on {@code day}; empty when in force. */
    public static String legend(Regime r, LocalDate day) {
        Standing s = standing(r, day);
        return switch (s) {
            case IN_FORCE -> "";
            case NOT_YET -> r.shortName() + ": not yet in force on " + day + " (in force from "
                    + r.validity().from() + ") — read its answers as a hypothesis";
            case NO_LONGER -> r.shortName() + ": no longer in force on " + day + " (in force until "
                    + r.validity().to() + ") — read its answers as a hypothesis";
            case NEVER -> r.shortName() + ": never law (" + r.status() + ") — its answers are a hypothesis";
        };
    }

    /** Every legend sentence for the regimes not in force on {@code day}, in column order. */
    public static List<String> legends(List<Regime> regimes, LocalDate day) {
        List<String> out = new ArrayList<>();
        regimes.forEach(r -> {
            String l = legend(r, day);
            if (!l.isEmpty()) {
                out.add(l);
            }
        });
        return out;
    }

    /**
     * The first cell of an action's row in a fitted table: the question, then the id on a line
     * of its own; piped (the stable layout), the id alone, as scripts read it.
     */
    static String actionCell(Action a, Layout layout) {
        return layout.fitted() ? question(a) + "\n" + a.id() : a.id();
    }

    /** "May the city keep the person in custody …?" */
    public static String question(Action a) {
        return "May the city " + a.question() + "?";
    }
}
