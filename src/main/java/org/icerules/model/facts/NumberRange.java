package org.icerules.model.facts;

/**
 * The values a number fact takes, for every input alike (scenario files, the JSON API, batch
 * cells): a finite number from {@link #MIN} to {@link #MAX}. The cap is far past any real case
 * (a million hours is 114 years) and refuses what is a typo or an attack, and what a form could
 * not show.
 */
public final class NumberRange {
    public static final double MIN = 0;
    public static final double MAX = 1_000_000;

    private NumberRange() {
    }

    public static boolean contains(double d) {
        return Double.isFinite(d) && d >= MIN && d <= MAX;
    }

    /** Whether the number is finite and not negative but over the cap. */
    public static boolean tooLarge(double d) {
        return Double.isFinite(d) && d > MAX;
    }

    /** The problem with a number over the cap, spelled as the input spelled it. */
    public static String tooLargeProblem(String spelled) {
        return "expected a number from 0 to 1000000, found " + spelled + " (larger than any number fact takes)";
    }
}
