package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.icerules.regime.CompiledRegime;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Source;
import org.icerules.model.law.SwitchReading;
import org.icerules.model.law.SwitchSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every public source a regime rests on can be opened (an absolute https link on each), and every reading it leaves open is documented. */
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

    /** A contested reading shows both sides: every value of every switch says what it means, who holds it and on what source. */
    @Test
    void everyValueOfEverySwitchIsDocumentedWithItsSources() {
        List<String> undocumented = new ArrayList<>();
        for (CompiledRegime cr : RegimeVerifier.projectCatalog().regimes()) {
            for (SwitchSpec sw : cr.regime().switches()) {
                for (String value : sw.values()) {
                    SwitchReading r = sw.reading(value);
                    if (r == null || r.meaning() == null || r.sources().isEmpty()) {
                        undocumented.add(sw.name() + "=" + value);
                    }
                }
            }
        }
        assertThat(undocumented).as("switch values without a documented reading and sources").isEmpty();
    }
}
