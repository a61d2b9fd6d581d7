package org.icerules.regime;

import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one DRL rule says, read from its metadata and its conditions before anything runs.
 *
 * @param provision       the provision it encodes ({@code @provision})
 * @param actions         the actions it concludes about ({@code @action}; "*" = all)
 * @param status          what it concludes ({@code @status}); null for a rule that only adds a note
 * @param overrides       the provisions it defeats on the same actions ({@code @overrides})
 * @param note            a caveat it attaches ({@code @note}), or null
 * @param reads           the facts its conditions read, by spec name, in spec order
 * @param readsDate       whether its conditions compare the case's date
 * @param switches        the interpretation switches it reads, with the values it tests
 * @param numberThresholds for each number fact, the constants it is compared against
 * @param dateThresholds  the days the case's date is compared against
 * @param file            the .drl file, as reported
 * @param line            the 1-based line of the rule in it
 * @param column          the 1-based column where the rule starts
 */
public record RuleInfo(String name, String regime, String provision, List<Action> actions, Status status,
                       List<String> overrides, String note, List<String> reads, boolean readsDate,
                       Map<String, Set<String>> switches, Map<String, Set<Double>> numberThresholds,
                       Set<LocalDate> dateThresholds, String file, int line, int column)
        implements Serializable {

    /** The same rule concluding about these actions (a rule read from the cache gets the vocabulary's own). */
    public RuleInfo withActions(List<Action> actions) {
        return new RuleInfo(name, regime, provision, actions, status, overrides, note, reads, readsDate, switches,
                numberThresholds, dateThresholds, file, line, column);
    }

    public boolean concludes(Action action) {
        return actions.contains(action);
    }

    /** A scope rule ({@code @overrides("*")}): it defeats every other non-scope provision on its actions. */
    public boolean overridesAll() {
        return overrides.contains("*");
    }

    public boolean isException() {
        return !overrides.isEmpty();
    }

    /** The class a rule is stored as in the rule-base cache (for its deserialization filter). */
    static final String STORED = Stored.class.getName();

    /** Stored as a plain class: see {@link Stored}. */
    @java.io.Serial
    private Object writeReplace() {
        return new Stored(this);
    }

    /**
     * A rule as the rule-base cache stores it. Java reads a record back through method handles it
     * builds on first use, a few dozen milliseconds of every cold start; a plain class's fields it
     * sets directly.
     */
    private static final class Stored implements Serializable {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String regime;
        private final String provision;
        private final List<Action> actions;
        private final Status status;
        private final List<String> overrides;
        private final String note;
        private final List<String> reads;
        private final boolean readsDate;
        private final Map<String, Set<String>> switches;
        private final Map<String, Set<Double>> numberThresholds;
        private final Set<LocalDate> dateThresholds;
        private final String file;
        private final int line;
        private final int column;

        Stored(RuleInfo r) {
            name = r.name;
            regime = r.regime;
            provision = r.provision;
            actions = r.actions;
            status = r.status;
            overrides = r.overrides;
            note = r.note;
            reads = r.reads;
            readsDate = r.readsDate;
            switches = r.switches;
            numberThresholds = r.numberThresholds;
            dateThresholds = r.dateThresholds;
            file = r.file;
            line = r.line;
            column = r.column;
        }

        @java.io.Serial
        private Object readResolve() {
            return new RuleInfo(name, regime, provision, actions, status, overrides, note, reads, readsDate, switches,
                    numberThresholds, dateThresholds, file, line, column);
        }
    }
}
