package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.icerules.regime.CompiledRegime;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every public source a regime rests on can be opened: an absolute https link on each. */
class SourceLinksTest {
    @Test
    void everySourceOfEveryRegimeHasAnHttpsLink() {
        List<String> missing = new ArrayList<>();
        for (CompiledRegime cr : RegimeVerifier.projectCatalog().regimes()) {
            for (Source s : cr.regime().sources()) {
                if (s.href() == null || !s.href().startsWith("https://")) {
                    missing.add(cr.id() + ": \"" + s.title() + "\" (href: " + s.href() + ")");
                }
            }
        }
        assertThat(missing).as("sources without an https link").isEmpty();
    }

    @Test
    void everyProvisionLinkIsHttps() {
        for (CompiledRegime cr : RegimeVerifier.projectCatalog().regimes()) {
            for (Provision p : cr.regime().provisions()) {
                if (p.href() != null) {
                    assertThat(p.href()).as(cr.id() + " " + p.id()).startsWith("https://");
                }
            }
        }
    }
}
