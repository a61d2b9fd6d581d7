package org.icerules.engine;

import org.icerules.model.facts.Case;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.facts.FactValue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code fact = value} lines of a verdict's because, spelled once per enum constant and
 * boolean instead of per verdict (resolving spent much of its time lower-casing enum names).
 */
final class FactLines {
    /** Per vocabulary (few per process, each made once): the lines of each fact, by fact index. */
    private static final Map<Vocabulary, String[][]> TABLES = new ConcurrentHashMap<>();

    private FactLines() {
    }

    /** {@code name = value} in wire spelling, exactly as {@code f.name() + " = " + f.format(f.get(c))}. */
    static String line(FactSpec f, Case c) {
        Vocabulary v = c.vocabulary();
        Object value = f.get(c);
        int i = f.index();
        if (v == null || i >= v.facts().size() || v.facts().get(i) != f) {
            return f.name() + " = " + f.format(value);
        }
        String[] known = TABLES.computeIfAbsent(v, FactLines::lines)[i];
        if (value instanceof Enum<?> e && known != null) {
            return known[e.ordinal()];
        }
        if (value instanceof Boolean b && known != null) {
            return known[b ? 1 : 0];
        }
        return f.name() + " = " + f.format(value);
    }

    private static String[][] lines(Vocabulary v) {
        String[][] out = new String[v.facts().size()][];
        for (FactSpec f : v.facts()) {
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
