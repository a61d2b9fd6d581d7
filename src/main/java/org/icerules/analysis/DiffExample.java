package org.icerules.analysis;

import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Verdict;

import java.util.Map;

/** One concrete case a pattern covers, with what each regime says of it. */
public record DiffExample(Case facts, Map<String, String> readings, Verdict first, Verdict second) {
}
