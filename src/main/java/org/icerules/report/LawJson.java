package org.icerules.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.law.CombinedAnswer;
import org.icerules.law.GrantRisk;
import org.icerules.law.Layer;
import org.icerules.law.LawAnswer;
import org.icerules.law.LayerProvision;
import org.icerules.law.LayerVerdict;
import org.icerules.law.Preemption;
import org.icerules.model.law.Award;
import org.icerules.model.law.Regime;
import org.icerules.model.law.ValidityEvent;
import org.icerules.law.CombinedAnswer;
import org.icerules.law.GrantRisk;
import org.icerules.law.Layer;
import org.icerules.law.LawAnswer;
import org.icerules.law.LayerProvision;
import org.icerules.law.LayerVerdict;
import org.icerules.law.Preemption;
import org.icerules.model.law.Regime;

import java.util.List;

/** JSON of {@code law} and {@code timeline}, built field by field so the bytes never change between runs. */
public final class LawJson {
    private LawJson() {
    }

    /** {date, jurisdiction, layers, interpretations, actions: [...]} */
    public static ObjectNode answer(LawAnswer law) {
        ObjectNode n = Json.object();
        n.put("date", law.date().toString());
        n.put("jurisdiction", law.jurisdiction());
        ArrayNode layers = Json.array();
        law.layers().forEach(l -> layers.add(layer(l)));
        n.set("layers", layers);
        n.set("interpretations", Json.stringMap(law.readings()));
        n.set("interpretations-from-record", Json.stringMap(law.fromRecord()));
        ArrayNode actions = Json.array();
        law.answers().forEach(a -> actions.add(combined(a)));
        n.set("actions", actions);
        return n;
    }

    /** {regime (its id), the regime's summary fields, law, hypothetical, from, to, standing, award} */
    public static ObjectNode layer(Layer l) {
        Regime r = l.regime();
        ObjectNode n = Json.object();
        n.put("regime", r.id());
        JsonShapes.putRegimeSummary(n, r);
        n.put("law", l.isLaw());
        n.put("hypothetical", l.hypothetical());
        if (r.validity().from() != null) {
            n.put("from", r.validity().from().toString());
        } else {
            n.putNull("from");
        }
        if (r.validity().to() != null) {
            n.put("to", r.validity().to().toString());
        } else {
            n.putNull("to");
        }
        n.set("standing", JsonShapes.events(l.standing()));
        if (r.award() != null) {
            n.set("award", JsonShapes.award(r.award()));
        } else {
            n.putNull("award");
        }
        return n;
    }

    public static ObjectNode combined(CombinedAnswer a) {
        ObjectNode n = Json.object();
        n.put("action", a.action().id());
        n.put("status", a.status().wire());
        n.set("deciding", provisions(a.deciding()));
        n.set("gave-way", provisions(a.gaveWay()));
        ArrayNode pre = Json.array();
        for (Preemption p : a.preempted()) {
            ObjectNode pn = Json.object();
            pn.set("provision", provision(p.preempted()));
            pn.set("by", provision(p.by()));
            pn.put("ground", p.note());
            pre.add(pn);
        }
        n.set("preempted", pre);
        n.set("conflicts", provisions(a.conflicts()));
        ArrayNode risks = Json.array();
        for (GrantRisk g : a.grantRisks()) {
            ObjectNode gn = Json.object();
            gn.set("condition", provision(g.condition()));
            gn.set("against", provisions(g.against()));
            if (g.award() != null) {
                gn.set("award", JsonShapes.award(g.award()));
            } else {
                gn.putNull("award");
            }
            gn.set("standing", JsonShapes.events(g.standing()));
            risks.add(gn);
        }
        n.set("grant-at-risk", risks);
        n.set("notes", Json.strings(a.notes()));
        ArrayNode layers = Json.array();
        for (LayerVerdict lv : a.layers()) {
            ObjectNode ln = Json.object();
            ln.put("regime", lv.layer().id());
            ln.put("status", lv.status().wire());
            ln.set("provisions", JsonShapes.provisions(lv.verdict().provisions()));
            layers.add(ln);
        }
        n.set("layers", layers);
        return n;
    }

    static ArrayNode provisions(List<LayerProvision> ps) {
        ArrayNode a = Json.array();
        ps.forEach(p -> a.add(provision(p)));
        return a;
    }

    /** A provision as a layer says it: {regime, level, the provision (id, cite, title, basis), status}. */
    static ObjectNode provision(LayerProvision p) {
        ObjectNode n = Json.object();
        n.put("regime", p.regime());
        n.put("level", p.level());
        JsonShapes.putProvision(n, p.provision());
        n.put("status", p.status().wire());
        return n;
    }
}
