package org.icerules.analysis;

import org.icerules.model.verdicts.Verdict;

import java.util.List;

/** "Why not": a smallest change of one or two facts that flips the status, and the verdict it would get. */
public record Counterfactual(List<Change> changes, Verdict verdict) {
}
