package org.icerules.engine;

import org.icerules.model.Case;
import org.icerules.model.FactSchema;
import org.icerules.model.FactSpec;
import org.icerules.model.FactType;
import org.icerules.model.FactValue;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.Function;

/**
 * Fast reads of a case's facts, and the {@code fact = value} lines of a verdict's because,
 * spelled once per enum constant and boolean instead of per verdict (resolving spent most of
 * its time reflecting on the record and lower-casing enum names).
 */
final class FactLines {
    private static final List<FactSpec> FACTS = FactSchema.facts();
    private static final FactSpec[] BY_INDEX = byIndex();
    private static final Function<Case, Object>[] READERS = readers();
    private static final String[][] LINES = lines();

    private FactLines() {
    }

    /** The value of the fact in the case (same as {@link FactSpec#get}, without reflection). */
    static Object get(FactSpec f, Case c) {
        int i = position(f);
        return i >= 0 ? READERS[i].apply(c) : f.get(c);
    }

    /** {@code name = value} in wire spelling, exactly as {@code f.name() + " = " + f.format(f.get(c))}. */
    static String line(FactSpec f, Case c) {
        int i = position(f);
        if (i < 0) {
            return f.name() + " = " + f.format(f.get(c));
        }
        Object v = READERS[i].apply(c);
        String[] known = LINES[i];
        if (v instanceof Enum<?> e && known != null) {
            return known[e.ordinal()];
        }
        if (v instanceof Boolean b && known != null) {
            return known[b ? 1 : 0];
        }
        return f.name() + " = " + f.format(v);
    }

    /** The slot of this fact in the tables (its record component index), or -1 for a spec we do not know. */
    private static int position(FactSpec f) {
        int i = f.index();
        return i >= 0 && i < BY_INDEX.length && BY_INDEX[i] == f ? i : -1;
    }

    private static FactSpec[] byIndex() {
        FactSpec[] out = new FactSpec[FACTS.stream().mapToInt(FactSpec::index).max().orElse(-1) + 1];
        FACTS.forEach(f -> out[f.index()] = f);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Function<Case, Object>[] readers() {
        Function<Case, Object>[] out = new Function[BY_INDEX.length];
        FACTS.forEach(f -> out[f.index()] = reader(f));
        return out;
    }

    private static String[][] lines() {
        String[][] out = new String[BY_INDEX.length][];
        for (FactSpec f : FACTS) {
            int i = f.index();
            if (f.type() == FactType.ENUM) {
                Object[] constants = f.javaType().getEnumConstants();
                out[i] = new String[constants.length];
                for (Object c : constants) {
                    out[i][((Enum<?>) c).ordinal()] = f.name() + " = " + ((FactValue) c).wire();
                }
            } else if (f.type() == FactType.BOOL) {
                out[i] = new String[]{f.name() + " = " + f.format(false), f.name() + " = " + f.format(true)};
            }
        }
        return out;
    }

    /** A lambda over the record accessor: as fast as a direct call once compiled. */
    @SuppressWarnings("unchecked")
    static Function<Case, Object> reader(FactSpec f) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle getter = lookup.unreflect(Case.class.getMethod(f.field()));
            Class<?> t = f.javaType();
            Class<?> boxed = t == boolean.class ? Boolean.class : t == double.class ? Double.class : t;
            return (Function<Case, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                    getter, MethodType.methodType(boxed, Case.class)).getTarget().invokeExact();
        } catch (Throwable e) {
            return f::get; // still correct, only slower
        }
    }
}
