package org.icerules.law;

import org.icerules.Vocab;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.verdicts.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icerules.law.LawInForceTest.LAW;
import static org.icerules.law.LawInForceTest.deciding;
import static org.icerules.law.LawInForceTest.facts;

/**
 * A state preempting its county (rules/state/texas-sb4-2017 `preempts`) on the project's own
 * rules, in Austin: the Travis County Sheriff's detainer policy against Texas SB 4, before, while
 * SB 4's mandate was enjoined, and after.
 */
class StatePreemptionLawTest {
    static final String COUNTY = "travis-county-sheriff-2017";
    static final String STATE = "texas-sb4-2017";

    static Case detainer() {
        return facts("actor", "sheriff-deputy", "detainer", "i-247a");
    }

    static LawAnswer austin(String date, Case c, List<String> include) {
        return LAW.answer(c, LocalDate.parse(date), "austin", Map.of(), include);
    }

    static CombinedAnswer of(LawAnswer law, Action a) {
        return law.answers().get(a.index());
    }

    static List<String> preempted(CombinedAnswer a) {
        return a.preempted().stream().map(p -> p.preempted().regime() + ":" + p.preempted().provision().id()
                + " by " + p.by().regime() + ":" + p.by().provision().id()).toList();
    }

    @Test
    void on20180101Sb4OverridesTheCountysDetainerPolicyAndItsRequirementStands() {
        // the policy was rescinded on 2017-09-25: it is a layer on this date only as included
        LawAnswer law = austin("2018-01-01", detainer(), List.of(COUNTY));
        CombinedAnswer hold = of(law, Vocab.action("hold-past-release"));
        assertThat(hold.status()).isEqualTo(Status.REQUIRED);
        assertThat(deciding(hold)).containsExactly(STATE + ":tx-ccp-2-251-a");
        assertThat(preempted(hold)).containsExactly(COUNTY + ":tcso-detainer by " + STATE + ":tx-ccp-2-251-a");
        assertThat(hold.preempted().get(0).preempted().status()).isEqualTo(Status.FORBIDDEN);
        assertThat(hold.preempted().get(0).note()).contains("§ 752.053(a)(1), (a)(3)");
        assertThat(hold.conflicts()).isEmpty();
        CombinedAnswer notice = of(law, Vocab.action("notify-release"));
        assertThat(notice.status()).isEqualTo(Status.REQUIRED);
        assertThat(preempted(notice)).containsExactly(COUNTY + ":tcso-detainer by " + STATE + ":tx-ccp-2-251-a");
    }

    @Test
    void on20180101TheCountyPolicyIsNoLongerALayer() {
        LawAnswer law = austin("2018-01-01", detainer(), List.of());
        assertThat(law.layers()).extracting(Layer::id).doesNotContain(COUNTY).contains(STATE);
        CombinedAnswer hold = of(law, Vocab.action("hold-past-release"));
        assertThat(hold.status()).isEqualTo(Status.REQUIRED);
        assertThat(hold.preempted()).isEmpty();
    }

    @Test
    void beforeSb4TookEffectTheCountyPolicyStands() {
        LawAnswer law = austin("2017-06-16", detainer(), List.of());
        assertThat(law.layers()).extracting(Layer::id).contains(COUNTY).doesNotContain(STATE);
        CombinedAnswer hold = of(law, Vocab.action("hold-past-release"));
        assertThat(hold.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(deciding(hold)).containsExactly(COUNTY + ":tcso-detainer");
        assertThat(hold.preempted()).isEmpty();
    }

    @Test
    void whileTheMandateWasEnjoinedTheHoldBanStoodButTheInquiryBanDidNot() {
        LawAnswer law = austin("2017-09-10", detainer(), List.of());
        assertThat(law.layers()).extracting(Layer::id).contains(COUNTY, STATE);
        assertThat(law.fromRecord()).containsEntry("sb4.injunction", "enjoined");
        CombinedAnswer hold = of(law, Vocab.action("hold-past-release"));
        assertThat(hold.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(deciding(hold)).containsExactly(COUNTY + ":tcso-detainer");
        assertThat(hold.preempted()).isEmpty();
        CombinedAnswer ask = of(law, Vocab.action("ask-immigration-status"));
        assertThat(ask.status()).isEqualTo(Status.PERMITTED);
        assertThat(preempted(ask)).containsExactly(COUNTY + ":tcso-status-inquiry by " + STATE + ":tx-gov-752-053-b-1");
    }

    @Test
    void proofOfLawfulStatusLeavesTheCountysBanStanding() {
        Case proof = facts("actor", "sheriff-deputy", "detainer", "i-247a", "proof-of-lawful-status", "true");
        CombinedAnswer hold = of(austin("2018-01-01", proof, List.of(COUNTY)), Vocab.action("hold-past-release"));
        assertThat(hold.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(hold.preempted()).isEmpty();
    }
}
