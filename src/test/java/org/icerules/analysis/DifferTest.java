package org.icerules.analysis;

import org.icerules.Vocab;
import org.icerules.RegimeVerifier;
import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DifferTest {
    private final RegimeCatalog catalog = RegimeVerifier.projectCatalog();
    private final Evaluator evaluator = new Evaluator(catalog);
    private final CompiledRegime draft = catalog.get("denver-draft-order-2017");
    private final CompiledRegime ordinance = catalog.get("denver-ordinance-2017");

    private static List<String> texts(DiffPattern p) {
        return p.conditions().stream().map(Condition::text).toList();
    }

    @Test
    void theNotificationDifferenceTurnsOnTheAdvisement() {
        ActionDiff d = new Differ(evaluator).diff(draft, ordinance, Vocab.action("notify-release"));
        DiffPattern p = d.patterns().stream()
                .filter(x -> x.first() == Status.PERMITTED && x.second() == Status.FORBIDDEN)
                .filter(x -> String.join(" ", texts(x)).contains("advised-of-rights = false"))
                .findFirst().orElseThrow();
        assertThat(texts(p)).contains("detainer = i-247a");
        confirmed(p);
    }

    @Test
    void underAnyWarrantTheDraftLetsAnAdministrativeWarrantHoldAndOpenSecureAreas() {
        for (Action a : List.of(Vocab.action("hold-past-release"), Vocab.action("admit-ice-secure-area"))) {
            ActionDiff d = new Differ(evaluator).diff(draft, ordinance, a);
            DiffPattern p = d.patterns().stream()
                    .filter(x -> x.first() == Status.PERMITTED && x.second() == Status.FORBIDDEN)
                    .findFirst().orElseThrow();
            assertThat(texts(p)).contains("warrant = administrative", "reading draft-order.warrant = any-warrant");
            assertThat(p.example().readings()).containsEntry("draft-order.warrant", "any-warrant");
            confirmed(p);
        }
    }

    /** The example gets exactly the pattern's two statuses when run again through the evaluator. */
    private void confirmed(DiffPattern p) {
        DiffExample e = p.example();
        assertThat(evaluator.evaluate(draft, p.action(), e.facts(), e.readings()).status()).isEqualTo(p.first());
        assertThat(evaluator.evaluate(ordinance, p.action(), e.facts(), e.readings()).status()).isEqualTo(p.second());
    }

    @Test
    void patternsAreExactAndCoverEveryDisagreement() {
        Differ differ = new Differ(evaluator);
        for (Action a : Vocab.actions()) {
            ActionDiff d = differ.diff(draft, ordinance, a);
            FactSpace space = FactSpace.of(List.of(draft, ordinance), a);
            long disagreeing = 0;
            for (long i = 0; i < space.size(); i++) {
                Point pt = space.point(i);
                Status sa = evaluator.evaluate(draft, a, pt.facts(), pt.readings()).status();
                Status sb = evaluator.evaluate(ordinance, a, pt.facts(), pt.readings()).status();
                List<DiffPattern> matching = d.patterns().stream().filter(p -> matches(space, p, pt)).toList();
                if (sa != sb) {
                    disagreeing++;
                    assertThat(matching).as("%s case %s is covered", a, pt.facts()).isNotEmpty();
                }
                for (DiffPattern p : matching) {
                    assertThat(List.of(sa, sb)).as("%s: %s", a, texts(p)).containsExactly(p.first(), p.second());
                }
            }
            assertThat(d.disagreeing()).isEqualTo(disagreeing);
            assertThat(d.cases()).isEqualTo(space.size());
        }
    }

    /** Re-reads a pattern's conditions against a point, through the values its conditions list. */
    private static boolean matches(FactSpace space, DiffPattern p, Point pt) {
        for (Condition c : p.conditions()) {
            if (!holds(space, c, pt)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(FactSpace space, Condition c, Point pt) {
        if (c.text().startsWith("(")) {
            // an either-or: check each part
            String inner = c.text().substring(1, c.text().length() - 1);
            for (String part : inner.split(" or (?=[a-z-]+( [a-z.-]+)? (=|≠))")) {
                if (holdsSimple(space, part, pt)) {
                    return true;
                }
            }
            return false;
        }
        return holdsSimple(space, c.text(), pt);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean holdsSimple(FactSpace space, String text, Point pt) {
        for (int d = 0; d < space.dimensions().size(); d++) {
            Dimension dim = space.dimensions().get(d);
            String v = dim.format(pt.index(d));
            if (dim.buckets() != null && text.startsWith(dim.label() + " ")) {
                String[] parts = text.substring(dim.label().length() + 1).split(" ", 2);
                Comparable value = (Comparable) dim.values().get(pt.index(d));
                Comparable bound = dim.kind() == Dimension.Kind.DATE ? java.time.LocalDate.parse(parts[1])
                        : (Comparable) Double.valueOf(parts[1]);
                int c = value.compareTo(bound);
                return switch (parts[0]) {
                    case "<" -> c < 0;
                    case "≤" -> c <= 0;
                    case ">" -> c > 0;
                    case "≥" -> c >= 0;
                    case "=" -> c == 0;
                    default -> throw new AssertionError("cannot read condition " + text);
                };
            }
            if (text.startsWith(dim.label() + " = ")) {
                return List.of(text.substring(dim.label().length() + 3).split(" or ")).contains(v);
            }
            if (text.startsWith(dim.label() + " ≠ ")) {
                return !text.substring(dim.label().length() + 3).equals(v);
            }
        }
        throw new AssertionError("cannot read condition " + text);
    }
}
