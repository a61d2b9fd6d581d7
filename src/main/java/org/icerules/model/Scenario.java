package org.icerules.model;

import java.time.LocalDate;
import java.util.Map;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Status;

/**
 * One hypothetical case from a scenario file.
 *
 * @param readings the interpretation switches the file chooses (switch → value)
 * @param expect   regime id → action → expected status, checked by {@code test}
 * @param file     the file it came from; {@code line} where its document starts
 */
public record Scenario(String id, String title, LocalDate date, String source, String notes,
                       Case facts, Map<String, String> readings,
                       Map<String, Map<Action, Status>> expect, String file, int line) {
}
