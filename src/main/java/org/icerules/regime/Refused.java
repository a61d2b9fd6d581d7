package org.icerules.regime;

/**
 * A construct in a rule that the analysis cannot account for (or a name it does not know),
 * with its 1-based line and column. The first one stops the reading of that rule, so what
 * follows from it is never reported as well.
 */
final class Refused extends Exception {
    private final int line;
    private final int column;

    Refused(int[] at, String message) {
        super(message, null, false, false);
        this.line = at[0];
        this.column = at[1];
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
