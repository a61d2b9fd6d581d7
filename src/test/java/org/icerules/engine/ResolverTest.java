package org.icerules.engine;

import org.icerules.Vocab;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Basis;
import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Norm;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.verdicts.Status;
import org.icerules.model.law.Validity;
import org.icerules.model.verdicts.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import org.icerules.regime.RuleInfo;

/** The precedence step alone, without Drools: which norms survive, and what the verdict says. */
class ResolverTest {
    static final Action A = Vocab.action("hold-past-release");
    static final Case FACTS = Vocab.defaults(LocalDate.parse("2018-01-01"));
    static final Regime REGIME = new Regime("test", "Test", "test", "denver", "city", "ordinance", "enacted",
            Map.of(), new Validity(null, null, List.of()), List.of(),
            List.of(provision("general"), provision("exception"), provision("other"), provision("scope"),
                    provision("scope-2")),
            List.of(), null, null);

    static Provision provision(String id) {
        return new Provision(id, "§ " + id, id, Basis.TEXT, "src", "summary");
    }

    static RuleInfo rule(String name, String provision, Status status, List<String> overrides, List<String> reads) {
        return new RuleInfo(name, "test", provision, List.of(A), status, overrides, null, reads, false,
                Map.of(), Map.of(), Set.of(), "t.drl", 1, 1);
    }

    static final RuleInfo GENERAL = rule("g", "general", Status.FORBIDDEN, List.of(), List.of());
    static final RuleInfo EXCEPTION = rule("e", "exception", Status.PERMITTED, List.of("general"), List.of("warrant"));

    static Verdict resolve(List<RuleInfo> rules, String... fired) {
        return Resolver.resolve(REGIME, A, rules, Set.of(fired), FACTS, Map.of());
    }

    @Test
    void nothingFiredIsSilentWithNoProvision() {
        Verdict v = resolve(List.of(GENERAL, EXCEPTION));
        assertThat(v.status()).isEqualTo(Status.SILENT);
        assertThat(v.provisions()).isEmpty();
    }

    @Test
    void generalRuleDecidesAndTheUnfiredExceptionsFactsAreTheReason() {
        Verdict v = resolve(List.of(GENERAL, EXCEPTION), "g");
        assertThat(v.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(v.provisions()).extracting(Provision::id).containsExactly("general");
        assertThat(v.because()).containsExactly("warrant = none");
        assertThat(v.overridden()).isEmpty();
    }

    @Test
    void exceptionThatFiredDefeatsTheProvisionItNamesAndShowsIt() {
        Verdict v = resolve(List.of(GENERAL, EXCEPTION), "g", "e");
        assertThat(v.status()).isEqualTo(Status.PERMITTED);
        assertThat(v.provisions()).extracting(Provision::id).containsExactly("exception");
        assertThat(v.overridden()).extracting(Provision::id).containsExactly("general");
    }

    @Test
    void twoProvisionsThatDisagreeWithNeitherGivingWayAreAConflictNamingBoth() {
        RuleInfo other = rule("o", "other", Status.REQUIRED, List.of(), List.of());
        Verdict v = resolve(List.of(GENERAL, other), "g", "o");
        assertThat(v.status()).isEqualTo(Status.CONFLICT);
        assertThat(v.provisions()).extracting(Provision::id).containsExactly("general", "other");
        assertThat(v.claims()).extracting(c -> c.provision().id() + "=" + c.status().wire())
                .containsExactly("general=forbidden", "other=required");
    }

    @Test
    void agreeingProvisionsAreAllListed() {
        RuleInfo other = rule("o", "other", Status.FORBIDDEN, List.of(), List.of());
        Verdict v = resolve(List.of(GENERAL, other), "g", "o");
        assertThat(v.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(v.provisions()).extracting(Provision::id).containsExactly("general", "other");
    }

    @Test
    void scopeRuleSilencesEveryOtherProvisionIncludingExceptions() {
        RuleInfo scope = rule("s", "scope", Status.SILENT, List.of("*"), List.of("actor"));
        Verdict v = resolve(List.of(GENERAL, EXCEPTION, scope), "g", "e", "s");
        assertThat(v.status()).isEqualTo(Status.SILENT);
        assertThat(v.provisions()).extracting(Provision::id).containsExactly("scope");
        assertThat(v.overridden()).extracting(Provision::id).containsExactly("general", "exception");
    }

    @Test
    void twoScopeRulesDoNotSilenceEachOther() {
        RuleInfo scope = rule("s", "scope", Status.SILENT, List.of("*"), List.of());
        RuleInfo scope2 = rule("s2", "scope-2", Status.SILENT, List.of("*"), List.of());
        Verdict v = resolve(List.of(GENERAL, scope, scope2), "g", "s", "s2");
        assertThat(v.status()).isEqualTo(Status.SILENT);
        assertThat(v.provisions()).extracting(Provision::id).containsExactly("scope", "scope-2");
    }

    @Test
    void noteOnlyRuleAddsACaveatWithoutChangingTheStatus() {
        RuleInfo note = new RuleInfo("n", "test", "other", List.of(A), null, List.of(), "cannot be met in time",
                List.of(), false, Map.of(), Map.of(), Set.of(), "t.drl", 9, 1);
        Verdict v = resolve(List.of(GENERAL, note), "g", "n");
        assertThat(v.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(v.notes()).containsExactly("cannot be met in time");
    }

    @Test
    void aNoteOnlyRuleGivesWayWithItsProvision() {
        RuleInfo note = new RuleInfo("n", "test", "general", List.of(A), null, List.of(), "caveat on the ban",
                List.of(), false, Map.of(), Map.of(), Set.of(), "t.drl", 9, 1);
        RuleInfo scope = rule("s", "scope", Status.SILENT, List.of("*"), List.of());
        assertThat(resolve(List.of(GENERAL, note, EXCEPTION), "g", "n").notes()).containsExactly("caveat on the ban");
        assertThat(resolve(List.of(GENERAL, note, EXCEPTION), "g", "n", "e").notes()).isEmpty();
        assertThat(resolve(List.of(GENERAL, note, scope), "g", "n", "s").notes()).isEmpty();
    }

    @Test
    void decideWorksOnNormsAloneWithoutRules() {
        Norm ban = new Norm("test", A, Status.FORBIDDEN, "general", List.of(), null, "g", List.of());
        Norm unless = new Norm("test", A, Status.PERMITTED, "exception", List.of("general"), null, "e",
                List.of("warrant = judicial"));
        Verdict v = Resolver.decide(REGIME, A, List.of(ban, unless));
        assertThat(v.status()).isEqualTo(Status.PERMITTED);
        assertThat(v.provisions()).extracting(Provision::id).containsExactly("exception");
        assertThat(v.overridden()).extracting(Provision::id).containsExactly("general");
        assertThat(v.because()).containsExactly("warrant = judicial");
    }

    @Test
    void normsRecordWhatEachFiredRuleConcludedAndRead() {
        List<Norm> norms = Resolver.norms(REGIME, A, List.of(GENERAL, EXCEPTION), Set.of("e"), FACTS, Map.of());
        assertThat(norms).singleElement().satisfies(n -> {
            assertThat(n.rule()).isEqualTo("e");
            assertThat(n.provision()).isEqualTo("exception");
            assertThat(n.overrides()).containsExactly("general");
            assertThat(n.because()).containsExactly("warrant = none");
        });
    }

    @Test
    void rulesAboutOtherActionsAreIgnored() {
        RuleInfo elsewhere = new RuleInfo("x", "test", "other", List.of(Vocab.action("notify-release")), Status.PERMITTED,
                List.of(), null, List.of(), false, Map.of(), Map.of(), Set.of(), "t.drl", 3, 1);
        Verdict v = resolve(List.of(GENERAL, elsewhere), "g", "x");
        assertThat(v.status()).isEqualTo(Status.FORBIDDEN);
    }
}
