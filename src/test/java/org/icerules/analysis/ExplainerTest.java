package org.icerules.analysis;

import org.icerules.Vocab;
import org.icerules.RegimeVerifier;
import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;
import org.icerules.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainerTest {
    private final RegimeCatalog catalog = RegimeVerifier.projectCatalog();
    private final Explainer explainer = new Explainer(new Evaluator(catalog));
    private final CompiledRegime ordinance = catalog.get("denver-ordinance-2017");

    private Scenario everValles() {
        return org.icerules.law.Places.of(catalog).loader()
                .loadFile(Path.of("scenarios/detainers/ever-valles-2016.yaml")).get(0);
    }

    /** The ordinance's reading under which the release notice waits for the advisement. */
    private static java.util.Map<String, String> advisementFirst(Scenario s) {
        java.util.Map<String, String> readings = new java.util.TreeMap<>(s.readings());
        readings.put("ordinance.advisement", "precondition");
        return readings;
    }

    @Test
    void everVallesNotificationIsForbiddenAndTheAdvisementWouldPermitIt() {
        Scenario s = everValles();
        Explanation e = explainer.explain(ordinance, Vocab.action("notify-release"), s.facts(), advisementFirst(s));
        assertThat(e.verdict().status()).isEqualTo(Status.FORBIDDEN);
        assertThat(e.deciding()).extracting(r -> r.provision()).containsExactly("drmc-28-250-a-1");
        assertThat(e.verdict().because()).contains("notification-request = written", "advised-of-rights = false");
        // § 28-253 is the exception that was not met…
        assertThat(e.unmet()).extracting(r -> r.provision()).contains("drmc-28-253-notification");
        // …and giving the advisement is the one change that meets it
        Counterfactual advise = e.whyNot().stream()
                .filter(c -> c.changes().size() == 1 && c.changes().get(0).name().equals("advised-of-rights"))
                .findFirst().orElseThrow();
        assertThat(advise.changes().get(0).to()).isEqualTo("true");
        assertThat(advise.verdict().status()).isEqualTo(Status.PERMITTED);
        assertThat(advise.verdict().provisions().get(0).cite()).contains("§ 28-253");
    }

    @Test
    void whyNotListsOnlyMinimalChanges() {
        Scenario s = everValles();
        Explanation e = explainer.explain(ordinance, Vocab.action("notify-release"), s.facts(), advisementFirst(s));
        List<String> singles = e.whyNot().stream().filter(c -> c.changes().size() == 1)
                .map(c -> c.changes().get(0).name() + "=" + c.changes().get(0).to()).toList();
        assertThat(singles).containsExactly("actor=state-patrol-officer", "actor=state-probation-officer",
                "actor=ice-agent", "advised-of-rights=true", "purpose=criminal-investigation",
                "purpose=immigration-crime-investigation");
        // no two-fact change contains a one-fact change that already flips
        for (Counterfactual c : e.whyNot()) {
            if (c.changes().size() == 2) {
                for (Change ch : c.changes()) {
                    assertThat(singles).doesNotContain(ch.name() + "=" + ch.to());
                }
            }
            assertThat(c.verdict().status()).isNotEqualTo(Status.FORBIDDEN);
        }
    }

    @Test
    void aTwoFactChangeIsFoundWhenNoSingleChangeSuffices() {
        // remote interview: forbidden unless public contact is allowed AND the advisement was given
        Scenario s = everValles();
        var facts = Vocab.with(s.facts(), null,
                java.util.Map.of("public-contact-allowed", false));
        Explanation e = explainer.explain(ordinance, Vocab.action("arrange-remote-interview"), facts, s.readings());
        assertThat(e.verdict().status()).isEqualTo(Status.FORBIDDEN);
        assertThat(e.whyNot()).anySatisfy(c -> {
            assertThat(c.changes()).extracting(Change::name)
                    .containsExactly("advised-of-rights", "public-contact-allowed");
            assertThat(c.verdict().status()).isEqualTo(Status.PERMITTED);
        });
    }
}
