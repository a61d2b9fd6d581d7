package org.icerules.model.facts;

/** One action as {@code rules/vocabulary.yaml} declares it: its id and the question asked of each regime. */
public record ActionDefinition(String id, String question) {
}
