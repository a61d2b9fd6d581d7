package org.icerules.model.facts;

/**
 * The person's most serious criminal conviction, if any (fact {@code conviction}): a pending
 * charge is not a conviction. {@code illegal-entry-or-reentry} is a conviction under
 * 8 U.S.C. § 1325 or § 1326.
 */
public enum Conviction implements FactValue {
    NONE, MISDEMEANOR, FELONY, ILLEGAL_ENTRY_OR_REENTRY
}
