package org.icerules.analysis;

import org.icerules.model.facts.Vocabulary;
import org.icerules.model.law.Regime;

import java.util.List;
import java.util.Map;

/**
 * Two regimes compared over the whole fact space, action by action (in action order).
 *
 * @param fixed      the readings held fixed (with {@code --set}) instead of varied; usually empty
 * @param vocabulary the facts the cases are made of
 */
public record DiffResult(Regime first, Regime second, List<ActionDiff> actions, Map<String, String> fixed,
                         Vocabulary vocabulary) {

    public long disagreeing() {
        return actions.stream().mapToLong(ActionDiff::disagreeing).sum();
    }

    public List<DiffPattern> patterns() {
        return actions.stream().flatMap(a -> a.patterns().stream()).toList();
    }
}
