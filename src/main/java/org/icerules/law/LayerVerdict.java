package org.icerules.law;

import org.icerules.model.verdicts.Claim;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.List;

/** What one layer says of one action, on the case's facts. */
public record LayerVerdict(Layer layer, Verdict verdict) {

    public Status status() {
        return verdict.status();
    }

    /** The deciding provisions, each with the status it concludes (both sides of a layer's own conflict). */
    public List<LayerProvision> provisions() {
        List<LayerProvision> out = new ArrayList<>();
        if (verdict.status() == Status.CONFLICT) {
            for (Claim c : verdict.claims()) {
                out.add(of(c.provision(), c.status()));
            }
        } else {
            for (Provision p : verdict.provisions()) {
                out.add(of(p, verdict.status()));
            }
        }
        return out;
    }

    public LayerProvision of(Provision p, Status s) {
        return new LayerProvision(layer.id(), layer.regime().shortName(), layer.regime().level(), p, s);
    }
}
