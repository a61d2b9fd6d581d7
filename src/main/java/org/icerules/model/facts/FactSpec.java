package org.icerules.model.facts;

import java.util.List;
import java.util.Optional;

/**
 * One public fact of a {@link Vocabulary}: its spec name, the {@link Case} field that holds it
 * (as DRL names it), its type, its allowed values (for enums, in wire spelling), its default,
 * a plain-words label and its place in the vocabulary.
 *
 * @param javaType the generated enum of an enum fact; Boolean or Double otherwise
 */
public record FactSpec(String name, String field, FactType type, Class<?> javaType,
                       List<String> values, Object defaultValue, String doc, int index,
                       FactDefinition definition) {

    /** The value of this fact in a case (boxed). */
    public Object get(Case c) {
        return c.get(index);
    }

    /** The wire spelling of a value of this fact: {@code i-247a}, {@code true}, {@code 0.5}. */
    public String format(Object value) {
        return Vocabulary.formatValue(value);
    }

    /** The short question a form asks. */
    public String question() {
        return definition.question();
    }

    /** The enum constant whose wire name is {@code wire}, if this is an enum fact. */
    public Optional<Object> enumValue(String wire) {
        if (type != FactType.ENUM) {
            return Optional.empty();
        }
        for (Object constant : javaType.getEnumConstants()) {
            if (((FactValue) constant).wire().equals(wire)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** All values an enum or bool fact can take, as Java objects, in declaration order. */
    public List<Object> domain() {
        return switch (type) {
            case ENUM -> List.of(javaType.getEnumConstants());
            case BOOL -> List.of(false, true);
            case NUMBER -> List.of(defaultValue);
        };
    }
}
