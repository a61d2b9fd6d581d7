package org.icerules.engine.fast;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.Reading;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.icerules.regime.CompiledRegime;

/**
 * Fires one regime's rules on a case, reusing one session per thread: insert the case and
 * the readings, fire, then delete them, which leaves the session as empty as a new one
 * (creating a session costs more than firing our rules). That holds only when every rule
 * needs a fact to match; a rule that could match an empty session (no pattern, or only
 * {@code not}/{@code exists}) would fire once per session, not once per case, so such a
 * regime gets a fresh session each time, as before.
 */
final class RuleFiring {
    private final CompiledRegime regime;
    private final boolean reusable;
    private final ThreadLocal<Reused> local = new ThreadLocal<>();

    /** A session kept by one thread, with the names of the rules it fired since the last case. */
    private static final class Reused {
        final KieSession session;
        final Set<String> fired = new HashSet<>();

        Reused(KieBase kieBase) {
            session = kieBase.newKieSession();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
        }
    }

    RuleFiring(CompiledRegime regime) {
        this.regime = regime;
        this.reusable = everyRuleNeedsAFact(regime.kieBase());
    }

    /** The names of the rules that fire on these facts and readings (the readings in force). */
    Set<String> fire(Case facts, Map<String, String> readings) {
        if (!reusable) {
            return FreshSession.fire(regime, facts, readings);
        }
        Reused r = local.get();
        if (r == null) {
            r = new Reused(regime.kieBase());
            local.set(r);
        }
        r.fired.clear();
        FactHandle[] handles = new FactHandle[readings.size() + 1];
        int n = 0;
        boolean clean = false;
        try {
            handles[n++] = r.session.insert(facts);
            for (Map.Entry<String, String> e : readings.entrySet()) {
                handles[n++] = r.session.insert(new Reading(e.getKey(), e.getValue()));
            }
            r.session.fireAllRules();
            for (int i = 0; i < n; i++) {
                r.session.delete(handles[i]);
            }
            clean = true;
            return new HashSet<>(r.fired);
        } catch (RuntimeException e) {
            throw new IllegalStateException("regime " + regime.id() + " failed on this case: " + e.getMessage(), e);
        } finally {
            if (!clean) { // a half-run session is not reused
                local.remove();
                r.session.dispose();
            }
        }
    }

    private static boolean everyRuleNeedsAFact(KieBase kieBase) {
        for (var pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!(rule instanceof RuleImpl impl) || !needsAFact(impl.getLhs())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True if every way this condition can hold includes a positive pattern. */
    private static boolean needsAFact(RuleConditionElement e) {
        if (e instanceof Pattern) {
            return true;
        }
        if (e instanceof GroupElement g) {
            if (g.isAnd()) {
                return g.getChildren().stream().anyMatch(RuleFiring::needsAFact);
            }
            if (g.isOr()) {
                return !g.getChildren().isEmpty() && g.getChildren().stream().allMatch(RuleFiring::needsAFact);
            }
        }
        return false; // not, exists, forall, eval, accumulate, …: be safe
    }
}
