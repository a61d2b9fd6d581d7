package org.icerules.model.law;

/**
 * What {@code rules/categories.yaml} says of a regime's level, kind and status, fixed when the
 * regime is read, so the rest of the code asks the regime and never names a category.
 *
 * @param levelRank      the level's place in the list, from the most local (0) up: a higher rank is a higher layer
 * @param grantCondition the kind binds only whoever accepts a grant, never as law ({@code binds: grant})
 * @param neverInForce   the status means the regime never was law, whatever its dates say
 */
public record RegimeTraits(int levelRank, boolean grantCondition, boolean neverInForce) {
    /** Law at the most local level that may be in force: for regimes built by hand (tests, fixtures). */
    public static final RegimeTraits LAW = new RegimeTraits(0, false, false);
}
