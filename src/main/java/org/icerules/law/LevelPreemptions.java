package org.icerules.law;

import org.icerules.model.facts.Action;
import org.icerules.model.law.LevelPreemption;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A higher law voiding a lower level's contrary rule (regime.yaml {@code preempts}): a state
 * statute that forbids its cities and counties to limit a step, and itself requires or permits
 * it. Where the preempting provision decides the action, every lower layer of a named level that
 * says the contrary is preempted — void to the extent of the conflict — and the higher
 * provision's own answer stands when the remaining layers are combined (so a requirement stays
 * required). Contrary means: a prohibition against a requirement or permission, and a
 * requirement or permission against a prohibition. A lower layer that agrees, is silent or is in
 * conflict with itself is left alone; so is every layer when the preempting provision does not
 * decide (the higher law is silent there, or was not yet in force).
 */
public final class LevelPreemptions {
    private LevelPreemptions() {
    }

    /** The lower provisions voided on {@code action}, each once, by the first preempting provision that decides. */
    public static List<Preemption> of(Action action, List<LayerVerdict> laws) {
        List<Preemption> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LayerVerdict high : laws) {
            for (LevelPreemption lp : high.layer().regime().preempts()) {
                Optional<Provision> by = deciding(high, lp, action);
                if (by.isEmpty()) {
                    continue;
                }
                for (LayerVerdict low : laws) {
                    if (low.layer().rank() < high.layer().rank() && lp.levels().contains(low.layer().regime().level())
                            && contrary(high.status(), low.status())) {
                        for (LayerProvision p : low.provisions()) {
                            if (seen.add(p.regime() + ":" + p.provision().id())) {
                                out.add(new Preemption(p, high.of(by.get(), high.status()), because(lp)));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The preempting provision, if it is one of those that decide the higher layer's answer on this action. */
    static Optional<Provision> deciding(LayerVerdict high, LevelPreemption lp, Action action) {
        if (!lp.actions().contains(action) || high.status() == Status.SILENT || high.status() == Status.CONFLICT) {
            return Optional.empty();
        }
        return high.verdict().provisions().stream().filter(p -> p.id().equals(lp.provision())).findFirst();
    }

    /** True when a lower answer cannot stand beside the higher one. */
    static boolean contrary(Status higher, Status lower) {
        return switch (higher) {
            case REQUIRED, PERMITTED -> lower == Status.FORBIDDEN;
            case FORBIDDEN -> lower == Status.REQUIRED || lower == Status.PERMITTED;
            default -> false;
        };
    }

    private static String because(LevelPreemption lp) {
        return lp.note() == null || lp.note().isBlank() ? lp.ground() : lp.ground() + " — " + lp.note().strip();
    }
}
