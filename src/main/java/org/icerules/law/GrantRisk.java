package org.icerules.law;

import org.icerules.model.law.Award;
import org.icerules.model.law.ValidityEvent;

import java.util.List;

/**
 * A grant condition that requires what the law in force forbids: the city cannot meet it, so
 * the award is at risk.
 *
 * @param condition the condition's provision (what it requires)
 * @param against   the law's provisions that forbid it
 * @param award     the award at stake (null if the regime records none)
 * @param standing  the condition's changes of standing on or before the date (e.g. enjoined)
 */
public record GrantRisk(LayerProvision condition, List<LayerProvision> against, Award award,
                        List<ValidityEvent> standing) {
}
