package org.icerules.model.facts;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One public fact: its spec name, the {@link Case} field that holds it, its type, its
 * allowed values (for enums, in wire spelling), its default and a plain-words label.
 */
public record FactSpec(String name, String field, FactType type, Class<?> javaType,
                       List<String> values, Object defaultValue, String doc, int index,
                       Function<Case, Object> getter) {

    /** The value of this fact in a case (boxed). */
    public Object get(Case c) {
        return getter.apply(c);
    }

    /** The wire spelling of a value of this fact: {@code i-247a}, {@code true}, {@code 0.5}. */
    public String format(Object value) {
        return FactSchema.formatValue(value);
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
