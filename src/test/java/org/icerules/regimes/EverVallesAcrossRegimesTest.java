package org.icerules.regimes;

import org.icerules.Vocab;
import org.icerules.RegimeVerifier;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Provision;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison the project exists for, on the real Valles facts: the practice, the draft
 * order and the ordinance forbid the hold; the Council's July bill forbade the notice; the
 * grant conditions required it — each resting on its own provision.
 */
class EverVallesAcrossRegimesTest {
    private static final RegimeCatalog CATALOG = RegimeVerifier.projectCatalog();
    private static final Scenario VALLES = org.icerules.law.Places.of(CATALOG).loader()
            .load(List.of(Path.of("scenarios/detainers/ever-valles-2016.yaml"))).get(0);

    private static Verdict verdict(String regime, String action) {
        return new Evaluator(CATALOG).evaluate(CATALOG.get(regime), Vocab.action(action), VALLES.facts(),
                VALLES.readings());
    }

    private static void assertDecided(Verdict v, Status status, String provision, String cite) {
        assertThat(v.status()).as(v.regime() + " " + v.action().id()).isEqualTo(status);
        assertThat(v.provisions()).extracting(Provision::id).containsExactly(provision);
        assertThat(v.provisions().get(0).cite()).isEqualTo(cite);
    }

    @Test
    void practiceDraftOrderAndOrdinanceForbidTheHold() {
        assertDecided(verdict("denver-practice-2014", "hold-past-release"), Status.FORBIDDEN,
                "practice-2014-detainer-memo", "Denver Sheriff memo of 2014-04-30");
        assertDecided(verdict("denver-draft-order-2017", "hold-past-release"), Status.FORBIDDEN,
                "draft-order-no-hold", "Draft executive order (2017), detainers");
        assertDecided(verdict("denver-ordinance-2017", "hold-past-release"), Status.FORBIDDEN,
                "drmc-28-253", "D.R.M.C. § 28-253");
    }

    @Test
    void theCouncilBillForbadeTheNoticeAndTheGrantConditionsDidNotYetBindDenver() {
        assertDecided(verdict("denver-council-draft-2017", "notify-release"), Status.FORBIDDEN,
                "council-2017-no-release-notice", "Council bill (2017-07-19), release notification");
        // 2016-12-20: the FY2017 conditions bound Denver only from its award (2018-10-10)
        assertDecided(verdict("federal-jag-2017", "notify-release"), Status.SILENT,
                "jag-2017-period", "FY2017 Byrne JAG award, period");
    }
}
