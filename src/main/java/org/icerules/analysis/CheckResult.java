package org.icerules.analysis;

import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Claim;

import java.util.List;

/**
 * {@code check}: every regime over the whole fact space and every switch combination.
 *
 * @param regimes   the regimes checked
 * @param cases     how many (regime, action, case) verdicts were computed
 * @param conflicts every place two provisions of one regime disagree and neither gives way
 * @param findings  rules that never apply (their conditions cannot all hold) or never decide
 *                  (they always give way): an action the regime means to decide but cannot
 * @param unreadFacts facts of the vocabulary that no rule of any loaded regime reads, in spec
 *                  order: a scenario may set them, but no answer can turn on them
 */
public record CheckResult(List<String> regimes, long cases, List<Conflict> conflicts, List<Finding> findings,
                          List<String> unreadFacts) {

    public CheckResult {
        unreadFacts = unreadFacts == null ? List.of() : List.copyOf(unreadFacts);
    }

    public boolean passed() {
        return conflicts.isEmpty();
    }

    /** One kind of conflict: which provisions claim what, in how many cases, and one of them. */
    public record Conflict(String regime, Action action, List<Claim> claims, long cases, DiffExample example) {
    }

    /**
     * @param kind {@code unreachable} (the rule never applies) or {@code always-overridden}
     *             (it applies only where an exception defeats it)
     */
    public record Finding(String regime, Action action, String kind, String rule, String provision, String file,
                          int line) {
    }
}
