package org.icerules.engine;

import org.icerules.Vocab;
import org.icerules.RegimeVerifier;
import org.icerules.model.verdicts.Verdict;
import org.junit.jupiter.api.Test;

import org.icerules.model.facts.Case;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import org.icerules.regime.CompiledRegime;

/**
 * The optimised evaluation (verdicts remembered per fact key, sessions reused) says exactly
 * what the plain one (a fresh session per case, nothing remembered) says — status,
 * provisions, because, overridden, notes, claims — and fires the same rules, on every case
 * each regime can tell apart.
 */
class FastPathEquivalenceTest {

    @Test
    void rememberedAndReusedEqualPlainOnTheWholeFactSpace() {
        var catalog = RegimeVerifier.projectCatalog();
        Evaluator plain = Evaluator.plain(catalog);
        Evaluator fast = new Evaluator(catalog);
        for (CompiledRegime regime : catalog.regimes()) {
            List<Map.Entry<Case, Map<String, String>>> space = new ArrayList<>();
            FactSpaceSample.forEach(regime, 17, (c, readings) -> space.add(Map.entry(c, readings)));
            assertThat((long) space.size()).as(regime.id() + " cases").isEqualTo(FactSpaceSample.size(regime));
            // the plain path is the slow part: both cores, since the evaluators are thread-safe
            List<String> mismatches = space.parallelStream().filter(e -> {
                List<Verdict> expected = plain.evaluate(regime, e.getKey(), e.getValue());
                List<Verdict> first = fast.evaluate(regime, e.getKey(), e.getValue());
                List<Verdict> again = fast.evaluate(regime, e.getKey(), e.getValue());
                boolean sameFired = plain.firedRules(regime, e.getKey(), e.getValue())
                        .equals(fast.firedRules(regime, e.getKey(), e.getValue()));
                return !expected.equals(first) || !expected.equals(again) || !sameFired;
            }).limit(5).map(e -> e.getKey() + " " + e.getValue() + "\n  plain: "
                    + plain.evaluate(regime, e.getKey(), e.getValue()) + "\n  fast:  "
                    + fast.evaluate(regime, e.getKey(), e.getValue())).toList();
            assertThat(mismatches).as(regime.id() + ": fast path differs from plain").isEmpty();
        }
    }

    @Test
    void aNumberOrDateInsideOneKeyIsEchoedFromTheCaseAtHand() {
        var catalog = RegimeVerifier.projectCatalog();
        Evaluator fast = new Evaluator(catalog);
        Evaluator plain = Evaluator.plain(catalog);
        for (CompiledRegime regime : catalog.regimes()) {
            for (double hours : new double[]{0.25, 1, 30, 47.5, 48, 72, 100, 1000}) {
                for (String day : new String[]{"2014-06-01", "2016-12-20", "2017-08-30", "2018-03-19", "2020-05-01"}) {
                    var c = Vocab.with(null, java.time.LocalDate.parse(day),
                            java.util.Map.of("hours-until-release", hours, "detainer", Vocab.value("detainer", "i-247a")));
                    assertThat(fast.evaluate(regime, c, java.util.Map.of()))
                            .as(regime.id() + " at " + hours + " h on " + day)
                            .isEqualTo(plain.evaluate(regime, c, java.util.Map.of()));
                }
            }
        }
    }
}
