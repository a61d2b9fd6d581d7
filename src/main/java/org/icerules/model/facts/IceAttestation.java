package org.icerules.model.facts;

/** What ICE attests about the person (fact {@code ice-attestation}). */
public enum IceAttestation implements FactValue {
    NONE, CONVICTED_GANG_MEMBER, CONVICTED_VIOLENT_FELON, TERRORISM_RISK
}
