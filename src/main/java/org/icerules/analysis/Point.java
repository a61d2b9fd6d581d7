package org.icerules.analysis;

import org.icerules.model.facts.Case;

import java.util.Arrays;
import java.util.Map;

/**
 * One case of a {@link FactSpace}: the value index on each axis, the facts it stands for and
 * the readings (switch → value) in force.
 */
public record Point(int[] indices, Case facts, Map<String, String> readings) {
    public Point {
        indices = indices.clone();
    }

    public int index(int dimension) {
        return indices[dimension];
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Point p && Arrays.equals(indices, p.indices) && facts.equals(p.facts)
                && readings.equals(p.readings);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indices) * 31 + facts.hashCode();
    }
}
