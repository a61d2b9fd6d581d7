package org.icerules.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icerules.profile.Profiles.item;

/**
 * Los Angeles County and Travis County in 2018: each item's word and a fragment of the citation
 * of a provision that decides it (the California and Texas layers as encoded under rules/).
 */
class OtherRegimesProfileTest {

    /** The item's word, and that some deciding provision's citation contains {@code citeFragment} (null: none expected). */
    static void expect(PlaceProfile p, String map, String itemId, String word, String citeFragment) {
        PlaceProfile.ItemAnswer a = item(p, map, itemId);
        assertThat(a.word()).as(p.place() + " " + map + "/" + itemId).isEqualTo(word);
        if (citeFragment != null) {
            assertThat(a.deciding()).as(p.place() + " " + map + "/" + itemId + " deciding")
                    .anySatisfy(d -> assertThat(d.provision().cite()).contains(citeFragment));
        }
    }

    @Test
    void losAngelesCountyIn2018() {
        PlaceProfile p = Profiles.of("los-angeles-county", "2018-06-01");
        // SB 54, the California Values Act (Cal. Gov't Code § 7284.6, from 2018-01-01): no help, no
        // inquiry, no holds, no release dates, no 287(g)-style deputising ((a)(1)(E))
        expect(p, "ilrc", "no-287g", "limits", "7284.6(a)(1)");
        expect(p, "ilrc", "no-ice-holds", "limits", "7284.6(a)(1)(B)");
        expect(p, "ilrc", "no-notification", "limits", "7284.6(a)(1)(C)");
        expect(p, "ilrc", "no-status-inquiries", "limits", "7284.6(a)(1)(A)");
        expect(p, "ilrc", "no-assistance", "limits", "7284.6(a)(1)");
        // SB 29 (Cal. Civ. Code § 1670.9, from 2018-01-01): no new or expanded detention contracts
        expect(p, "ilrc", "no-detention-contract", "limits", "1670.9");
        // interviews need the TRUTH Act's consent form first (Cal. Gov't Code § 7283.1(a)) and SB 54
        // bars help beyond that ((a)(1)); (b)(5) lets a consented interview go ahead: partly limited
        expect(p, "ilrc", "limits-on-ice-access", "partly", "7283.1(a)");
        expect(p, "fl-908-102", "a-detainer", "limits", "7284.6(a)(1)(B)");
        expect(p, "fl-908-102", "b-release-notice", "limits", "7284.6(a)(1)(C)");
        expect(p, "fl-908-102", "c-interview-access", "limits", "7283.1(a)");
        expect(p, "fl-908-102", "d-287-programs", "limits", "7284.6(a)(1)(E)");
        expect(p, "fl-908-102", "e-incarceration-status", "limits", "7284.6(a)(1)(C)");
        assertThat(p.items()).hasSize(12);
    }

    @Test
    void travisCountyIn2018() {
        PlaceProfile p = Profiles.of("travis-county", "2018-06-01");
        // Texas SB 4 (2017), in force from 2017-09-01 (upheld in most part, City of El Cenizo v. Texas,
        // 5th Cir. 2018-03-13): art. 2.251 Code Crim. Proc. requires complying with a detainer; Gov't Code
        // § 752.053 forbids a local policy that prohibits or materially limits enforcement (status
        // inquiries, assisting federal officers, letting them into the jail). Travis County's own
        // Feb. 2017 detainer policy gave way to it.
        expect(p, "ilrc", "no-ice-holds", "requires", "2.251(a)(1)");
        expect(p, "ilrc", "no-notification", "requires/allows", "2.251(a)(1)");
        expect(p, "ilrc", "no-status-inquiries", "allows", "752.053(b)(1)");
        expect(p, "ilrc", "no-assistance", "allows", "752.053(b)(3)");
        // assisting ICE may not be limited (§ 752.053(b)(3)); SB 4 requires no 287(g) agreement
        expect(p, "ilrc", "no-287g", "allows/silent", "752.053(b)(3)");
        // § 752.053(b)(4) lets ICE into the jail; SB 4 says nothing of phone or video interviews
        expect(p, "ilrc", "limits-on-ice-access", "allows/silent", "752.053(b)(4)");
        expect(p, "ilrc", "no-detention-contract", "silent", null);
        expect(p, "fl-908-102", "a-detainer", "requires", "2.251(a)(1)");
        expect(p, "fl-908-102", "b-release-notice", "allows", "752.053(b)(3)");
        expect(p, "fl-908-102", "c-interview-access", "allows/silent", "752.053(b)(4)");
        expect(p, "fl-908-102", "d-287-programs", "allows/silent", "752.053(b)(3)");
        expect(p, "fl-908-102", "e-incarceration-status", "silent/allows", "752.053(b)(3)");
        // nothing in SB 4 limits cooperation: no item limits
        assertThat(p.items()).hasSize(12).noneMatch(PlaceProfile.ItemAnswer::limits);
    }
}
