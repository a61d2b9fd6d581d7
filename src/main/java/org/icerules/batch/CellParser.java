package org.icerules.batch;

import org.icerules.model.facts.FactSpec;
import org.icerules.yaml.DidYouMean;

/** A cell's text as a fact value, by the fact's type; the same spelling as in scenario files. */
public final class CellParser {
    private CellParser() {
    }

    /** The value, or null when the text is not one (see {@link #problem}). */
    public static Object parse(FactSpec f, String text) {
        switch (f.type()) {
            case BOOL -> {
                return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
            }
            case NUMBER -> {
                try {
                    double d = Double.parseDouble(text);
                    return Double.isFinite(d) && f.definition().within(d) && !text.isBlank() && isPlainNumber(text) ? d : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            default -> {
                return f.enumValue(text).orElse(null);
            }
        }
    }

    /** Why the text is not a value of the fact, or null when it is. */
    public static String problem(FactSpec f, String text) {
        if (parse(f, text) != null) {
            return null;
        }
        return switch (f.type()) {
            case BOOL -> "expected true or false, found '" + text + "'";
            case NUMBER -> "expected " + f.definition().numberRange() + ", found '" + text + "'";
            case ENUM -> "unknown value '" + text + "'" + DidYouMean.hint(text, f.values()) + "; allowed: "
                    + String.join(", ", f.values());
        };
    }

    // Java also reads "1d", "0x1p3" and "NaN"; a CSV cell should be a plain decimal
    private static boolean isPlainNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return true;
    }
}
