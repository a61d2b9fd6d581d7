package org.icerules.model;

import java.util.List;

/** An interpretation switch a regime declares: a named reading of unclear text. */
public record SwitchSpec(String name, List<String> values, String defaultValue, String meaning, String regime) {
}
