package org.icerules.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.analysis.ActionDiff;
import org.icerules.analysis.Change;
import org.icerules.analysis.CheckResult;
import org.icerules.analysis.Comparison;
import org.icerules.analysis.Condition;
import org.icerules.analysis.Counterfactual;
import org.icerules.analysis.DiffExample;
import org.icerules.analysis.DiffPattern;
import org.icerules.analysis.DiffResult;
import org.icerules.analysis.Explanation;
import org.icerules.analysis.SweepResult;
import org.icerules.regime.RuleInfo;
import org.icerules.model.verdicts.Claim;
import org.icerules.model.law.Provision;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.verdicts.Verdict;

import java.util.List;
import org.icerules.model.law.SwitchSpec;

/** JSON for compare, explain, diff, sweep and check: field by field, so the bytes never change between runs. */
public final class AnalysisJson {
    private AnalysisJson() {
    }

    public static ObjectNode comparison(Comparison c) {
        ObjectNode n = Json.object();
        n.put("id", c.scenario().id());
        n.put("title", c.scenario().title());
        n.put("date", c.scenario().date().toString());
        n.set("interpretations", Json.stringMap(c.readings()));
        n.set("regimes", Json.strings(c.regimes().stream().map(r -> r.id()).toList()));
        n.set("standing", JsonShapes.standing(c.regimes(), c.scenario().date()));
        ArrayNode rows = Json.array();
        c.rows().forEach((action, verdicts) -> {
            ObjectNode row = Json.object();
            row.put("action", action.id());
            row.put("disagree", c.disagree(action));
            ArrayNode vs = Json.array();
            verdicts.forEach(v -> vs.add(JsonShapes.verdict(v)));
            row.set("verdicts", vs);
            rows.add(row);
        });
        n.set("rows", rows);
        return n;
    }

    public static ObjectNode explanation(Explanation e) {
        ObjectNode n = Json.object();
        n.put("regime", e.regime().id());
        n.put("action", e.action().id());
        n.put("question", "may the city " + e.action().question() + "?");
        JsonShapes.putCase(n, e.facts(), e.readings());
        n.set("verdict", JsonShapes.verdict(e.verdict()));
        ObjectNode why = Json.object();
        why.set("because", Json.strings(e.verdict().because()));
        ArrayNode provisions = Json.array();
        e.verdict().provisions().forEach(p -> provisions.add(JsonShapes.provisionInFull(p)));
        why.set("provisions", provisions);
        ArrayNode rules = Json.array();
        e.deciding().forEach(r -> rules.add(JsonShapes.rule(r)));
        why.set("rules", rules);
        ArrayNode overridden = Json.array();
        e.verdict().overridden().forEach(p -> overridden.add(JsonShapes.provisionInFull(p)));
        why.set("overridden", overridden);
        ArrayNode overruled = Json.array();
        e.overruled().forEach(r -> overruled.add(JsonShapes.rule(r)));
        why.set("overruledRules", overruled);
        ArrayNode unmet = Json.array();
        e.unmet().forEach(r -> {
            ObjectNode rn = JsonShapes.rule(r);
            e.regime().provision(r.provision()).ifPresent(p -> rn.set("cites", JsonShapes.provisionInFull(p)));
            rn.set("reads", Json.strings(r.reads()));
            unmet.add(rn);
        });
        why.set("exceptionsNotMet", unmet);
        why.set("switchesRead", Json.strings(e.switchesRead()));
        n.set("why", why);
        ArrayNode whyNot = Json.array();
        e.whyNot().forEach(c -> whyNot.add(counterfactual(c)));
        n.set("whyNot", whyNot);
        return n;
    }

    static ObjectNode counterfactual(Counterfactual c) {
        ObjectNode n = Json.object();
        ArrayNode changes = Json.array();
        for (Change ch : c.changes()) {
            ObjectNode cn = Json.object();
            cn.put("fact", ch.name());
            cn.put("from", ch.from());
            cn.put("to", ch.to());
            if (ch.range() != null) {
                cn.put("range", ch.range());
            }
            changes.add(cn);
        }
        n.set("changes", changes);
        n.put("status", c.verdict().status().wire());
        n.set("provisions", JsonShapes.provisions(c.verdict().provisions()));
        return n;
    }

    public static ObjectNode diff(DiffResult d) {
        ObjectNode n = Json.object();
        n.put("first", d.first().id());
        n.put("second", d.second().id());
        n.set("fixedInterpretations", Json.stringMap(d.fixed()));
        n.put("disagreeing", d.disagreeing());
        ArrayNode actions = Json.array();
        for (ActionDiff a : d.actions()) {
            ObjectNode an = Json.object();
            an.put("action", a.action().id());
            an.set("axes", Json.strings(a.axes()));
            an.put("cases", a.cases());
            an.put("disagreeing", a.disagreeing());
            ArrayNode ps = Json.array();
            a.patterns().forEach(p -> ps.add(pattern(p)));
            an.set("patterns", ps);
            actions.add(an);
        }
        n.set("actions", actions);
        return n;
    }

    static ObjectNode pattern(DiffPattern p) {
        ObjectNode n = Json.object();
        n.put("action", p.action().id());
        n.put("first", p.first().wire());
        n.put("second", p.second().wire());
        ArrayNode conds = Json.array();
        for (Condition c : p.conditions()) {
            ObjectNode cn = Json.object();
            cn.put("name", c.name());
            cn.put("text", c.text());
            cn.set("values", Json.strings(c.values()));
            conds.add(cn);
        }
        n.set("when", conds);
        n.put("cases", p.cases());
        n.set("example", example(p.example()));
        return n;
    }

    static ObjectNode example(DiffExample e) {
        ObjectNode n = Json.object();
        JsonShapes.putCaseExample(n, e.facts(), e.readings());
        n.set("first", JsonShapes.verdict(e.first()));
        n.set("second", JsonShapes.verdict(e.second()));
        return n;
    }

    public static ObjectNode sweep(String scenarioId, SweepResult s) {
        ObjectNode n = Json.object();
        n.put("id", scenarioId);
        ArrayNode switches = Json.array();
        for (SwitchSpec sw : s.switches()) {
            switches.add(JsonShapes.switchSummary(sw));
        }
        n.set("switches", switches);
        n.put("combinations", s.combinations());
        n.put("verdicts", s.verdicts());
        ArrayNode varying = Json.array();
        for (SweepResult.Varying v : s.varying()) {
            ObjectNode vn = Json.object();
            vn.put("regime", v.regime());
            vn.put("action", v.action().id());
            vn.set("dependsOn", Json.strings(v.dependsOn()));
            ArrayNode variants = Json.array();
            for (SweepResult.Variant var : v.variants()) {
                ObjectNode x = Json.object();
                x.set("interpretations", Json.stringMap(var.readings()));
                x.put("status", var.verdict().status().wire());
                x.set("provisions", JsonShapes.provisions(var.verdict().provisions()));
                x.set("notes", Json.strings(var.verdict().notes()));
                variants.add(x);
            }
            vn.set("variants", variants);
            varying.add(vn);
        }
        n.set("varying", varying);
        return n;
    }

    public static ObjectNode check(CheckResult c) {
        ObjectNode n = Json.object();
        n.put("passed", c.passed());
        n.set("regimes", Json.strings(c.regimes()));
        n.put("cases", c.cases());
        ArrayNode conflicts = Json.array();
        for (CheckResult.Conflict x : c.conflicts()) {
            ObjectNode cn = Json.object();
            cn.put("regime", x.regime());
            cn.put("action", x.action().id());
            cn.set("claims", JsonShapes.claims(x.claims()));
            cn.put("cases", x.cases());
            ObjectNode ex = Json.object();
            JsonShapes.putCaseExample(ex, x.example().facts(), x.example().readings());
            cn.set("example", ex);
            conflicts.add(cn);
        }
        n.set("conflicts", conflicts);
        ArrayNode findings = Json.array();
        for (CheckResult.Finding f : c.findings()) {
            ObjectNode fn = Json.object();
            fn.put("regime", f.regime());
            fn.put("action", f.action() == null ? null : f.action().id());
            fn.put("kind", f.kind());
            fn.put("rule", f.rule());
            fn.put("provision", f.provision());
            fn.put("file", f.file());
            fn.put("line", f.line());
            findings.add(fn);
        }
        n.set("findings", findings);
        n.set("unreadFacts", Json.strings(c.unreadFacts()));
        return n;
    }
}
