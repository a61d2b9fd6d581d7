package org.icerules.law;

/** A lower layer's provision that a higher statute displaces on this action (e.g. § 28-250(a)(4) by § 1373). */
public record Preemption(LayerProvision preempted, LayerProvision by, String note) {
}
