package org.icerules.law;

import org.icerules.model.facts.Action;
import org.icerules.model.law.Protection;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Combines what each layer in force says of one action into one answer. Plain Java, no engine
 * state; each rule of combination is its own method, tested one by one:
 * <ol>
 *   <li>{@link #preemptions}: a higher statute that forbids restricting an act (8 U.S.C. § 1373)
 *       displaces a lower layer's prohibition of it — shown as preempted, never as deciding;</li>
 *   <li>{@link LevelPreemptions} (1b): a higher law that voids a named lower level's contrary rules
 *       (a state statute over its cities and counties) displaces them where its provision decides;
 *       its own answer — a requirement too — then stands;</li>
 *   <li>{@link #layerConflict}: a layer's own unresolved conflict is never hidden;</li>
 *   <li>{@link #requirementMeetsProhibition}: one layer requires what another forbids — a conflict
 *       between layers, both sides shown;</li>
 *   <li>{@link #prohibitionPrevails}: a binding prohibition at any level prevails over a
 *       permission at another;</li>
 *   <li>{@link #strongestAgreement}: otherwise a requirement, else a permission, else silence;</li>
 *   <li>{@link #grantRisks}: grant conditions are not law; where the law forbids what a
 *       condition requires, the award is at risk.</li>
 * </ol>
 */
public final class LayerCombiner {
    private LayerCombiner() {
    }

    /** A decision on the law layers alone. */
    public record Decision(Status status, List<LayerProvision> deciding, List<LayerProvision> gaveWay,
                           List<LayerProvision> conflicts) {
    }

    /** Every layer's verdict on {@code action} (law and grant conditions, in layer order) → one answer. */
    public static CombinedAnswer combine(Action action, List<LayerVerdict> layers) {
        List<LayerVerdict> laws = layers.stream().filter(l -> l.layer().isLaw()).toList();
        List<LayerVerdict> grants = layers.stream().filter(l -> !l.layer().isLaw()).toList();
        List<Preemption> preempted = allPreemptions(action, laws);
        Set<String> displaced = new HashSet<>();
        preempted.forEach(p -> displaced.add(p.preempted().regime()));
        List<LayerVerdict> standing = laws.stream().filter(l -> !displaced.contains(l.layer().id())).toList();
        Decision d = decide(standing);
        List<String> notes = new ArrayList<>();
        Set<String> decidingLayers = new HashSet<>();
        d.deciding().forEach(p -> decidingLayers.add(p.regime()));
        for (LayerVerdict l : standing) {
            if (decidingLayers.contains(l.layer().id())) {
                l.verdict().notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
            }
        }
        return new CombinedAnswer(action, d.status(), d.deciding(), d.gaveWay(), preempted, d.conflicts(),
                grantRisks(action, grants, d), layers, List.copyOf(notes));
    }

    /** Rules 2–5 in order, on the law layers left after preemption. */
    public static Decision decide(List<LayerVerdict> laws) {
        return layerConflict(laws)
                .or(() -> requirementMeetsProhibition(laws))
                .or(() -> prohibitionPrevails(laws))
                .orElseGet(() -> strongestAgreement(laws));
    }

    /**
     * Rule 1. For each layer whose protecting provision (regime.yaml {@code protects}) decides
     * this action as permitted, every lower layer that forbids the action is preempted — once,
     * by the first protecting provision that decides, however many protect the act.
     */
    public static List<Preemption> preemptions(Action action, List<LayerVerdict> laws) {
        List<Preemption> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LayerVerdict high : laws) {
            if (high.status() != Status.PERMITTED) {
                continue;
            }
            for (Protection pr : high.layer().regime().protects()) {
                if (!pr.actions().contains(action)) {
                    continue;
                }
                Optional<Provision> by = high.verdict().provisions().stream()
                        .filter(p -> p.id().equals(pr.provision())).findFirst();
                if (by.isEmpty()) {
                    continue;
                }
                for (LayerVerdict low : laws) {
                    if (low.layer().rank() < high.layer().rank() && low.status() == Status.FORBIDDEN) {
                        for (LayerProvision p : low.provisions()) {
                            if (seen.add(p.regime() + ":" + p.provision().id())) {
                                out.add(new Preemption(p, high.of(by.get(), Status.PERMITTED), pr.note()));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Rules 1 and 1b together: what a higher statute protects ({@link #preemptions}) and what a
     * higher law voids at named lower levels ({@link LevelPreemptions}); a lower provision is
     * listed once, under the first that displaces it.
     */
    public static List<Preemption> allPreemptions(Action action, List<LayerVerdict> laws) {
        List<Preemption> out = new ArrayList<>(preemptions(action, laws));
        Set<String> seen = new HashSet<>();
        out.forEach(p -> seen.add(p.preempted().regime() + ":" + p.preempted().provision().id()));
        for (Preemption p : LevelPreemptions.of(action, laws)) {
            if (seen.add(p.preempted().regime() + ":" + p.preempted().provision().id())) {
                out.add(p);
            }
        }
        return out;
    }

    /** Rule 2. A layer whose own provisions disagree stays a conflict in the combined answer. */
    public static Optional<Decision> layerConflict(List<LayerVerdict> laws) {
        List<LayerProvision> sides = new ArrayList<>();
        laws.stream().filter(l -> l.status() == Status.CONFLICT).forEach(l -> sides.addAll(l.provisions()));
        return sides.isEmpty() ? Optional.empty()
                : Optional.of(new Decision(Status.CONFLICT, sides, List.of(), sides));
    }

    /** Rule 3. A requirement in one layer meeting a prohibition in another: a conflict between layers. */
    public static Optional<Decision> requirementMeetsProhibition(List<LayerVerdict> laws) {
        List<LayerProvision> required = saying(laws, Status.REQUIRED);
        List<LayerProvision> forbidden = saying(laws, Status.FORBIDDEN);
        if (required.isEmpty() || forbidden.isEmpty()) {
            return Optional.empty();
        }
        List<LayerProvision> sides = new ArrayList<>(forbidden);
        sides.addAll(required);
        return Optional.of(new Decision(Status.CONFLICT, sides, List.of(), sides));
    }

    /** Rule 4. A binding prohibition at any level prevails over a permission at another. */
    public static Optional<Decision> prohibitionPrevails(List<LayerVerdict> laws) {
        List<LayerProvision> forbidden = saying(laws, Status.FORBIDDEN);
        if (forbidden.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Decision(Status.FORBIDDEN, forbidden, saying(laws, Status.PERMITTED), List.of()));
    }

    /** Rule 5. No prohibition: a requirement (permissions agree with it), else a permission, else silence. */
    public static Decision strongestAgreement(List<LayerVerdict> laws) {
        for (Status s : List.of(Status.REQUIRED, Status.PERMITTED)) {
            List<LayerProvision> p = saying(laws, s);
            if (!p.isEmpty()) {
                return new Decision(s, p, List.of(), List.of());
            }
        }
        return new Decision(Status.SILENT, List.of(), List.of(), List.of());
    }

    /**
     * Rule 6. Each grant condition that requires the action while the law forbids it (alone or
     * as one side of a conflict) puts the award at risk. Conditions never change the answer.
     */
    public static List<GrantRisk> grantRisks(Action action, List<LayerVerdict> grants, Decision law) {
        List<LayerProvision> forbidding = new ArrayList<>(new LinkedHashSet<>(
                law.deciding().stream().filter(p -> p.status() == Status.FORBIDDEN).toList()));
        if (forbidding.isEmpty()) {
            return List.of();
        }
        List<GrantRisk> out = new ArrayList<>();
        for (LayerVerdict g : grants) {
            for (LayerProvision c : g.provisions()) {
                if (c.status() == Status.REQUIRED) {
                    out.add(new GrantRisk(c, List.copyOf(forbidding), g.layer().regime().award(),
                            g.layer().standingFor(action)));
                }
            }
        }
        return out;
    }

    private static List<LayerProvision> saying(List<LayerVerdict> laws, Status status) {
        List<LayerProvision> out = new ArrayList<>();
        laws.stream().filter(l -> l.status() == status).forEach(l -> out.addAll(l.provisions()));
        return out;
    }
}
