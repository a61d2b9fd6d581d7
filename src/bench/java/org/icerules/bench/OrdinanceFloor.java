package org.icerules.bench;

import org.icerules.model.Action;
import org.icerules.model.Actor;
import org.icerules.model.Case;
import org.icerules.model.InterviewRequest;
import org.icerules.model.NotificationRequest;
import org.icerules.model.Provision;
import org.icerules.model.Purpose;
import org.icerules.model.Regime;
import org.icerules.model.Status;
import org.icerules.model.Verdict;
import org.icerules.model.Warrant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: Denver's 2017 ordinance (rules/city/denver-ordinance-2017) evaluated by hand in
 * plain Java, producing the same verdicts as the engine — status, deciding provisions,
 * because, overridden — with no rule engine, no lookup and no memo. It exists only to say how
 * far the engine is from the cheapest possible answer; the harness checks it agrees with the
 * engine on every generated case. If the ordinance's rules change, this must change too.
 */
final class OrdinanceFloor {
    static final String REGIME = "denver-ordinance-2017";
    private static final String PROBATION = "ordinance.probation-scope";
    private static final String SHARING = "ordinance.status-sharing";

    private final Regime regime;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, Provision> byId = new HashMap<>();

    OrdinanceFloor(Regime regime) {
        this.regime = regime;
        for (int i = 0; i < regime.provisions().size(); i++) {
            Provision p = regime.provisions().get(i);
            order.put(p.id(), i);
            byId.put(p.id(), p);
        }
    }

    /** The verdicts on every action, in action order, for this case and these chosen readings. */
    List<Verdict> evaluate(Case c, Map<String, String> chosen) {
        String probation = chosen.getOrDefault(PROBATION, "city-only");
        String sharing = chosen.getOrDefault(SHARING, "only-when-required");
        boolean probationOutside = c.actor() == Actor.STATE_PROBATION_OFFICER && probation.equals("city-only");
        boolean criminal = c.purpose() == Purpose.CRIMINAL_INVESTIGATION;
        boolean judicial = c.warrant() == Warrant.JUDICIAL;
        boolean law = c.requiredByLaw();
        boolean writtenNoticeAdvised = c.notificationRequest() == NotificationRequest.WRITTEN && c.advisedOfRights();
        boolean remoteOk = c.publicContactAllowed() && c.advisedOfRights();
        boolean interview = c.interviewRequest() != InterviewRequest.NONE;
        boolean notice = c.notificationRequest() != NotificationRequest.NONE;
        boolean shield = sharing.equals("1373-shield");

        List<Verdict> out = new ArrayList<>(18);
        // hold-past-release: § 28-253, unless a judicial warrant
        out.add(banWithException(c, Action.HOLD_PAST_RELEASE, probationOutside, criminal, probation,
                "drmc-28-253", judicial, "drmc-28-253-judicial-warrant", Fact.WARRANT));
        // notify-release: § 28-250(a)(1), unless a written request after the advisement (§ 28-253)
        out.add(banWithException(c, Action.NOTIFY_RELEASE, probationOutside, criminal, probation,
                "drmc-28-250-a-1", writtenNoticeAdvised, "drmc-28-253-notification", Fact.NOTIFICATION, Fact.ADVISED));
        out.add(banWithException(c, Action.ADMIT_ICE_SECURE_AREA, probationOutside, criminal, probation,
                "drmc-28-252-a", judicial, "drmc-28-252-a-judicial-warrant", Fact.WARRANT));
        out.add(banWithException(c, Action.ALLOW_IN_PERSON_INTERVIEW, probationOutside, criminal, probation,
                "drmc-28-252-a", judicial, "drmc-28-252-a-judicial-warrant", Fact.WARRANT));
        // arrange-remote-interview: § 28-252(b) either way
        if (probationOutside || criminal) {
            out.add(outside(c, Action.ARRANGE_REMOTE_INTERVIEW, probationOutside, criminal, true, probation,
                    List.of("drmc-28-252-b")));
        } else {
            out.add(verdict(Action.ARRANGE_REMOTE_INTERVIEW, remoteOk ? Status.PERMITTED : Status.FORBIDDEN,
                    List.of("drmc-28-252-b"), List.of(),
                    because(c, probation, null, Fact.ADVISED, Fact.PUBLIC_CONTACT, Fact.PURPOSE)));
        }
        // advise-rights: required when ICE seeks an interview or a release notice
        List<String> advising = new ArrayList<>(2);
        if (interview) {
            advising.add("drmc-28-252-b-advisement");
        }
        if (notice) {
            advising.add("drmc-28-253-notification-advisement");
        }
        if (probationOutside || criminal) {
            out.add(outside(c, Action.ADVISE_RIGHTS, probationOutside, criminal, true, probation, advising));
        } else {
            out.add(verdict(Action.ADVISE_RIGHTS, advising.isEmpty() ? Status.SILENT : Status.REQUIRED, advising,
                    List.of(), because(c, probation, null, notice ? Fact.NOTIFICATION : null,
                            interview ? Fact.INTERVIEW : null, Fact.PURPOSE)));
        }
        // ask-immigration-status: § 28-250(a)(2), unless required by law (outside the criminal carve-out)
        if (probationOutside) {
            out.add(outside(c, Action.ASK_IMMIGRATION_STATUS, true, false, false, probation,
                    law ? List.of("drmc-28-250-a-2", "drmc-28-250-a-2-required-by-law") : List.of("drmc-28-250-a-2")));
        } else {
            out.add(law
                    ? verdict(Action.ASK_IMMIGRATION_STATUS, Status.PERMITTED, List.of("drmc-28-250-a-2-required-by-law"),
                    List.of("drmc-28-250-a-2"), because(c, probation, null, Fact.REQUIRED_BY_LAW))
                    : verdict(Action.ASK_IMMIGRATION_STATUS, Status.FORBIDDEN, List.of("drmc-28-250-a-2"), List.of(),
                    because(c, probation, null, Fact.REQUIRED_BY_LAW)));
        }
        // share-status-info: § 28-250(a)(4), unless required by law or, on the 1373-shield reading, always
        boolean sharingAllowed = law || shield;
        if (probationOutside) {
            out.add(outside(c, Action.SHARE_STATUS_INFO, true, false, false, probation, sharingAllowed
                    ? List.of("drmc-28-250-a-4", "drmc-28-250-a-4-required-by-law") : List.of("drmc-28-250-a-4")));
        } else if (sharingAllowed) {
            out.add(verdict(Action.SHARE_STATUS_INFO, Status.PERMITTED, List.of("drmc-28-250-a-4-required-by-law"),
                    List.of("drmc-28-250-a-4"), because(c, probation, shield ? sharing : null,
                            law ? Fact.REQUIRED_BY_LAW : null)));
        } else {
            out.add(verdict(Action.SHARE_STATUS_INFO, Status.FORBIDDEN, List.of("drmc-28-250-a-4"), List.of(),
                    because(c, probation, sharing, Fact.REQUIRED_BY_LAW)));
        }
        out.add(banWithException(c, Action.SHARE_PERSONAL_INFO, probationOutside, criminal, probation,
                "drmc-28-250-a-1-personal-info", law, "drmc-28-250-a-1-personal-info-required-by-law",
                Fact.REQUIRED_BY_LAW));
        // assist-civil-enforcement: § 28-250(a)(1), unless peacekeeping or a judicial warrant
        boolean peacekeeping = c.purpose() == Purpose.PEACEKEEPING;
        if (probationOutside || criminal) {
            List<String> fired = new ArrayList<>(List.of("drmc-28-250-a-1"));
            if (peacekeeping) {
                fired.add("drmc-28-250-a-1-peacekeeping");
            }
            if (judicial) {
                fired.add("drmc-28-250-a-1-judicial-warrant");
            }
            out.add(outside(c, Action.ASSIST_CIVIL_ENFORCEMENT, probationOutside, criminal, true, probation, fired));
        } else if (peacekeeping || judicial) {
            List<String> deciding = new ArrayList<>(2);
            if (peacekeeping) {
                deciding.add("drmc-28-250-a-1-peacekeeping");
            }
            if (judicial) {
                deciding.add("drmc-28-250-a-1-judicial-warrant");
            }
            out.add(verdict(Action.ASSIST_CIVIL_ENFORCEMENT, Status.PERMITTED, deciding, List.of("drmc-28-250-a-1"),
                    because(c, probation, null, judicial ? Fact.WARRANT : null, Fact.PURPOSE)));
        } else {
            out.add(verdict(Action.ASSIST_CIVIL_ENFORCEMENT, Status.FORBIDDEN, List.of("drmc-28-250-a-1"), List.of(),
                    because(c, probation, null, Fact.WARRANT, Fact.PURPOSE)));
        }
        // arrest-on-immigration-grounds: § 28-250(a)(5), unless a judicial warrant (no criminal carve-out)
        if (probationOutside) {
            out.add(outside(c, Action.ARREST_ON_IMMIGRATION_GROUNDS, true, false, false, probation, judicial
                    ? List.of("drmc-28-250-a-5", "drmc-28-250-a-5-judicial-warrant") : List.of("drmc-28-250-a-5")));
        } else {
            out.add(judicial
                    ? verdict(Action.ARREST_ON_IMMIGRATION_GROUNDS, Status.PERMITTED,
                    List.of("drmc-28-250-a-5-judicial-warrant"), List.of("drmc-28-250-a-5"),
                    because(c, probation, null, Fact.WARRANT))
                    : verdict(Action.ARREST_ON_IMMIGRATION_GROUNDS, Status.FORBIDDEN, List.of("drmc-28-250-a-5"),
                    List.of(), because(c, probation, null, Fact.WARRANT)));
        }
        out.add(nothingButScope(c, Action.RECORD_FOREIGN_NATIONAL_INFO, probationOutside, probation));
        // civil-arrest-at-courthouse: the ordinance does not reach public courthouse areas
        out.add(probationOutside
                ? outside(c, Action.CIVIL_ARREST_AT_COURTHOUSE, true, false, false, probation,
                List.of("drmc-28-252-a-public-areas"))
                : verdict(Action.CIVIL_ARREST_AT_COURTHOUSE, Status.SILENT, List.of("drmc-28-252-a-public-areas"),
                List.of(), because(c, probation, null)));
        out.add(nothingButScope(c, Action.SEEK_SCAAP_FUNDS, probationOutside, probation));
        out.add(nothingButScope(c, Action.FUND_LEGAL_DEFENSE, probationOutside, probation));
        out.add(nothingButScope(c, Action.CERTIFY_U_VISA, probationOutside, probation));
        // notify-consulate: treaty obligations
        out.add(probationOutside
                ? outside(c, Action.NOTIFY_CONSULATE, true, false, false, probation, List.of("drmc-28-250-a-treaty"))
                : verdict(Action.NOTIFY_CONSULATE, Status.PERMITTED, List.of("drmc-28-250-a-treaty"), List.of(),
                because(c, probation, null)));
        out.add(nothingButScope(c, Action.ENTER_DETENTION_AGREEMENT, probationOutside, probation));
        return out;
    }

    /** An action under the criminal carve-out: a ban that an exception lifts. */
    private Verdict banWithException(Case c, Action a, boolean probationOutside, boolean criminal, String probation,
                                     String ban, boolean excepted, String exception, Fact... exceptionReads) {
        if (probationOutside || criminal) {
            return outside(c, a, probationOutside, criminal, true, probation,
                    excepted ? List.of(ban, exception) : List.of(ban));
        }
        Fact[] reads = new Fact[exceptionReads.length + 1];
        System.arraycopy(exceptionReads, 0, reads, 0, exceptionReads.length);
        reads[exceptionReads.length] = Fact.PURPOSE;
        return excepted
                ? verdict(a, Status.PERMITTED, List.of(exception), List.of(ban), because(c, probation, null, reads))
                : verdict(a, Status.FORBIDDEN, List.of(ban), List.of(), because(c, probation, null, reads));
    }

    private Verdict nothingButScope(Case c, Action a, boolean probationOutside, String probation) {
        return probationOutside ? outside(c, a, true, false, false, probation, List.of())
                : verdict(a, Status.SILENT, List.of(), List.of(), because(c, probation, null));
    }

    /** A scope rule applies: silent, naming it, with every provision that fired overridden. */
    private Verdict outside(Case c, Action a, boolean probationOutside, boolean criminal, boolean carveOutApplies,
                            String probation, List<String> overridden) {
        List<String> deciding = new ArrayList<>(2);
        if (probationOutside) {
            deciding.add("drmc-28-250-a-scope");
        }
        if (criminal && carveOutApplies) {
            deciding.add("drmc-criminal-law-untouched");
        }
        return verdict(a, Status.SILENT, deciding, overridden,
                because(c, probation, null, carveOutApplies ? Fact.PURPOSE : null));
    }

    private Verdict verdict(Action a, Status s, List<String> deciding, List<String> overridden, List<String> because) {
        return new Verdict(regime.id(), a, s, provisions(deciding), because, provisions(overridden), List.of(),
                List.of());
    }

    /** The provisions in the order regime.yaml declares them. */
    private List<Provision> provisions(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() == 1) {
            return List.of(byId.get(ids.get(0)));
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort((x, y) -> Integer.compare(order.get(x), order.get(y)));
        List<Provision> out = new ArrayList<>(sorted.size());
        sorted.forEach(id -> out.add(byId.get(id)));
        return List.copyOf(out);
    }

    /** The facts that mattered, in the order of the fact list: the actor always (the scope rule reads it). */
    private enum Fact { WARRANT, NOTIFICATION, INTERVIEW, ADVISED, PUBLIC_CONTACT, PURPOSE, REQUIRED_BY_LAW }

    // Each line a because can hold, spelled once: a floor that built strings per case would flatter the engine.
    private static final String[] ACTOR = lines("actor", Actor.values());
    private static final String[] WARRANT = lines("warrant", Warrant.values());
    private static final String[] NOTIFICATION = lines("notification-request", NotificationRequest.values());
    private static final String[] INTERVIEW = lines("interview-request", InterviewRequest.values());
    private static final String[] PURPOSE = lines("purpose", Purpose.values());
    private static final String[] ADVISED = {"advised-of-rights = false", "advised-of-rights = true"};
    private static final String[] PUBLIC_CONTACT = {"public-contact-allowed = false", "public-contact-allowed = true"};
    private static final String[] REQUIRED_BY_LAW = {"required-by-law = false", "required-by-law = true"};
    private static final Map<String, String> READINGS = Map.of(
            PROBATION + "=city-only", "reading " + PROBATION + " = city-only",
            PROBATION + "=all-probation-in-denver", "reading " + PROBATION + " = all-probation-in-denver",
            SHARING + "=only-when-required", "reading " + SHARING + " = only-when-required",
            SHARING + "=1373-shield", "reading " + SHARING + " = 1373-shield");

    private static String[] lines(String name, org.icerules.model.FactValue[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = name + " = " + values[i].wire();
        }
        return out;
    }

    private static String reading(String name, String value) {
        boolean probation = name.equals(PROBATION);
        String line = probation ? (value.equals("city-only") ? P_CITY : value.equals("all-probation-in-denver") ? P_ALL : null)
                : (value.equals("only-when-required") ? S_REQUIRED : value.equals("1373-shield") ? S_SHIELD : null);
        return line != null ? line : "reading " + name + " = " + value;
    }

    private static final String P_CITY = READINGS.get(PROBATION + "=city-only");
    private static final String P_ALL = READINGS.get(PROBATION + "=all-probation-in-denver");
    private static final String S_REQUIRED = READINGS.get(SHARING + "=only-when-required");
    private static final String S_SHIELD = READINGS.get(SHARING + "=1373-shield");

    private static List<String> because(Case c, String probation, String sharing, Fact... facts) {
        boolean[] on = new boolean[Fact.values().length];
        for (Fact f : facts) {
            if (f != null) {
                on[f.ordinal()] = true;
            }
        }
        String[] out = new String[10];
        int n = 0;
        out[n++] = ACTOR[c.actor().ordinal()];
        if (on[Fact.WARRANT.ordinal()]) {
            out[n++] = WARRANT[c.warrant().ordinal()];
        }
        if (on[Fact.NOTIFICATION.ordinal()]) {
            out[n++] = NOTIFICATION[c.notificationRequest().ordinal()];
        }
        if (on[Fact.INTERVIEW.ordinal()]) {
            out[n++] = INTERVIEW[c.interviewRequest().ordinal()];
        }
        if (on[Fact.ADVISED.ordinal()]) {
            out[n++] = ADVISED[c.advisedOfRights() ? 1 : 0];
        }
        if (on[Fact.PUBLIC_CONTACT.ordinal()]) {
            out[n++] = PUBLIC_CONTACT[c.publicContactAllowed() ? 1 : 0];
        }
        if (on[Fact.PURPOSE.ordinal()]) {
            out[n++] = PURPOSE[c.purpose().ordinal()];
        }
        if (on[Fact.REQUIRED_BY_LAW.ordinal()]) {
            out[n++] = REQUIRED_BY_LAW[c.requiredByLaw() ? 1 : 0];
        }
        out[n++] = reading(PROBATION, probation);
        if (sharing != null) {
            out[n++] = reading(SHARING, sharing);
        }
        return List.of(java.util.Arrays.copyOf(out, n));
    }
}
