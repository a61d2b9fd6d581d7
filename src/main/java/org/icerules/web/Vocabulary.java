package org.icerules.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.FactSchema;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.Scenario;
import org.icerules.model.law.Source;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.law.Validity;
import org.icerules.model.law.ValidityEvent;
import org.icerules.report.Json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The read-only JSON documents the API serves (regimes, actions, facts, scenarios), built once
 * at start in a fixed field order, so every answer is the same bytes.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    static ObjectNode actions() {
        ArrayNode list = Json.array();
        for (Action a : Action.values()) {
            ObjectNode n = Json.object();
            n.put("id", a.id());
            n.put("question", "May the city " + a.question() + "?");
            list.add(n);
        }
        ObjectNode root = Json.object();
        root.set("actions", list);
        return root;
    }

    static ObjectNode facts() {
        ArrayNode list = Json.array();
        for (FactSpec f : FactSchema.facts()) {
            ObjectNode n = Json.object();
            n.put("name", f.name());
            n.put("type", f.type().wire());
            n.put("label", f.doc());
            n.set("values", Json.strings(switch (f.type()) {
                case ENUM -> f.values();
                case BOOL -> List.of("false", "true");
                case NUMBER -> List.of();
            }));
            n.put("default", FactSchema.formatValue(f.defaultValue()));
            list.add(n);
        }
        ObjectNode root = Json.object();
        root.set("facts", list);
        return root;
    }

    static ObjectNode regimes(RegimeCatalog catalog) {
        ArrayNode list = Json.array();
        for (CompiledRegime cr : catalog.regimes()) {
            list.add(regime(cr.regime()));
        }
        ObjectNode root = Json.object();
        root.set("regimes", list);
        return root;
    }

    private static ObjectNode regime(Regime r) {
        ObjectNode n = Json.object();
        n.put("id", r.id());
        n.put("title", r.title());
        n.put("shortName", r.shortName());
        n.put("jurisdiction", r.jurisdiction());
        n.put("level", r.level());
        n.put("kind", r.kind());
        n.put("status", r.status());
        ObjectNode dates = Json.object();
        r.dates().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> dates.put(e.getKey(), e.getValue().toString()));
        n.set("dates", dates);
        n.set("validity", validity(r.validity()));
        ArrayNode sources = Json.array();
        for (Source s : r.sources()) {
            ObjectNode sn = Json.object();
            sn.put("title", s.title());
            sn.put("date", s.date());
            sn.put("where", s.where());
            sn.put("href", s.href());
            sources.add(sn);
        }
        n.set("sources", sources);
        ArrayNode provisions = Json.array();
        for (Provision p : r.provisions()) {
            ObjectNode pn = Json.provision(p);
            pn.put("source", p.source());
            pn.put("summary", p.summary());
            pn.put("href", p.href());
            provisions.add(pn);
        }
        n.set("provisions", provisions);
        ArrayNode switches = Json.array();
        for (SwitchSpec s : r.switches()) {
            ObjectNode sn = Json.object();
            sn.put("name", s.name());
            sn.set("values", Json.strings(s.values()));
            sn.put("default", s.defaultValue());
            sn.put("meaning", s.meaning());
            ArrayNode readings = Json.array();
            for (var reading : s.readings()) {
                ObjectNode rn = Json.object();
                rn.put("value", reading.value());
                rn.put("meaning", reading.meaning());
                rn.put("held-by", reading.heldBy());
                rn.set("sources", Json.strings(reading.sources()));
                readings.add(rn);
            }
            sn.set("readings", readings);
            switches.add(sn);
        }
        n.set("switches", switches);
        n.put("notes", r.notes());
        return n;
    }

    private static ObjectNode validity(Validity v) {
        ObjectNode n = Json.object();
        if (v == null) {
            return n;
        }
        n.put("from", date(v.from()));
        n.put("to", date(v.to()));
        ArrayNode events = Json.array();
        for (ValidityEvent e : v.events()) {
            ObjectNode en = Json.object();
            en.put("date", date(e.date()));
            en.put("change", e.change());
            en.put("note", e.note());
            events.add(en);
        }
        n.set("events", events);
        return n;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static ObjectNode scenarios(List<Scenario> presets) {
        ArrayNode list = Json.array();
        for (Scenario s : presets) {
            ObjectNode n = Json.object();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("date", s.date().toString());
            n.put("source", s.source());
            n.put("notes", s.notes());
            java.util.Map<String, String> facts = FactSchema.toWire(s.facts());
            s.unknown().forEach(u -> facts.put(u, "unknown")); // the file's "unknown", not the placeholder default
            n.set("facts", Json.stringMap(facts));
            n.set("interpretations", Json.stringMap(new java.util.TreeMap<>(s.readings())));
            list.add(n);
        }
        ObjectNode root = Json.object();
        root.set("scenarios", list);
        return root;
    }
}
