package org.icerules.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The law in force on one date, in one place, for one case: the layers and, for every action,
 * their combined answer.
 *
 * @param readings   the interpretation switches in force for the layers (switch → value)
 * @param fromRecord those of them the dated record chose (a layer's events), not the user
 */
public record LawAnswer(LocalDate date, String jurisdiction, List<Layer> layers, Map<String, String> readings,
                        Map<String, String> fromRecord, List<CombinedAnswer> answers) {
}
