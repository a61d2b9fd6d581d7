package org.icerules.model;

/** Why the person is eligible for release (fact {@code release-reason}; D.R.M.C. § 28-253(b)). */
public enum ReleaseReason implements FactValue {
    NONE, CHARGES_DROPPED, ACQUITTED, SENTENCE_SERVED, BOND_POSTED, PRETRIAL_SERVICES, OTHER
}
