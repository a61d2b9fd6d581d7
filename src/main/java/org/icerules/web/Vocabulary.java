package org.icerules.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.Scenario;
import org.icerules.model.law.Source;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.law.Validity;
import org.icerules.model.law.ValidityEvent;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.FactSpec;
import org.icerules.report.Json;
import org.icerules.report.JsonShapes;

import java.util.List;

/**
 * The read-only JSON documents the API serves (regimes, actions, facts, scenarios), built once
 * at start in a fixed field order, so every answer is the same bytes.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    static ObjectNode actions(org.icerules.model.facts.Vocabulary vocabulary) {
        ArrayNode list = Json.array();
        for (Action a : vocabulary.actions()) {
            ObjectNode n = Json.object();
            n.put("id", a.id());
            n.put("question", "May the city " + a.question() + "?");
            list.add(n);
        }
        ObjectNode root = Json.object();
        root.set("actions", list);
        return root;
    }

    static ObjectNode facts(org.icerules.model.facts.Vocabulary vocabulary) {
        ArrayNode list = Json.array();
        for (FactSpec f : vocabulary.facts()) {
            ObjectNode n = Json.object();
            n.put("name", f.name());
            n.put("type", f.type().wire());
            n.put("label", f.doc());
            n.put("question", f.question());
            n.set("values", Json.strings(switch (f.type()) {
                case ENUM -> f.values();
                case BOOL -> List.of("false", "true");
                case NUMBER -> List.of();
            }));
            n.put("default", org.icerules.model.facts.Vocabulary.formatValue(f.defaultValue()));
            list.add(n);
        }
        ObjectNode root = Json.object();
        root.set("facts", list);
        return root;
    }

    /** Every regime in full ({@link JsonShapes#regimeInFull}), in catalog order. */
    static ObjectNode regimes(RegimeCatalog catalog) {
        ArrayNode list = Json.array();
        for (CompiledRegime cr : catalog.regimes()) {
            list.add(JsonShapes.regimeInFull(cr.regime()));
        }
        ObjectNode root = Json.object();
        root.set("regimes", list);
        return root;
    }

    static ObjectNode scenarios(List<Scenario> presets) {
        ArrayNode list = Json.array();
        for (Scenario s : presets) {
            ObjectNode n = JsonShapes.scenario(s);
            n.put("theme", theme(s)); // the folder under scenarios/ (the page groups the presets by it)
            list.add(n);
        }
        ObjectNode root = Json.object();
        root.set("scenarios", list);
        return root;
    }

    /** The name of the folder the scenario file is in: scenarios/<theme>/file.yaml. */
    static String theme(Scenario s) {
        java.nio.file.Path parent = java.nio.file.Path.of(s.file()).getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }
}
