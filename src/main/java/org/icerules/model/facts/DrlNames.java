package org.icerules.model.facts;

import java.util.Locale;

/**
 * How a rule names what the vocabulary declares: a fact {@code hours-until} is the field
 * {@code hoursUntil}; the values of {@code some-kind} are of type {@code SomeKind};
 * the value {@code form-9x} is the constant {@code FORM_9X}. Derived, so a vocabulary file never
 * spells a Java name and the two cannot drift.
 */
public final class DrlNames {
    private DrlNames() {
    }

    public static String field(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : kebab.toCharArray()) {
            if (ch == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }

    public static String type(String kebab) {
        String f = field(kebab);
        return f.isEmpty() ? f : Character.toUpperCase(f.charAt(0)) + f.substring(1);
    }

    public static String constant(String kebab) {
        return kebab.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
