package org.icerules.model.verdicts;

import java.util.Arrays;
import java.util.List;

/**
 * What a regime says of an action. {@code CONFLICT} is never concluded by a rule: the
 * resolver gives it when two provisions of one regime disagree and neither gives way.
 */
public enum Status {
    FORBIDDEN, PERMITTED, REQUIRED, SILENT, CONFLICT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Status byWire(String wire) {
        for (Status s : values()) {
            if (s.wire().equals(wire)) {
                return s;
            }
        }
        return null;
    }

    public static List<String> wires() {
        return Arrays.stream(values()).map(Status::wire).toList();
    }
}
