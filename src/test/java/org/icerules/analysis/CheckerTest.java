package org.icerules.analysis;

import org.icerules.Vocab;
import org.icerules.RegimeVerifier;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Claim;
import org.icerules.model.verdicts.Status;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckerTest {
    @Test
    void everyProjectRegimePasses() {
        RegimeCatalog catalog = RegimeVerifier.projectCatalog();
        CheckResult r = new Checker(new Evaluator(catalog)).check(catalog.regimes());
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.passed()).isTrue();
        assertThat(r.regimes()).contains("denver-ordinance-2017", "denver-draft-order-2017", "colorado-hb19-1124");
        assertThat(r.cases()).isGreaterThan(1000);
    }

    @Test
    void aConflictingRegimeFailsNamingBothProvisions() {
        RegimeCatalog catalog = RegimeCatalog.load(Path.of("src/test/resources/rules-conflict"));
        CheckResult r = new Checker(new Evaluator(catalog)).check(catalog.regimes());
        assertThat(r.passed()).isFalse();
        assertThat(r.conflicts()).hasSize(1);
        CheckResult.Conflict c = r.conflicts().get(0);
        assertThat(c.regime()).isEqualTo("test-conflicting");
        assertThat(c.action()).isEqualTo(Vocab.action("hold-past-release"));
        assertThat(c.claims()).extracting(cl -> cl.provision().id()).containsExactly("test-no-hold", "test-hold-on-warrant");
        assertThat(c.claims()).extracting(Claim::status).containsExactly(Status.FORBIDDEN, Status.PERMITTED);
        // detainer = i-247a with any of the three warrants
        assertThat(c.cases()).isEqualTo(3);
        assertThat(Vocab.formatValue(Vocab.get(c.example().facts(), "detainer"))).isEqualTo("i-247a");
        assertThat(Vocab.formatValue(Vocab.get(c.example().facts(), "warrant"))).isNotEqualTo("none");
    }

    @Test
    void aRuleWhoseConditionsCannotHoldIsReportedUnreachable() {
        RegimeCatalog catalog = RegimeCatalog.load(Path.of("src/test/resources/rules-conflict"));
        CheckResult r = new Checker(new Evaluator(catalog)).check(catalog.regimes());
        assertThat(r.findings()).extracting(CheckResult.Finding::kind, CheckResult.Finding::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unreachable", "Hold on an impossible warrant"));
    }

    @Test
    void aFactNoRuleReadsIsReportedAndOneARuleReadsIsNot() {
        RegimeCatalog catalog = RegimeCatalog.load(Path.of("src/test/resources/rules-reference"));
        CheckResult r = new Checker(new Evaluator(catalog)).check(catalog.regimes());
        assertThat(r.unreadFacts()).contains("place", "actor", "agreement-287g").doesNotContain("detainer", "warrant");
        assertThat(r.unreadFacts()).hasSize(catalog.vocabulary().facts().size() - 2);
        assertThat(r.passed()).as("an unread fact is a warning, not a failure").isTrue();
    }

    @Test
    void unreadFactsAreCountedOverEveryLoadedRegimeNotOnlyTheOnesChecked() {
        RegimeCatalog catalog = RegimeVerifier.projectCatalog();
        var ordinance = catalog.select(java.util.List.of("denver-ordinance-2017"));
        CheckResult alone = new Checker(new Evaluator(catalog)).check(ordinance);
        CheckResult inCatalog = new Checker(new Evaluator(catalog)).check(ordinance, catalog.regimes());
        assertThat(alone.unreadFacts()).contains("crime-victim", "jag-grant-accepted");
        assertThat(inCatalog.unreadFacts()).doesNotContain("crime-victim", "jag-grant-accepted");
        assertThat(inCatalog.unreadFacts()).isEqualTo(Checker.unreadFacts(catalog.regimes()));
    }

    @Test
    void aSpaceTooLargeToEnumerateIsRefusedNamingTheAction() {
        RegimeCatalog catalog = RegimeCatalog.load(Path.of("src/test/resources/rules-too-wide"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new Checker(new Evaluator(catalog)).check(catalog.regimes()))
                .isInstanceOf(org.icerules.model.InputException.class)
                .hasMessageContaining("action hold-past-release")
                .hasMessageContaining("[test-too-wide]")
                .hasMessageContaining("more than the 5000000 this tool enumerates");
    }
}
