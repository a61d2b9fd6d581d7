package org.icerules.engine;

import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSchema;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.FactValue;

import java.util.List;

/**
 * The {@code fact = value} lines of a verdict's because, spelled once per enum constant and
 * boolean instead of per verdict (resolving spent much of its time lower-casing enum names).
 */
final class FactLines {
    private static final List<FactSpec> FACTS = FactSchema.facts();
    private static final FactSpec[] BY_INDEX = byIndex();
    private static final String[][] LINES = lines();

    private FactLines() {
    }

    /** {@code name = value} in wire spelling, exactly as {@code f.name() + " = " + f.format(f.get(c))}. */
    static String line(FactSpec f, Case c) {
        int i = position(f);
        if (i < 0) {
            return f.name() + " = " + f.format(f.get(c));
        }
        Object v = f.get(c);
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
}
