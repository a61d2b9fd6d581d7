package org.icerules.engine.fast;

import org.icerules.model.facts.Case;
import org.icerules.model.facts.Reading;
import org.icerules.regime.CompiledRegime;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Fires a regime's rules in a new session, disposed after: the reference every faster path is tested against. */
public final class FreshSession {
    private FreshSession() {
    }

    /** The names of the rules that fire on these facts and readings. */
    public static Set<String> fire(CompiledRegime regime, Case facts, Map<String, String> readings) {
        Set<String> fired = new HashSet<>();
        KieSession session = regime.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.insert(facts);
            readings.forEach((k, v) -> session.insert(new Reading(k, v)));
            session.fireAllRules();
        } catch (RuntimeException e) {
            // e.g. a literal of the wrong type that the classic build let through
            throw new IllegalStateException("regime " + regime.id() + " failed on this case: " + e.getMessage(), e);
        } finally {
            session.dispose();
        }
        return fired;
    }
}
