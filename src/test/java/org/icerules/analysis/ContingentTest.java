package org.icerules.analysis;

import org.icerules.Vocab;
import org.icerules.RegimeVerifier;
import org.icerules.engine.Evaluator;
import org.icerules.model.InputException;
import org.icerules.model.Scenario;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RegimeCatalog;
import org.icerules.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContingentTest {
    private static final RegimeCatalog CATALOG = RegimeVerifier.projectCatalog();
    private final Contingent contingent = new Contingent(new Evaluator(CATALOG));
    private final CompiledRegime ordinance = CATALOG.get("denver-ordinance-2017");

    static Scenario scenario(String yaml) {
        return org.icerules.law.Places.of(CATALOG).loader().loadText(yaml, "test.yaml", "t").get(0);
    }

    @Test
    void anUnknownWarrantMakesSecureAreaAccessDependOnTheJudicialWarrantException() {
        Scenario s = scenario("date: 2017-09-01\nfacts:\n  warrant: unknown\n");
        assertThat(s.unknown()).containsExactly("warrant");
        ContingentVerdict v = contingent.verdict(ordinance, Vocab.action("admit-ice-secure-area"), s.facts(), s.readings(),
                s.unknown());
        Contingency<Verdict> c = v.answer();
        assertThat(c.isDefinite()).isFalse();
        assertThat(c.matterNames()).containsExactly("warrant");
        Contingency.Branch<Verdict> permitted = c.branches().stream()
                .filter(b -> b.status() == Status.PERMITTED).findFirst().orElseThrow();
        assertThat(permitted.when()).isEqualTo("warrant = judicial");
        assertThat(permitted.answer().provisions()).extracting(Provision::id)
                .containsExactly("drmc-28-252-a-judicial-warrant");
        Contingency.Branch<Verdict> forbidden = c.branches().stream()
                .filter(b -> b.status() == Status.FORBIDDEN).findFirst().orElseThrow();
        assertThat(forbidden.when()).doesNotContain("= judicial or").contains("warrant");
        assertThat(forbidden.answer().provisions()).extracting(Provision::id).containsExactly("drmc-28-252-a");
    }

    @Test
    void anUnknownNoRuleReadsGivesADefiniteAnswerWhateverItIs() {
        Scenario s = scenario("date: 2017-09-01\nfacts:\n  consular-notice-requested: unknown\n");
        ContingentVerdict v = contingent.verdict(ordinance, Vocab.action("admit-ice-secure-area"), s.facts(), s.readings(),
                s.unknown());
        assertThat(v.isDefinite()).isTrue();
        assertThat(v.answer().status()).isEqualTo(Status.FORBIDDEN);
        assertThat(v.answer().unread()).containsExactly("consular-notice-requested");
        assertThat(v.answer().whatever()).isEqualTo("whatever the consular-notice-requested");
        assertThat(v.answer().cases()).isEqualTo(1);
    }

    @Test
    void anUnknownTheRulesReadButThatDoesNotChangeTheAnswerIsIdle() {
        // with no ICE request in play the notice is not asked for: the advisement cannot turn it
        Scenario s = scenario("date: 2017-09-01\nfacts:\n  warrant: judicial\n  advised-of-rights: unknown\n");
        ContingentVerdict v = contingent.verdict(ordinance, Vocab.action("admit-ice-secure-area"), s.facts(), s.readings(),
                s.unknown());
        assertThat(v.isDefinite()).isTrue();
        assertThat(v.answer().matters()).isEmpty();
    }

    @Test
    void aDefiniteAnswerIsTheAnswerAtEveryValue() {
        Scenario s = scenario("date: 2017-09-01\nfacts:\n  warrant: judicial\n"
                + "  hours-until-release: unknown\n");
        for (Action a : Vocab.actions()) {
            ContingentVerdict v = contingent.verdict(ordinance, a, s.facts(), s.readings(), s.unknown());
            if (v.isDefinite()) {
                for (double h : new double[]{0, 1, 12, 47.5, 48, 48.5, 100, 1000}) {
                    var facts = Vocab.with(s.facts(), null, Map.of("hours-until-release", h));
                    assertThat(new Evaluator(CATALOG).evaluate(ordinance, a, facts, s.readings()).status())
                            .as(a.id() + " at " + h).isEqualTo(v.answer().status());
                }
            }
        }
    }

    @Test
    void tooManyCombinationsAreRefusedNamingTheFacts() {
        Scenario s = scenario("date: 2017-09-01\nfacts:\n" + Vocab.facts().stream()
                .map(f -> "  " + f.name() + ": unknown\n").reduce("", String::concat));
        List<CompiledRegime> all = CATALOG.regimes();
        assertThatThrownBy(() -> {
            for (CompiledRegime r : all) {
                for (Action a : Vocab.actions()) {
                    contingent.verdict(r, a, s.facts(), s.readings(), s.unknown());
                }
            }
        }).isInstanceOf(InputException.class).hasMessageContaining("combinations").hasMessageContaining("actor");
    }

    @Test
    void unknownFactsAreKeptInTheFormatsOrderWhateverTheFilesOrder() {
        Scenario s = scenario("date: 2017-09-01\nfacts:\n  purpose: unknown\n  advised-of-rights: unknown\n"
                + "  warrant: unknown\n");
        assertThat(s.unknown()).containsExactly("warrant", "advised-of-rights", "purpose");
    }

    @Test
    void dependsExpectationsAreRead() {
        Scenario s = scenario("date: 2017-09-01\nfacts:\n  warrant: unknown\nexpect:\n  denver-ordinance-2017:\n"
                + "    admit-ice-secure-area: {depends: [warrant]}\n    hold-past-release: depends\n"
                + "    notify-release: permitted\n");
        assertThat(s.expectDepends().get("denver-ordinance-2017"))
                .containsEntry(Vocab.action("admit-ice-secure-area"), Set.of("warrant"))
                .containsEntry(Vocab.action("hold-past-release"), Set.of());
        assertThat(s.expect().get("denver-ordinance-2017")).containsEntry(Vocab.action("notify-release"), Status.PERMITTED);
    }

    @Test
    void dependsOnAFactThatIsKnownIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> scenario("date: 2017-09-01\nfacts:\n  warrant: unknown\nexpect:\n"
                + "  denver-ordinance-2017:\n    admit-ice-secure-area: {depends: [purpose]}\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("test.yaml:6")
                .hasMessageContaining("'purpose' is not one of this scenario's unknown facts");
        assertThatThrownBy(() -> scenario("date: 2017-09-01\nexpect:\n"
                + "  denver-ordinance-2017:\n    admit-ice-secure-area: depends\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("needs a fact whose value is unknown");
    }
}
