package org.icerules.model.facts;

/**
 * The written consent form before an ICE interview (fact {@code interview-consent}; California's
 * TRUTH Act): {@code none} = no form given yet; {@code consented} = the form was given and the
 * person agreed to be interviewed; {@code declined} = the form was given and the person declined.
 */
public enum InterviewConsent implements FactValue {
    NONE, CONSENTED, DECLINED
}
