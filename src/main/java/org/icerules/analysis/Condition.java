package org.icerules.analysis;

import java.util.List;

/**
 * One part of a pattern: an axis and the values it takes, e.g. {@code advised-of-rights = false}.
 *
 * @param name   the fact's spec name, {@code date}, or {@code reading <switch>}; for an either-or
 *               condition, the names joined by {@code " | "}
 * @param text   the condition as a reader checks it
 * @param values on an enum, bool or switch axis the allowed values (wire spelling); empty for
 *               ranges and either-or conditions
 */
public record Condition(String name, String text, List<String> values) {
}
