package org.icerules.model.facts;

/**
 * The chosen value of one interpretation switch, inserted as a fact so rules can match on
 * it: {@code Reading( name == "some-order.warrant", value == "any-warrant" )}.
 */
public record Reading(String name, String value) {
}
