package org.icerules.profile;

import org.icerules.law.Layer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icerules.profile.Profiles.deciding;
import static org.icerules.profile.Profiles.item;

/**
 * Every item of both maps, pinned for Denver in 2016 (the 2014 practice, § 1373) and in 2018
 * (the ordinance, EO 142, § 1373; the JAG conditions as a grant): the word and the provisions
 * that decide it.
 */
class DenverProfileTest {
    static final PlaceProfile Y2016 = Profiles.of("denver", "2016-06-01");
    static final PlaceProfile Y2018 = Profiles.of("denver", "2018-06-01");

    static void pin(PlaceProfile p, String map, String item, String word, String... provisions) {
        PlaceProfile.ItemAnswer a = item(p, map, item);
        assertThat(a.word()).as(p.place() + " " + map + "/" + item).isEqualTo(word);
        assertThat(deciding(a)).as(p.place() + " " + map + "/" + item + " deciding").containsExactly(provisions);
    }

    @Test
    void theLayersAreThoseOfLaw() {
        assertThat(Y2016.layers()).extracting(Layer::id).containsExactly("denver-practice-2014", "federal-1373");
        assertThat(Y2018.layers()).extracting(Layer::id).containsExactly("denver-ordinance-2017", "denver-eo-142",
                "federal-1373", "federal-jag-2017");
        assertThat(Y2018.name()).isEqualTo("City and County of Denver");
    }

    @Test
    void ilrcItemsIn2016() {
        pin(Y2016, "ilrc", "no-287g", "limits", "denver-practice-2014:practice-2014-no-city-resources",
                "denver-practice-2014:practice-2014-detainer-memo");
        pin(Y2016, "ilrc", "no-detention-contract", "silent");
        pin(Y2016, "ilrc", "no-ice-holds", "limits", "denver-practice-2014:practice-2014-detainer-memo");
        pin(Y2016, "ilrc", "no-notification", "allows", "denver-practice-2014:practice-2014-release-notice");
        pin(Y2016, "ilrc", "limits-on-ice-access", "allows", "denver-practice-2014:practice-2014-secure-area-access",
                "denver-practice-2014:practice-2014-jail-interviews", "denver-practice-2014:practice-2014-remote-interviews");
        pin(Y2016, "ilrc", "no-status-inquiries", "silent");
        pin(Y2016, "ilrc", "no-assistance", "limits", "denver-practice-2014:practice-2014-no-city-resources");
    }

    @Test
    void ilrcItemsIn2018() {
        pin(Y2018, "ilrc", "no-287g", "limits", "denver-ordinance-2017:drmc-28-250-a-1",
                "denver-ordinance-2017:drmc-28-250-a-5");
        pin(Y2018, "ilrc", "no-detention-contract", "silent");
        pin(Y2018, "ilrc", "no-ice-holds", "limits", "denver-ordinance-2017:drmc-28-253");
        // the I-247A is a written request the ordinance lets the jail answer; a phone call is not
        pin(Y2018, "ilrc", "no-notification", "partly", "denver-ordinance-2017:drmc-28-253-notification",
                "denver-ordinance-2017:drmc-28-250-a-1");
        pin(Y2018, "ilrc", "limits-on-ice-access", "limits", "denver-ordinance-2017:drmc-28-252-a",
                "denver-ordinance-2017:drmc-28-252-b");
        pin(Y2018, "ilrc", "no-status-inquiries", "limits", "denver-ordinance-2017:drmc-28-250-a-2");
        pin(Y2018, "ilrc", "no-assistance", "limits", "denver-ordinance-2017:drmc-28-250-a-1");
    }

    @Test
    void floridaItemsIn2016() {
        pin(Y2016, "fl-908-102", "a-detainer", "limits", "denver-practice-2014:practice-2014-detainer-memo");
        pin(Y2016, "fl-908-102", "b-release-notice", "allows", "denver-practice-2014:practice-2014-release-notice");
        pin(Y2016, "fl-908-102", "c-interview-access", "allows", "denver-practice-2014:practice-2014-jail-interviews",
                "denver-practice-2014:practice-2014-remote-interviews");
        pin(Y2016, "fl-908-102", "d-287-programs", "limits", "denver-practice-2014:practice-2014-no-city-resources",
                "denver-practice-2014:practice-2014-detainer-memo");
        // unasked, the practice says nothing; asked by phone, it answers
        pin(Y2016, "fl-908-102", "e-incarceration-status", "silent/allows",
                "denver-practice-2014:practice-2014-release-notice");
    }

    @Test
    void floridaItemsIn2018() {
        pin(Y2018, "fl-908-102", "a-detainer", "limits", "denver-ordinance-2017:drmc-28-253");
        pin(Y2018, "fl-908-102", "b-release-notice", "partly", "denver-ordinance-2017:drmc-28-253-notification",
                "denver-ordinance-2017:drmc-28-250-a-1");
        pin(Y2018, "fl-908-102", "c-interview-access", "limits", "denver-ordinance-2017:drmc-28-252-a",
                "denver-ordinance-2017:drmc-28-252-b");
        pin(Y2018, "fl-908-102", "d-287-programs", "limits", "denver-ordinance-2017:drmc-28-250-a-1",
                "denver-ordinance-2017:drmc-28-250-a-5");
        pin(Y2018, "fl-908-102", "e-incarceration-status", "limits", "denver-ordinance-2017:drmc-28-250-a-1");
    }

    @Test
    void aPartlyItemLimitsSomeQuestionsAndNotOthers() {
        PlaceProfile.ItemAnswer notice = item(Y2018, "ilrc", "no-notification");
        assertThat(notice.partly()).isTrue();
        assertThat(notice.limits()).isFalse();
        assertThat(notice.statuses()).extracting(s -> s.wire()).containsExactly("permitted", "forbidden");
        assertThat(item(Y2018, "ilrc", "no-ice-holds").limits()).isTrue();
        assertThat(item(Y2016, "ilrc", "no-detention-contract").limits()).isFalse();
    }

    @Test
    void everyItemOfTheFileIsAnswered() {
        assertThat(Y2018.itemsOf(Profiles.PROFILER.spec().maps().get(0))).hasSize(7);
        assertThat(Y2018.itemsOf(Profiles.PROFILER.spec().maps().get(1))).hasSize(5);
    }
}
