package org.icerules.model.law;

import java.util.List;

/**
 * An interpretation switch a regime declares: a named reading of unclear text, with what each
 * value means, who holds it and its sources ({@code readings}; may be empty for a switch that
 * has not been documented value by value).
 */
public record SwitchSpec(String name, List<String> values, String defaultValue, String meaning, String regime,
                         List<SwitchReading> readings) {
    public SwitchSpec(String name, List<String> values, String defaultValue, String meaning, String regime) {
        this(name, values, defaultValue, meaning, regime, List.of());
    }

    /** The documented reading for one value, if any. */
    public SwitchReading reading(String value) {
        return readings.stream().filter(r -> r.value().equals(value)).findFirst().orElse(null);
    }
}
