package org.icerules.law;

import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;

import java.util.List;

/**
 * What the law in force, all layers together, says of one action.
 *
 * @param deciding   the provisions that decide (for a conflict: every side)
 * @param gaveWay    permissions that a prohibition of another layer prevails over
 * @param preempted  lower provisions displaced by a higher statute; never deciding
 * @param conflicts  a requirement meeting a prohibition (or a layer's own conflict): every side
 * @param grantRisks grant conditions requiring what the law forbids
 * @param layers     what each layer (grant conditions included) says, in layer order
 * @param notes      caveats the deciding provisions carry
 */
public record CombinedAnswer(Action action, Status status, List<LayerProvision> deciding,
                             List<LayerProvision> gaveWay, List<Preemption> preempted,
                             List<LayerProvision> conflicts, List<GrantRisk> grantRisks,
                             List<LayerVerdict> layers, List<String> notes) {
}
