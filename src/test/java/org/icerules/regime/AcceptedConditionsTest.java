package org.icerules.regime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything rules/README.md lets an author write is read exactly: the facts, switches,
 * number thresholds and days each condition turns on, whichever way round it is written.
 */
class AcceptedConditionsTest {
    @TempDir
    Path root;

    private RuleInfo exception(String condition) throws IOException {
        RegimeLintTest.tinyRules(root, RegimeLintTest.YAML, RegimeLintTest.RULES
                .replace("Case( warrant == Warrant.JUDICIAL )", condition)
                .replace("    Reading( name == \"tiny.reading\", value == \"narrow\" )\n", ""));
        return RegimeCatalog.load(root.resolve("rules")).get("tiny").rule("Exception");
    }

    @Test
    void enumsEitherWayRoundWithOrInAndNotIn() throws IOException {
        RuleInfo r = exception("Case( notificationRequest == NotificationRequest.WRITTEN || Detainer.I_247A == detainer,\n"
                + "          actor not in (Actor.ICE_AGENT, Actor.STATE_PATROL_OFFICER), Purpose.PEACEKEEPING != purpose,\n"
                + "          warrant in (Warrant.JUDICIAL, Warrant.TRANSFER_WRIT) )");
        assertThat(r.reads()).containsExactly("actor", "detainer", "warrant", "notification-request", "purpose");
        assertThat(r.numberThresholds()).isEmpty();
        assertThat(r.readsDate()).isFalse();
    }

    @Test
    void boolsAloneNegatedGroupedAndCompared() throws IOException {
        RuleInfo r = exception("Case( advisedOfRights, !requiredByLaw, !(publicContactAllowed && crimeVictim),\n"
                + "          (removalProceedings || jagGrantAccepted) && agreement287g == false )");
        assertThat(r.reads()).containsExactly("advised-of-rights", "public-contact-allowed", "required-by-law",
                "crime-victim", "removal-proceedings", "jag-grant-accepted", "agreement-287g");
    }

    @Test
    void numbersAgainstConstantsEitherWayRound() throws IOException {
        RuleInfo r = exception("Case( hoursUntilRelease < 48 || 0.5 >= hoursUntilRelease, hoursUntilRelease in (24, 72) )");
        assertThat(r.reads()).containsExactly("hours-until-release");
        assertThat(r.numberThresholds()).isEqualTo(Map.of("hours-until-release", Set.of(0.5, 24.0, 48.0, 72.0)));
    }

    @Test
    void theDayPredicates() throws IOException {
        RuleInfo r = exception("Case( onOrAfter(\"2018-03-19\"), onOrBefore(\"2021-01-20\") || !before(\"2019-05-28\"),\n"
                + "          !(after(\"2022-01-01\")) )");
        assertThat(r.readsDate()).isTrue();
        assertThat(r.reads()).isEmpty();
        assertThat(r.dateThresholds()).containsExactly(LocalDate.of(2018, 3, 19), LocalDate.of(2019, 5, 28),
                LocalDate.of(2021, 1, 20), LocalDate.of(2022, 1, 1));
    }

    @Test
    void readingsWithEqualsInAndNotEquals() throws IOException {
        RuleInfo r = exception("Case( warrant == Warrant.JUDICIAL )\n"
                + "    Reading( name == \"tiny.reading\", value in (\"narrow\", \"broad\") )\n"
                + "    Reading( \"tiny.reading\" == name, value != \"broad\" )");
        assertThat(r.switches()).isEqualTo(Map.of("tiny.reading", Set.of("narrow", "broad")));
    }

    @Test
    void patternsJoinedByOrReadBothSides() throws IOException {
        RuleInfo r = exception("( Case( warrant == Warrant.JUDICIAL ) or Case( hoursUntilRelease < 48 ) )");
        assertThat(r.reads()).containsExactly("hours-until-release", "warrant");
        assertThat(r.numberThresholds()).containsOnlyKeys("hours-until-release");
        assertThat(List.of(r.line(), r.column())).containsExactly(11, 1);
    }
}
