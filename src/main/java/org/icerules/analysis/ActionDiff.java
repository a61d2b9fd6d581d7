package org.icerules.analysis;

import org.icerules.model.facts.Action;

import java.util.List;

/**
 * Two regimes compared on one action over every case of its fact space.
 *
 * @param axes        the axes enumerated (facts either regime's rules read, date, switches)
 * @param cases       how many cases were enumerated
 * @param disagreeing how many of them the regimes answer differently
 */
public record ActionDiff(Action action, List<String> axes, long cases, long disagreeing, List<DiffPattern> patterns) {
}
