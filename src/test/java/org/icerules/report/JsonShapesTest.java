package org.icerules.report;

import org.icerules.Vocab;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.RegimeVerifier;
import org.icerules.analysis.Explainer;
import org.icerules.law.Layer;
import org.icerules.law.LayerProvision;
import org.icerules.analysis.Sweeper;
import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.verdicts.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One shape per concept: a regime, a provision, a switch or a change of standing reads the same
 * in the law view, in explain, in sweep and in the web API's regime list, on every regime of
 * the project.
 */
class JsonShapesTest {
    static final RegimeCatalog CATALOG = RegimeVerifier.projectCatalog();

    static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Every field of {@code part} is in {@code whole} with the same value. */
    static void contains(JsonNode whole, JsonNode part, String what) {
        for (Iterator<Map.Entry<String, JsonNode>> it = part.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            assertThat(whole.has(f.getKey())).as(what + " has " + f.getKey()).isTrue();
            assertThat(whole.get(f.getKey())).as(what + "." + f.getKey()).isEqualTo(f.getValue());
        }
    }

    @Test
    void aLayerOfTheLawShowsItsRegimeAsTheRegimeListDoes() {
        for (CompiledRegime cr : CATALOG.regimes()) {
            Regime r = cr.regime();
            ObjectNode full = JsonShapes.regimeInFull(r);
            ObjectNode layer = LawJson.layer(new Layer(r, false, r.validity().events()));
            ObjectNode summary = JsonShapes.regimeSummary(r);
            summary.remove("id");
            contains(layer, summary, "layer of " + r.id());
            contains(full, summary, "regime " + r.id());
            assertThat(layer.get("regime").asText()).isEqualTo(r.id());
            assertThat(layer.get("award")).as(r.id() + " award").isEqualTo(full.get("award"));
            assertThat(layer.get("standing")).as(r.id() + " events").isEqualTo(full.get("validity").get("events"));
        }
    }

    @Test
    void aProvisionReadsTheSameInEveryFormAndEveryView() {
        for (CompiledRegime cr : CATALOG.regimes()) {
            ObjectNode full = JsonShapes.regimeInFull(cr.regime());
            for (Provision p : cr.regime().provisions()) {
                JsonNode inFull = find(full.get("provisions"), "id", p.id());
                ObjectNode summary = JsonShapes.provision(p);
                assertThat(keys(inFull).subList(0, summary.size())).isEqualTo(keys(summary));
                contains(inFull, summary, p.id());
                contains(LawJson.provision(new LayerProvision(cr.id(), cr.regime().shortName(), cr.regime().level(),
                        p, Status.PERMITTED)), summary, "law's " + p.id());
                assertThat(JsonShapes.provisionInFull(p)).isEqualTo(inFull);
            }
        }
    }

    @Test
    void explainCitesAProvisionInFullAsTheRegimeListDoes() {
        CompiledRegime regime = CATALOG.regimes().stream()
                .filter(r -> r.regime().provisions().stream().anyMatch(p -> p.href() == null)).findFirst().orElseThrow();
        var facts = Vocab.defaults(LocalDate.of(2018, 6, 1));
        ObjectNode full = JsonShapes.regimeInFull(regime.regime());
        int cited = 0;
        for (Action a : Vocab.actions()) {
            JsonNode why = AnalysisJson.explanation(new Explainer(new Evaluator(CATALOG))
                    .explain(regime, a, facts, Map.of())).get("why");
            for (JsonNode p : why.get("provisions")) {
                assertThat(p).isEqualTo(find(full.get("provisions"), "id", p.get("id").asText()));
                cited++;
            }
        }
        assertThat(cited).isPositive();
    }

    @Test
    void sweepNamesASwitchAsTheRegimeListDoes() {
        JsonNode sweep = AnalysisJson.sweep("x", new Sweeper(new Evaluator(CATALOG))
                .sweep(Vocab.defaults(LocalDate.of(2018, 6, 1)), CATALOG.regimes()));
        assertThat(sweep.get("switches")).isNotEmpty();
        for (JsonNode s : sweep.get("switches")) {
            JsonNode regime = JsonShapes.regimeInFull(CATALOG.get(s.get("regime").asText()).regime());
            JsonNode inFull = find(regime.get("switches"), "name", s.get("name").asText());
            assertThat(keys(inFull).subList(0, s.size())).isEqualTo(keys(s));
            contains(inFull, s, s.get("name").asText());
        }
    }

    static JsonNode find(JsonNode list, String key, String value) {
        for (JsonNode n : list) {
            if (n.get(key).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + key + " " + value + " in " + list);
    }
}
