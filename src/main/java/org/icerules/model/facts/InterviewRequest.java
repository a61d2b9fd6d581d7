package org.icerules.model.facts;

/** How ICE asks to interview the person (fact {@code interview-request}). */
public enum InterviewRequest implements FactValue {
    NONE, IN_PERSON, PHONE, VIDEO
}
