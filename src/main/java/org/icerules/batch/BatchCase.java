package org.icerules.batch;

import org.icerules.model.facts.Case;

import java.time.LocalDate;

/** One row of the export as a case: its place in the input, its id, its date and its facts. */
public record BatchCase(long line, String id, LocalDate date, Case facts) {
}
