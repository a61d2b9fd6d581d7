package org.icerules.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.icerules.engine.Evaluator;
import org.icerules.law.Jurisdictions;
import org.icerules.law.LawInForce;
import org.icerules.model.Scenario;
import org.icerules.regime.RegimeCatalog;
import org.icerules.report.LawJson;
import org.icerules.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law answer's schemas (LawInForce and the schemas it names) hold for every scenario of the
 * library in every place of rules/jurisdictions.yaml, not only for the one case and the default
 * place the conformance test sends: other places have other layers, and some preempt (a state
 * over its cities, federal law over a city), so the answer carries preemptions with their ground.
 */
class LawAnswerSchemaTest {
    @Test
    void theLawAnswerOfEveryScenarioInEveryPlaceValidatesStrictly() throws Exception {
        String text = new String(StaticAssets.read("web/openapi.json"), StandardCharsets.UTF_8);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                b -> b.schemas(Map.of(OpenApiConformanceTest.DOCUMENT, text)));
        Schema schema = registry.getSchema(SchemaLocation.of(OpenApiConformanceTest.DOCUMENT
                + "#/components/schemas/LawInForce"));
        RegimeCatalog catalog = RegimeCatalog.load(Path.of("rules"));
        Jurisdictions places = Jurisdictions.load(Path.of("rules"));
        LawInForce law = new LawInForce(new Evaluator(catalog), places);
        List<Scenario> scenarios = org.icerules.law.Places.of(catalog).loader()
                .load(List.of(Path.of("scenarios")));
        List<String> problems = new ArrayList<>();
        int preemptions = 0;
        for (String place : places.ids()) {
            for (Scenario s : scenarios) {
                JsonNode answer = LawJson.answer(law.answer(s.facts(), s.date(), place, s.readings(), List.of()));
                schema.validate(answer).forEach(e -> problems.add(place + " " + s.id() + ": " + e));
                for (JsonNode action : answer.get("actions")) {
                    preemptions += action.get("preempted").size();
                }
            }
        }
        assertThat(preemptions).as("some answer carries a preemption (else its schema goes unchecked)").isPositive();
        assertThat(problems).as("law answers that do not match web/openapi.json").isEmpty();
    }
}
