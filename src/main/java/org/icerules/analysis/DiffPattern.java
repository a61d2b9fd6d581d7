package org.icerules.analysis;

import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;

import java.util.List;

/**
 * Where two regimes part ways on an action: when every condition holds, the first regime says
 * {@code first} and the second says {@code second}.
 *
 * @param cases   how many enumerated cases the pattern covers (every one of them disagrees this way)
 * @param example one of them (the one with the fewest facts away from their defaults)
 */
public record DiffPattern(Action action, Status first, Status second, List<Condition> conditions, long cases,
                          DiffExample example) {
}
