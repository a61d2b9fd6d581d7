package org.icerules.batch;

import java.util.List;

/**
 * One record as read from the export, before any mapping: its line in the file, the column
 * names (shared with the header for CSV) and the cell texts, in the same order.
 */
public record RawRow(long line, List<String> columns, List<String> values) {
}
