package org.icerules.engine.fast;

import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Verdict;
import org.icerules.regime.CompiledRegime;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The fast path of one regime: verdicts remembered per {@link FactKey}, and rules fired in a
 * reused session on a miss. Kept with the compiled regime, so every evaluator shares it.
 */
public final class FastPath {
    private final VerdictMemo memo;
    private final RuleFiring firing;

    private FastPath(CompiledRegime regime) {
        this.memo = new VerdictMemo(new FactKey(regime), VerdictMemo.DEFAULT_CAPACITY);
        this.firing = new RuleFiring(regime);
    }

    public static FastPath of(CompiledRegime regime) {
        return regime.attached(FastPath.class, () -> new FastPath(regime));
    }

    /** The rules that fire on these facts and readings (the readings in force), in a reused session. */
    public Set<String> fire(Case facts, Map<String, String> readingsInForce) {
        return firing.fire(facts, readingsInForce);
    }

    /** The remembered verdicts for a case like this one, or {@code engine}'s, remembered. */
    public List<Verdict> verdicts(Case facts, Map<String, String> chosen, Supplier<List<Verdict>> engine) {
        return memo.verdicts(facts, chosen, engine);
    }

    /** The remembered names of the rules that fire for a case like this one, or {@code engine}'s. */
    public Set<String> fired(Case facts, Map<String, String> chosen, Supplier<Set<String>> engine) {
        return memo.fired(facts, chosen, engine);
    }

    /** How many fact keys are remembered (for the benchmark's memory figures). */
    public int remembered() {
        return memo.size();
    }
}
