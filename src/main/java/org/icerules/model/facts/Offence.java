package org.icerules.model.facts;

/**
 * The gravest offence the person is booked on or was convicted of, where a regime's text lists
 * offences by name (fact {@code offence}); {@code other} is any offence no such list names.
 * The names are those of the Texas Penal Code (§§ 19.03, 19.02, 22.021, 20.06), the first list
 * the rules needed.
 */
public enum Offence implements FactValue {
    OTHER, CAPITAL_MURDER, MURDER, AGGRAVATED_SEXUAL_ASSAULT, CONTINUOUS_SMUGGLING_OF_PERSONS
}
