package org.icerules.model.law;

import java.util.List;
import org.icerules.model.facts.Action;

/**
 * A statute that forbids lower layers to restrict an act (regime.yaml {@code protects}): where
 * its provision permits one of these actions, a lower layer's prohibition of it is preempted.
 * 8 U.S.C. § 1373 protects sharing status information this way.
 *
 * @param provision the protecting provision (declared in the same regime.yaml)
 * @param actions   the acts lower layers may not prohibit or restrict
 * @param note      why, in plain words
 */
public record Protection(String provision, List<Action> actions, String note) {
}
