package org.icerules.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Status;

/**
 * One hypothetical case from a scenario file.
 *
 * @param facts         the facts; a fact named in {@code unknown} holds its default here, a
 *                      placeholder never used for a definite answer
 * @param readings      the interpretation switches the file chooses (switch → value)
 * @param expect        regime id → action → expected status, checked by {@code test}
 * @param file          the file it came from; {@code line} where its document starts
 * @param unknown       the facts the file says are not known ({@code fact: unknown}), by spec name
 * @param expectDepends regime id → action → the unknown facts the answer is expected to depend
 *                      on ({@code depends}); an empty set means "on some of them"
 * @param jurisdiction  the place of the case (an id of rules/jurisdictions.yaml): it is run through
 *                      the regimes of that place and of those containing it; null when the rules
 *                      folder names no places (every regime applies)
 */
public record Scenario(String id, String title, LocalDate date, String source, String notes,
                       Case facts, Map<String, String> readings,
                       Map<String, Map<Action, Status>> expect, String file, int line,
                       Set<String> unknown, Map<String, Map<Action, Set<String>>> expectDepends,
                       String jurisdiction) {
    public Scenario {
        // kept in the order given (the loader gives spec order): output names them the same way every run
        unknown = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(unknown));
    }

    /** A scenario of no particular place. */
    public Scenario(String id, String title, LocalDate date, String source, String notes,
                    Case facts, Map<String, String> readings,
                    Map<String, Map<Action, Status>> expect, String file, int line,
                    Set<String> unknown, Map<String, Map<Action, Set<String>>> expectDepends) {
        this(id, title, date, source, notes, facts, readings, expect, file, line, unknown, expectDepends, null);
    }

    /** A scenario whose every fact is known. */
    public Scenario(String id, String title, LocalDate date, String source, String notes,
                    Case facts, Map<String, String> readings,
                    Map<String, Map<Action, Status>> expect, String file, int line) {
        this(id, title, date, source, notes, facts, readings, expect, file, line, Set.of(), Map.of());
    }

    /** Whether some fact is unknown, so the answers may be contingent. */
    public boolean hasUnknowns() {
        return !unknown.isEmpty();
    }
}
