package org.icerules.model.facts;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fact vocabulary, read once from the {@link Fact} annotations on {@link Case}, so the
 * record is the single source of names, types, allowed values and defaults.
 */
public final class FactSchema {
    private static final List<FactSpec> FACTS;
    private static final Map<String, FactSpec> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, FactSpec> BY_FIELD = new LinkedHashMap<>();
    private static final Constructor<Case> CONSTRUCTOR;
    private static final Object[] DEFAULTS;

    static {
        RecordComponent[] components = Case.class.getRecordComponents();
        List<FactSpec> facts = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            DEFAULTS = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                Fact fact = rc.getAnnotation(Fact.class);
                if (fact == null) {
                    continue; // the date: a scenario-level value, not a fact
                }
                Class<?> t = rc.getType();
                FactType type = t == boolean.class ? FactType.BOOL
                        : t == double.class ? FactType.NUMBER : FactType.ENUM;
                List<String> values = type == FactType.ENUM
                        ? Arrays.stream(t.getEnumConstants()).map(e -> ((FactValue) e).wire()).toList()
                        : List.of();
                Function<Case, Object> getter = reader(lookup.unreflect(rc.getAccessor()), t);
                FactSpec spec = new FactSpec(fact.name(), rc.getName(), type, t, values, null, fact.doc(), i, getter);
                Object def = parseDefault(spec, fact.byDefault());
                spec = new FactSpec(fact.name(), rc.getName(), type, t, values, def, fact.doc(), i, getter);
                DEFAULTS[i] = def;
                facts.add(spec);
                BY_NAME.put(spec.name(), spec);
                BY_FIELD.put(spec.field(), spec);
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            CONSTRUCTOR = Case.class.getDeclaredConstructor(types);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        FACTS = Collections.unmodifiableList(facts);
    }

    private FactSchema() {
    }

    /**
     * A lambda over the record accessor: as fast as a direct call once compiled (a plain
     * {@code MethodHandle.invoke} per read was most of the resolver's time).
     */
    @SuppressWarnings("unchecked")
    private static Function<Case, Object> reader(MethodHandle accessor, Class<?> type) {
        Class<?> boxed = type == boolean.class ? Boolean.class : type == double.class ? Double.class : type;
        try {
            return (Function<Case, Object>) LambdaMetafactory.metafactory(MethodHandles.lookup(), "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                    accessor, MethodType.methodType(boxed, Case.class)).getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make a reader for " + accessor, e);
        }
    }

    private static Object parseDefault(FactSpec spec, String text) {
        return switch (spec.type()) {
            case BOOL -> Boolean.parseBoolean(text);
            case NUMBER -> Double.parseDouble(text);
            case ENUM -> spec.enumValue(text).orElseThrow(
                    () -> new IllegalStateException("bad default for " + spec.name() + ": " + text));
        };
    }

    /** Every fact, in the order of the scenario format. */
    public static List<FactSpec> facts() {
        return FACTS;
    }

    /** The fact of that spec name, or null. */
    public static FactSpec byName(String name) {
        return BY_NAME.get(name);
    }

    /** The fact held in that {@link Case} field (as DRL names it, e.g. {@code hoursUntilRelease}), or null. */
    public static FactSpec byField(String field) {
        return BY_FIELD.get(field);
    }

    public static Case defaults(LocalDate date) {
        return with(null, date, Map.of());
    }

    /** A case with the given facts (by spec name) set, the others taken from {@code base} or their defaults. */
    public static Case with(Case base, LocalDate date, Map<String, ?> values) {
        Object[] args = new Object[DEFAULTS.length];
        for (int i = 0; i < args.length - 1; i++) {
            args[i] = DEFAULTS[i];
        }
        if (base != null) {
            for (FactSpec f : FACTS) {
                args[f.index()] = f.get(base);
            }
        }
        for (Map.Entry<String, ?> e : values.entrySet()) {
            FactSpec f = BY_NAME.get(e.getKey());
            if (f == null) {
                throw new IllegalArgumentException("unknown fact: " + e.getKey());
            }
            args[f.index()] = e.getValue();
        }
        args[args.length - 1] = date != null ? date : base != null ? base.date() : null;
        try {
            return CONSTRUCTOR.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case's facts as spec name → wire value, in spec order. */
    public static Map<String, String> toWire(Case c) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FactSpec f : FACTS) {
            out.put(f.name(), formatValue(f.get(c)));
        }
        return out;
    }

    /** Wire spelling of a fact value: enum → kebab name, number → shortest decimal. */
    public static String formatValue(Object value) {
        if (value instanceof FactValue fv) {
            return fv.wire();
        }
        if (value instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
