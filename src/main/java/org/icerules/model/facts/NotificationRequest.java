package org.icerules.model.facts;

/** How ICE asked to be told of the release (fact {@code notification-request}). */
public enum NotificationRequest implements FactValue {
    NONE, WRITTEN, VERBAL
}
