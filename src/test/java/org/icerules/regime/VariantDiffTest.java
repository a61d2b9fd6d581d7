package org.icerules.regime;

import org.icerules.analysis.ActionDiff;
import org.icerules.analysis.Condition;
import org.icerules.analysis.DiffPattern;
import org.icerules.analysis.DiffResult;
import org.icerules.analysis.Differ;
import org.icerules.engine.Evaluator;
import org.icerules.Vocab;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code diff base variant} shows exactly what a reading changes: a variant of the ordinance that
 * replaces the § 28-252(b) prohibition (no longer beyond public contact, only before the
 * advisement) and removes the advisement duty differs on those two actions, in those patterns,
 * and on nothing else.
 */
class VariantDiffTest {
    @TempDir
    Path tmp;

    @Test
    void theDiffListsExactlyWhatTheReadingReplacesAndRemoves() throws IOException {
        Path rules = RegimeVariantsTest.copyOfTheOrdinance(tmp);
        RegimeVariantsTest.writeNarrowReading(rules, "narrow-reading");
        RegimeCatalog catalog = RegimeCatalog.load(rules);
        DiffResult diff = new Differ(new Evaluator(catalog)).diff(catalog.get(RegimeVariantsTest.BASE),
                catalog.get("narrow-reading"), catalog.vocabulary().actions());

        Map<Action, ActionDiff> differing = diff.actions().stream().filter(a -> a.disagreeing() > 0)
                .collect(Collectors.toMap(ActionDiff::action, a -> a));
        assertThat(differing.keySet()).containsExactlyInAnyOrder(Vocab.action("arrange-remote-interview"), Vocab.action("advise-rights"));

        // the replaced rule: forbidden before only where the person was advised but the public may not call
        ActionDiff remote = differing.get(Vocab.action("arrange-remote-interview"));
        assertThat(remote.patterns()).isNotEmpty().allSatisfy(p -> {
            assertThat(List.of(p.first(), p.second())).containsExactly(Status.FORBIDDEN, Status.SILENT);
            assertThat(values(p)).containsEntry("place", List.of("jail"))
                    .containsEntry("advised-of-rights", List.of("true"))
                    .containsEntry("public-contact-allowed", List.of("false"));
        });
        // the removed rule: the advisement before a phone or video interview is no longer required
        ActionDiff advise = differing.get(Vocab.action("advise-rights"));
        assertThat(advise.patterns()).isNotEmpty().allSatisfy(p -> {
            assertThat(List.of(p.first(), p.second())).containsExactly(Status.REQUIRED, Status.SILENT);
            assertThat(values(p)).containsEntry("place", List.of("jail"))
                    .containsEntry("interview-request", List.of("phone", "video"));
        });
        // every part of the ordinance the reading leaves alone agrees case for case
        assertThat(diff.actions().stream().filter(a -> !differing.containsKey(a.action())))
                .allSatisfy(a -> assertThat(a.patterns()).isEmpty());
    }

    private static Map<String, List<String>> values(DiffPattern p) {
        return p.conditions().stream().filter(c -> !c.values().isEmpty())
                .collect(Collectors.toMap(Condition::name, Condition::values));
    }
}
