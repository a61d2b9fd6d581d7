package org.icerules.law;

import org.icerules.Vocab;
import org.icerules.model.facts.Action;
import org.icerules.model.law.LevelPreemption;
import org.icerules.model.law.Regime;
import org.icerules.model.law.Validity;
import org.icerules.model.verdicts.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icerules.law.LayerCombinerTest.CATEGORIES;
import static org.icerules.law.LayerCombinerTest.ids;
import static org.icerules.law.LayerCombinerTest.law;
import static org.icerules.law.LayerCombinerTest.says;

/**
 * A higher law voiding a lower level's contrary rule (regime.yaml {@code preempts}), one case of
 * combination per test, on hand-built layers: a state statute that forbids its cities and
 * counties to limit a step and itself requires it.
 */
class LevelPreemptionsTest {
    static final Action A = LayerCombinerTest.A;

    /** A state statute whose provision "s-duty" voids contrary city rules on A. */
    static Regime stateStatute() {
        LevelPreemption lp = new LevelPreemption("s-duty", List.of("city"), List.of(A), "the ground (cite: words)",
                "why");
        return new Regime("state", "state", "state", "x", "state", "statute", "enacted", Map.of(),
                new Validity(null, null, List.of()), List.of(), List.of(), List.of(), null, null, null, List.of(),
                List.of(lp), CATEGORIES.traits("state", "statute", "enacted"));
    }

    @Test
    void aLocalProhibitionGivesWayToAStateRequirementWhichStands() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("county", "city"), Status.FORBIDDEN, "c-decline"),
                says(stateStatute(), Status.REQUIRED, "s-duty")));
        assertThat(c.status()).isEqualTo(Status.REQUIRED);
        assertThat(ids(c.deciding())).containsExactly("state:s-duty");
        assertThat(c.preempted()).hasSize(1);
        Preemption p = c.preempted().get(0);
        assertThat(p.preempted().regime() + ":" + p.preempted().provision().id()).isEqualTo("county:c-decline");
        assertThat(p.preempted().status()).isEqualTo(Status.FORBIDDEN);
        assertThat(p.by().provision().id()).isEqualTo("s-duty");
        assertThat(p.by().status()).isEqualTo(Status.REQUIRED);
        assertThat(p.note()).startsWith("the ground (cite: words)");
        assertThat(c.conflicts()).isEmpty();
    }

    @Test
    void aLocalProhibitionStandsWhereTheStateIsSilent() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("county", "city"), Status.FORBIDDEN, "c-decline"),
                says(stateStatute(), Status.SILENT)));
        assertThat(c.preempted()).isEmpty();
        assertThat(c.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(ids(c.deciding())).containsExactly("county:c-decline");
    }

    @Test
    void aLocalPermissionAgreesWithAStateRequirement() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("county", "city"), Status.PERMITTED, "c-honour"),
                says(stateStatute(), Status.REQUIRED, "s-duty")));
        assertThat(c.preempted()).isEmpty();
        assertThat(c.status()).isEqualTo(Status.REQUIRED);
        assertThat(ids(c.deciding())).containsExactly("state:s-duty");
    }

    @Test
    void beforeTheStateLawTheLocalProhibitionStands() {
        // the state layer is not in force yet: it is not among the layers at all
        CombinedAnswer c = LayerCombiner.combine(A, List.of(says(law("county", "city"), Status.FORBIDDEN, "c-decline")));
        assertThat(c.preempted()).isEmpty();
        assertThat(c.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(ids(c.deciding())).containsExactly("county:c-decline");
    }

    @Test
    void aLocalPermissionGivesWayToAStateProhibition() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("county", "city"), Status.PERMITTED, "c-allow"),
                says(stateStatute(), Status.FORBIDDEN, "s-duty")));
        assertThat(ids(c.preempted().stream().map(Preemption::preempted).toList())).containsExactly("county:c-allow");
        assertThat(c.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(c.gaveWay()).isEmpty();
    }

    @Test
    void anotherStateProvisionDecidingPreemptsNothing() {
        // the requirement rests on a provision the preempts block does not name: an ordinary conflict between layers
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("county", "city"), Status.FORBIDDEN, "c-decline"),
                says(stateStatute(), Status.REQUIRED, "s-other")));
        assertThat(c.preempted()).isEmpty();
        assertThat(c.status()).isEqualTo(Status.CONFLICT);
        assertThat(ids(c.conflicts())).containsExactly("county:c-decline", "state:s-other");
    }

    @Test
    void onlyTheNamedLevelsAndOnlyLowerOnes() {
        List<LayerVerdict> layers = List.of(
                says(stateStatute(), Status.REQUIRED, "s-duty"),
                says(law("other-state-law", "state"), Status.FORBIDDEN, "st-ban"),
                says(law("fed", "federal"), Status.FORBIDDEN, "f-ban"));
        assertThat(LevelPreemptions.of(A, layers)).isEmpty();
    }

    @Test
    void onlyTheNamedActions() {
        List<LayerVerdict> layers = List.of(says(law("county", "city"), Status.FORBIDDEN, "c-decline"),
                says(stateStatute(), Status.REQUIRED, "s-duty"));
        assertThat(LevelPreemptions.of(Vocab.action("notify-release"), layers)).isEmpty();
    }

    @Test
    void aLocalLayerInConflictWithItselfIsLeftAlone() {
        CombinedAnswer c = LayerCombiner.combine(A, List.of(
                says(law("county", "city"), Status.CONFLICT, "c-a"),
                says(stateStatute(), Status.REQUIRED, "s-duty")));
        assertThat(c.preempted()).isEmpty();
    }
}
