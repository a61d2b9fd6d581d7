package org.icerules.analysis;

import org.icerules.model.Regime;

import java.util.List;

/** Two regimes compared over the whole fact space, action by action (in action order). */
public record DiffResult(Regime first, Regime second, List<ActionDiff> actions) {

    public long disagreeing() {
        return actions.stream().mapToLong(ActionDiff::disagreeing).sum();
    }

    public List<DiffPattern> patterns() {
        return actions.stream().flatMap(a -> a.patterns().stream()).toList();
    }
}
