package org.icerules.analysis;

import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.law.Regime;
import org.icerules.model.verdicts.Verdict;

import java.util.List;
import java.util.Map;

/**
 * Why one regime answers one action as it does for a case, and what would change the answer.
 *
 * @param verdict        the answer: status, deciding provisions, facts that mattered ({@code because}), overridden provisions
 * @param deciding       the rules that decided (name, file:line)
 * @param overruled      the rules that applied but gave way to an exception
 * @param unmet          the exceptions to the deciding provisions that did not apply (their absence decided too)
 * @param readings       the regime's switches with the reading in force
 * @param switchesRead   the switches the rules for this action read (so the reading matters)
 * @param whyNot         every smallest change of one or two facts that flips the status, one-fact changes first
 */
public record Explanation(Regime regime, Action action, Case facts, Verdict verdict, List<RuleInfo> deciding,
                          List<RuleInfo> overruled, List<RuleInfo> unmet, Map<String, String> readings, List<String> switchesRead,
                          List<Counterfactual> whyNot) {
}
