package org.icerules.regimes;

import org.icerules.RegimeVerifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** california-sb29-2017 (Civ. Code § 1670.9): one test per provision. */
class CaliforniaSb29Test {
    private static RegimeVerifier sb29() {
        return RegimeVerifier.forRegime("california-sb29-2017");
    }

    @Test
    void itBindsCitiesCountiesAndLocalLawEnforcementOnly() {
        for (String actor : new String[]{"ice-agent", "state-patrol-officer", "state-probation-officer"}) {
            sb29().given("actor", actor).then("enter-detention-agreement")
                    .isSilent().decidedBy("ca-civ-1670-9-scope").overriding("ca-civ-1670-9");
        }
    }

    @Test
    void noNewOrExpandedDetentionContractAndTheVerdictSaysAnExistingOneMayBeKept() {
        for (String actor : new String[]{"city-employee", "sheriff-deputy"}) {
            RegimeVerifier.Outcome o = sb29().given("actor", actor).on("2018-06-01").then("enter-detention-agreement")
                    .isForbidden().decidedBy("ca-civ-1670-9").overriding();
            assertThat(o.verdict().notes()).anyMatch(n -> n.contains("may be kept"));
        }
        sb29().given("actor", "city-employee").then("hold-past-release").isSilent().decidedBy();
    }
}
