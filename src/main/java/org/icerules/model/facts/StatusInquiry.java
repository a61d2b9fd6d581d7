package org.icerules.model.facts;

/**
 * How the city would find out someone's status (fact {@code status-inquiry}): by asking the
 * person, or by querying federal immigration authorities. 8 U.S.C. § 1373 protects requesting
 * status information from ICE, not asking the person.
 */
public enum StatusInquiry implements FactValue {
    ASK_PERSON, QUERY_ICE
}
