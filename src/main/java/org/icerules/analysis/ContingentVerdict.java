package org.icerules.analysis;

import org.icerules.model.facts.Action;
import org.icerules.model.verdicts.Verdict;

/** What one regime says of one action while some facts are unknown. */
public record ContingentVerdict(String regime, Action action, Contingency<Verdict> answer) {
    public boolean isDefinite() {
        return answer.isDefinite();
    }
}
