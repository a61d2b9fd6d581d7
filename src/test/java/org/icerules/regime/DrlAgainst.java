package org.icerules.regime;

import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** For tests: a DRL text compiled against the classes behind one class loader (a vocabulary's), as a rule base. */
final class DrlAgainst {
    private DrlAgainst() {
    }

    static InternalKnowledgeBase ruleBase(String drl, ClassLoader loader) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertThat(builder.getErrors()).as("the DRL compiles").isEmpty();
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        kbase.addPackages(builder.getKnowledgePackages());
        return kbase;
    }

    /** What the rules added to their global {@code List fired} for this one fact, in a session of its own. */
    static java.util.List<String> fired(InternalKnowledgeBase kbase, Object fact) {
        org.kie.api.runtime.KieSession session = kbase.newKieSession();
        java.util.List<String> fired = new java.util.ArrayList<>();
        session.setGlobal("fired", fired);
        session.insert(fact);
        session.fireAllRules();
        session.dispose();
        return fired;
    }
}
