package org.icerules.bench;

import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

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
 *
 * <p>The shape of every verdict: a scope rule that fires (who is bound, the criminal carve-outs,
 * transfer writs) makes the action silent and lists what fired beneath it; otherwise the
 * exceptions that fired decide over their general rule. {@code because} is what the deciding
 * rules read, plus what every scope rule of the action and every exception to a deciding
 * provision that did not fire reads.
 */
final class OrdinanceFloor {
    static final String REGIME = "denver-ordinance-2017";
    // the vocabulary read once: fact indexes, values and actions
    private static final Action ACT_ADMIT_ICE_SECURE_AREA = BenchVocab.action("admit-ice-secure-area");
    private static final Action ACT_ADVISE_RIGHTS = BenchVocab.action("advise-rights");
    private static final Action ACT_ALLOW_IN_PERSON_INTERVIEW = BenchVocab.action("allow-in-person-interview");
    private static final Action ACT_ARRANGE_REMOTE_INTERVIEW = BenchVocab.action("arrange-remote-interview");
    private static final Action ACT_ARREST_ON_IMMIGRATION_GROUNDS = BenchVocab.action("arrest-on-immigration-grounds");
    private static final Action ACT_ASK_IMMIGRATION_STATUS = BenchVocab.action("ask-immigration-status");
    private static final Action ACT_ASSIST_CIVIL_ENFORCEMENT = BenchVocab.action("assist-civil-enforcement");
    private static final Action ACT_CERTIFY_U_VISA = BenchVocab.action("certify-u-visa");
    private static final Action ACT_CIVIL_ARREST_AT_COURTHOUSE = BenchVocab.action("civil-arrest-at-courthouse");
    private static final Action ACT_ENTER_DETENTION_AGREEMENT = BenchVocab.action("enter-detention-agreement");
    private static final Action ACT_FUND_LEGAL_DEFENSE = BenchVocab.action("fund-legal-defense");
    private static final Action ACT_HOLD_PAST_RELEASE = BenchVocab.action("hold-past-release");
    private static final Action ACT_NOTIFY_CONSULATE = BenchVocab.action("notify-consulate");
    private static final Action ACT_NOTIFY_RELEASE = BenchVocab.action("notify-release");
    private static final Action ACT_RECORD_FOREIGN_NATIONAL_INFO = BenchVocab.action("record-foreign-national-info");
    private static final Action ACT_SEEK_SCAAP_FUNDS = BenchVocab.action("seek-scaap-funds");
    private static final Action ACT_SHARE_PERSONAL_INFO = BenchVocab.action("share-personal-info");
    private static final Action ACT_SHARE_STATUS_INFO = BenchVocab.action("share-status-info");
    private static final int F_ACTOR = BenchVocab.byName("actor").index();
    private static final int F_ADVISED_OF_RIGHTS = BenchVocab.byName("advised-of-rights").index();
    private static final int F_CONSULAR_NOTICE_REQUESTED = BenchVocab.byName("consular-notice-requested").index();
    private static final int F_DETAINER = BenchVocab.byName("detainer").index();
    private static final int F_INTERVIEW_REQUEST = BenchVocab.byName("interview-request").index();
    private static final int F_MANDATORY_NOTIFICATION_COUNTRY = BenchVocab.byName("mandatory-notification-country").index();
    private static final int F_NOTIFICATION_REQUEST = BenchVocab.byName("notification-request").index();
    private static final int F_PLACE = BenchVocab.byName("place").index();
    private static final int F_PUBLIC_CONTACT_ALLOWED = BenchVocab.byName("public-contact-allowed").index();
    private static final int F_PURPOSE = BenchVocab.byName("purpose").index();
    private static final int F_RECIPIENT = BenchVocab.byName("recipient").index();
    private static final int F_REQUIRED_BY_LAW = BenchVocab.byName("required-by-law").index();
    private static final int F_WARRANT = BenchVocab.byName("warrant").index();
    private static final Object V_ACTOR_ICE_AGENT = BenchVocab.value("actor", "ice-agent");
    private static final Object V_ACTOR_STATE_PATROL_OFFICER = BenchVocab.value("actor", "state-patrol-officer");
    private static final Object V_ACTOR_STATE_PROBATION_OFFICER = BenchVocab.value("actor", "state-probation-officer");
    private static final Object V_DETAINER_I_247A = BenchVocab.value("detainer", "i-247a");
    private static final Object V_DETAINER_NONE = BenchVocab.value("detainer", "none");
    private static final Object V_INTERVIEW_REQUEST_PHONE = BenchVocab.value("interview-request", "phone");
    private static final Object V_INTERVIEW_REQUEST_VIDEO = BenchVocab.value("interview-request", "video");
    private static final Object V_NOTIFICATION_REQUEST_WRITTEN = BenchVocab.value("notification-request", "written");
    private static final Object V_PLACE_JAIL = BenchVocab.value("place", "jail");
    private static final Object V_PLACE_POLICE_FACILITY = BenchVocab.value("place", "police-facility");
    private static final Object V_PURPOSE_CRIMINAL_INVESTIGATION = BenchVocab.value("purpose", "criminal-investigation");
    private static final Object V_PURPOSE_IMMIGRATION_CRIME_INVESTIGATION = BenchVocab.value("purpose", "immigration-crime-investigation");
    private static final Object V_PURPOSE_PEACEKEEPING = BenchVocab.value("purpose", "peacekeeping");
    private static final Object V_RECIPIENT_CONSULATE = BenchVocab.value("recipient", "consulate");
    private static final Object V_WARRANT_JUDICIAL = BenchVocab.value("warrant", "judicial");
    private static final Object V_WARRANT_NONE = BenchVocab.value("warrant", "none");
    private static final Object V_WARRANT_TRANSFER_WRIT = BenchVocab.value("warrant", "transfer-writ");
    private static final String ADVISEMENT = "ordinance.advisement";
    private static final String PROBATION = "ordinance.probation-scope";
    private static final String SHARING = "ordinance.status-sharing";

    // provision ids, spelled once
    private static final String SCOPE = "drmc-28-250-a-scope";
    private static final String CIVIL_ONLY = "drmc-28-250-a-1-civil-only";
    private static final String CRIMINAL_LAW = "drmc-28-253-a-criminal-law";
    private static final String TRANSFER_WRIT = "drmc-transfer-writ";
    private static final String A1 = "drmc-28-250-a-1";
    private static final String A1_PEACEKEEPING = "drmc-28-250-a-1-peacekeeping";
    private static final String A1_JUDICIAL = "drmc-28-250-a-1-judicial-warrant";
    private static final String PERSONAL = "drmc-28-250-a-1-personal-info";
    private static final String PERSONAL_BY_LAW = "drmc-28-250-a-1-personal-info-required-by-law";
    private static final String A2 = "drmc-28-250-a-2";
    private static final String A2_BY_LAW = "drmc-28-250-a-2-required-by-law";
    private static final String A4 = "drmc-28-250-a-4";
    private static final String A4_BY_LAW = "drmc-28-250-a-4-required-by-law";
    private static final String TREATY = "drmc-28-250-a-treaty";
    private static final String A5 = "drmc-28-250-a-5";
    private static final String A5_JUDICIAL = "drmc-28-250-a-5-judicial-warrant";
    private static final String S252A = "drmc-28-252-a";
    private static final String S252A_JUDICIAL = "drmc-28-252-a-judicial-warrant";
    private static final String S252A_PURPOSE = "drmc-28-252-a-immigration-purpose";
    private static final String S252B = "drmc-28-252-b";
    private static final String S252B_ADVISEMENT = "drmc-28-252-b-advisement";
    private static final String S253 = "drmc-28-253";
    private static final String S253_JUDICIAL = "drmc-28-253-judicial-warrant";
    private static final String S253_NO_REQUEST = "drmc-28-253-no-request";
    private static final String S253_NOTIFICATION = "drmc-28-253-notification";
    private static final String S253_ADVISEMENT = "drmc-28-253-notification-advisement";

    // the facts a because can show, as bits in the order of the fact list
    private static final int ACTOR = 1;
    private static final int PLACE = 1 << 1;
    private static final int DETAINER = 1 << 2;
    private static final int WARRANT = 1 << 3;
    private static final int NOTIFICATION = 1 << 4;
    private static final int INTERVIEW = 1 << 5;
    private static final int ADVISED = 1 << 6;
    private static final int PUBLIC_CONTACT = 1 << 7;
    private static final int PURPOSE = 1 << 8;
    private static final int RECIPIENT = 1 << 9;
    private static final int REQUIRED_BY_LAW = 1 << 10;
    private static final int CONSULAR_REQUESTED = 1 << 11;
    private static final int MANDATORY_COUNTRY = 1 << 12;
    // the readings, after the facts, in name order
    private static final int R_ADVISEMENT = 1 << 13;
    private static final int R_PROBATION = 1 << 14;
    private static final int R_SHARING = 1 << 15;
    /** What the who-is-bound rules read: on every action. */
    private static final int BOUND = ACTOR | R_PROBATION;

    private final Regime regime;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, Provision> byId = new HashMap<>();

    /** Every provision the floor decides by. */
    private static final List<String> ENCODED = List.of(SCOPE, CIVIL_ONLY, CRIMINAL_LAW, TRANSFER_WRIT, A1,
            A1_PEACEKEEPING, A1_JUDICIAL, PERSONAL, PERSONAL_BY_LAW, A2, A2_BY_LAW, A4, A4_BY_LAW, TREATY, A5,
            A5_JUDICIAL, S252A, S252A_JUDICIAL, S252A_PURPOSE, S252B, S252B_ADVISEMENT, S253, S253_JUDICIAL,
            S253_NO_REQUEST, S253_NOTIFICATION, S253_ADVISEMENT);

    /**
     * The provisions the floor decides by that this ordinance does not declare: none for the
     * project's ordinance; an older or edited one gets no floor rather than a crash.
     */
    static List<String> missingFrom(Regime regime) {
        java.util.Set<String> declared = new java.util.HashSet<>();
        regime.provisions().forEach(p -> declared.add(p.id()));
        return ENCODED.stream().filter(id -> !declared.contains(id)).toList();
    }

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
        String advisement = chosen.getOrDefault(ADVISEMENT, "duty");
        String probation = chosen.getOrDefault(PROBATION, "city-only");
        String sharing = chosen.getOrDefault(SHARING, "1373-shield");
        Readings r = new Readings(advisement, probation, sharing);

        Object actor = c.get(F_ACTOR);
        boolean outside = actor == V_ACTOR_ICE_AGENT || actor == V_ACTOR_STATE_PATROL_OFFICER
                || (actor == V_ACTOR_STATE_PROBATION_OFFICER && probation.equals("city-only"));
        boolean criminal = c.get(F_PURPOSE) == V_PURPOSE_CRIMINAL_INVESTIGATION
                || c.get(F_PURPOSE) == V_PURPOSE_IMMIGRATION_CRIME_INVESTIGATION;
        boolean ordinaryCrime = c.get(F_PURPOSE) == V_PURPOSE_CRIMINAL_INVESTIGATION;
        boolean judicial = c.get(F_WARRANT) == V_WARRANT_JUDICIAL;
        boolean writ = c.get(F_WARRANT) == V_WARRANT_TRANSFER_WRIT;
        boolean law = (Boolean) c.get(F_REQUIRED_BY_LAW);
        boolean jail = c.get(F_PLACE) == V_PLACE_JAIL;
        boolean secureArea = jail || c.get(F_PLACE) == V_PLACE_POLICE_FACILITY;
        boolean written = c.get(F_NOTIFICATION_REQUEST) == V_NOTIFICATION_REQUEST_WRITTEN || c.get(F_DETAINER) == V_DETAINER_I_247A;
        boolean treaty = (Boolean) c.get(F_CONSULAR_NOTICE_REQUESTED) || (Boolean) c.get(F_MANDATORY_NOTIFICATION_COUNTRY);

        List<Verdict> out = new ArrayList<>(BenchVocab.PROJECT.actions().size());
        out.add(hold(c, r, outside, criminal, judicial, writ));
        out.add(notifyRelease(c, r, outside, criminal, written));
        out.add(secureArea(c, r, ACT_ADMIT_ICE_SECURE_AREA, outside, criminal, ordinaryCrime, secureArea, judicial));
        out.add(secureArea(c, r, ACT_ALLOW_IN_PERSON_INTERVIEW, outside, criminal, ordinaryCrime, secureArea,
                judicial));
        out.add(remoteInterview(c, r, outside, criminal, jail, judicial));
        out.add(adviseRights(c, r, outside, criminal, jail, written));
        // ask-immigration-status: § 28-250(a)(2), unless required by law (no criminal carve-out)
        out.add(banWithException(c, r, ACT_ASK_IMMIGRATION_STATUS, outside, false, null, BOUND,
                A2, law, A2_BY_LAW, REQUIRED_BY_LAW));
        out.add(shareStatus(c, r, outside, law, treaty));
        // share-personal-info: §§ 28-250(a)(1), 28-253, unless required by law
        out.add(banWithException(c, r, ACT_SHARE_PERSONAL_INFO, outside, criminal,
                criminal ? List.of(CIVIL_ONLY, CRIMINAL_LAW) : null, BOUND | PURPOSE,
                PERSONAL, law, PERSONAL_BY_LAW, REQUIRED_BY_LAW));
        out.add(assist(c, r, outside, criminal, judicial, writ));
        out.add(arrest(c, r, ACT_ARREST_ON_IMMIGRATION_GROUNDS, outside, judicial, writ));
        out.add(nothingButScope(c, r, ACT_RECORD_FOREIGN_NATIONAL_INFO, outside));
        out.add(arrest(c, r, ACT_CIVIL_ARREST_AT_COURTHOUSE, outside, judicial, writ));
        out.add(nothingButScope(c, r, ACT_SEEK_SCAAP_FUNDS, outside));
        out.add(nothingButScope(c, r, ACT_FUND_LEGAL_DEFENSE, outside));
        out.add(nothingButScope(c, r, ACT_CERTIFY_U_VISA, outside));
        out.add(notifyConsulate(c, r, outside, law, treaty));
        out.add(nothingButScope(c, r, ACT_ENTER_DETENTION_AGREEMENT, outside));
        // actions the vocabulary gained for other places (rules/vocabulary/): the ordinance has no rule for them
        List<Action> all = BenchVocab.PROJECT.actions();
        for (Action a : all.subList(Math.min(out.size(), all.size()), all.size())) {
            out.add(nothingButScope(c, r, a, outside));
        }
        return out;
    }

    /** hold-past-release: § 28-253 for any ICE document, unless a judicial warrant; none at all: no question. */
    private Verdict hold(Case c, Readings r, boolean outside, boolean criminal, boolean judicial, boolean writ) {
        int scopeReads = BOUND | WARRANT | PURPOSE;
        boolean request = c.get(F_DETAINER) != V_DETAINER_NONE || c.get(F_WARRANT) != V_WARRANT_NONE;
        List<String> scopes = scopes(outside, criminal ? CRIMINAL_LAW : null, writ ? TRANSFER_WRIT : null);
        if (scopes != null) {
            List<String> fired = new ArrayList<>(3);
            if (request) {
                fired.add(S253);
            }
            if (judicial) {
                fired.add(S253_JUDICIAL);
            }
            if (!request) {
                fired.add(S253_NO_REQUEST);
            }
            return verdict(ACT_HOLD_PAST_RELEASE, Status.SILENT, scopes, fired, because(c, r, scopeReads));
        }
        if (judicial) {
            return verdict(ACT_HOLD_PAST_RELEASE, Status.PERMITTED, List.of(S253_JUDICIAL), List.of(S253),
                    because(c, r, scopeReads));
        }
        return request
                ? verdict(ACT_HOLD_PAST_RELEASE, Status.FORBIDDEN, List.of(S253), List.of(),
                because(c, r, scopeReads | DETAINER))
                : verdict(ACT_HOLD_PAST_RELEASE, Status.SILENT, List.of(S253_NO_REQUEST), List.of(),
                because(c, r, scopeReads | DETAINER));
    }

    /** notify-release: § 28-250(a)(1), unless a written request (after the advisement, on that reading). */
    private Verdict notifyRelease(Case c, Readings r, boolean outside, boolean criminal, boolean written) {
        int scopeReads = BOUND | PURPOSE;
        boolean duty = r.advisement.equals("duty");
        boolean allowed = written && (duty || (r.advisement.equals("precondition") && (Boolean) c.get(F_ADVISED_OF_RIGHTS)));
        List<String> scopes = scopes(outside, criminal ? CIVIL_ONLY : null, criminal ? CRIMINAL_LAW : null);
        if (scopes != null) {
            return verdict(ACT_NOTIFY_RELEASE, Status.SILENT, scopes,
                    allowed ? List.of(A1, S253_NOTIFICATION) : List.of(A1), because(c, r, scopeReads));
        }
        if (allowed) {
            int reads = scopeReads | DETAINER | NOTIFICATION | R_ADVISEMENT | (duty ? 0 : ADVISED);
            return verdict(ACT_NOTIFY_RELEASE, Status.PERMITTED, List.of(S253_NOTIFICATION), List.of(A1),
                    because(c, r, reads));
        }
        return verdict(ACT_NOTIFY_RELEASE, Status.FORBIDDEN, List.of(A1), List.of(),
                because(c, r, scopeReads | DETAINER | NOTIFICATION | ADVISED | R_ADVISEMENT));
    }

    /**
     * admit-ice-secure-area, allow-in-person-interview: § 28-252(a) in jails and city law-enforcement
     * facilities, § 28-250(a)(1) elsewhere; a judicial warrant opens either.
     */
    private Verdict secureArea(Case c, Readings r, Action a, boolean outside, boolean criminal, boolean ordinaryCrime,
                               boolean secureArea, boolean judicial) {
        int scopeReads = BOUND | PLACE | PURPOSE;
        String ban = secureArea ? S252A : A1;
        String exception = secureArea ? S252A_JUDICIAL : A1_JUDICIAL;
        List<String> scopes = scopes(outside, !secureArea && criminal ? CIVIL_ONLY : null,
                secureArea && ordinaryCrime ? S252A_PURPOSE : null);
        if (scopes != null) {
            return verdict(a, Status.SILENT, scopes, judicial ? List.of(ban, exception) : List.of(ban),
                    because(c, r, scopeReads));
        }
        return judicial
                ? verdict(a, Status.PERMITTED, List.of(exception), List.of(ban), because(c, r, scopeReads | WARRANT))
                : verdict(a, Status.FORBIDDEN, List.of(ban), List.of(), because(c, r, scopeReads | WARRANT));
    }

    /** arrange-remote-interview: § 28-252(b) for jail inmates, § 28-250(a)(1) for anyone else. */
    private Verdict remoteInterview(Case c, Readings r, boolean outside, boolean criminal, boolean jail,
                                    boolean judicial) {
        int scopeReads = BOUND | PLACE | PURPOSE;
        List<String> scopes = scopes(outside, !jail && criminal ? CIVIL_ONLY : null, null);
        if (scopes != null) {
            List<String> fired = jail ? List.of(S252B) : judicial ? List.of(A1, A1_JUDICIAL) : List.of(A1);
            return verdict(ACT_ARRANGE_REMOTE_INTERVIEW, Status.SILENT, scopes, fired, because(c, r, scopeReads));
        }
        if (jail) {
            boolean ok = (Boolean) c.get(F_PUBLIC_CONTACT_ALLOWED) && (Boolean) c.get(F_ADVISED_OF_RIGHTS);
            return verdict(ACT_ARRANGE_REMOTE_INTERVIEW, ok ? Status.PERMITTED : Status.FORBIDDEN, List.of(S252B),
                    List.of(), because(c, r, scopeReads | ADVISED | PUBLIC_CONTACT));
        }
        return judicial
                ? verdict(ACT_ARRANGE_REMOTE_INTERVIEW, Status.PERMITTED, List.of(A1_JUDICIAL), List.of(A1),
                because(c, r, scopeReads | WARRANT))
                : verdict(ACT_ARRANGE_REMOTE_INTERVIEW, Status.FORBIDDEN, List.of(A1), List.of(),
                because(c, r, scopeReads | WARRANT));
    }

    /** advise-rights: before a phone or video interview in jail; on a written notification request. */
    private Verdict adviseRights(Case c, Readings r, boolean outside, boolean criminal, boolean jail, boolean written) {
        boolean remote = jail && (c.get(F_INTERVIEW_REQUEST) == V_INTERVIEW_REQUEST_PHONE
                || c.get(F_INTERVIEW_REQUEST) == V_INTERVIEW_REQUEST_VIDEO);
        boolean notice = written && !criminal;
        List<String> advising = new ArrayList<>(2);
        if (remote) {
            advising.add(S252B_ADVISEMENT);
        }
        if (notice) {
            advising.add(S253_ADVISEMENT);
        }
        if (outside) {
            return verdict(ACT_ADVISE_RIGHTS, Status.SILENT, List.of(SCOPE), advising, because(c, r, BOUND));
        }
        int reads = BOUND | (remote ? PLACE | INTERVIEW : 0) | (notice ? DETAINER | NOTIFICATION | PURPOSE : 0);
        return verdict(ACT_ADVISE_RIGHTS, advising.isEmpty() ? Status.SILENT : Status.REQUIRED, advising, List.of(),
                because(c, r, reads));
    }

    /** share-status-info: § 28-250(a)(4), unless required by law, § 1373 (on that reading) or a treaty. */
    private Verdict shareStatus(Case c, Readings r, boolean outside, boolean law, boolean treaty) {
        boolean consulate = c.get(F_RECIPIENT) == V_RECIPIENT_CONSULATE;
        boolean shield = !consulate && r.sharing.equals("1373-shield");
        boolean byTreaty = consulate && treaty;
        if (outside) {
            List<String> fired = new ArrayList<>(3);
            fired.add(A4);
            if (law || shield) {
                fired.add(A4_BY_LAW);
            }
            if (byTreaty) {
                fired.add(TREATY);
            }
            return verdict(ACT_SHARE_STATUS_INFO, Status.SILENT, List.of(SCOPE), fired, because(c, r, BOUND));
        }
        if (law || shield || byTreaty) {
            List<String> deciding = new ArrayList<>(2);
            if (law || shield) {
                deciding.add(A4_BY_LAW);
            }
            if (byTreaty) {
                deciding.add(TREATY);
            }
            int reads = BOUND | (law ? REQUIRED_BY_LAW : 0) | (shield ? RECIPIENT | R_SHARING : 0)
                    | (byTreaty ? RECIPIENT | CONSULAR_REQUESTED | MANDATORY_COUNTRY : 0);
            return verdict(ACT_SHARE_STATUS_INFO, Status.PERMITTED, deciding, List.of(A4), because(c, r, reads));
        }
        return verdict(ACT_SHARE_STATUS_INFO, Status.FORBIDDEN, List.of(A4), List.of(), because(c, r,
                BOUND | RECIPIENT | REQUIRED_BY_LAW | CONSULAR_REQUESTED | MANDATORY_COUNTRY | R_SHARING));
    }

    /** notify-consulate: the nationality it discloses is barred by § 28-250(a)(4) unless law or a treaty requires it. */
    private Verdict notifyConsulate(Case c, Readings r, boolean outside, boolean law, boolean treaty) {
        if (outside) {
            List<String> fired = new ArrayList<>(3);
            fired.add(A4);
            if (law) {
                fired.add(A4_BY_LAW);
            }
            if (treaty) {
                fired.add(TREATY);
            }
            return verdict(ACT_NOTIFY_CONSULATE, Status.SILENT, List.of(SCOPE), fired, because(c, r, BOUND));
        }
        if (law || treaty) {
            List<String> deciding = new ArrayList<>(2);
            if (law) {
                deciding.add(A4_BY_LAW);
            }
            if (treaty) {
                deciding.add(TREATY);
            }
            int reads = BOUND | (law ? REQUIRED_BY_LAW : 0) | (treaty ? CONSULAR_REQUESTED | MANDATORY_COUNTRY : 0);
            return verdict(ACT_NOTIFY_CONSULATE, Status.PERMITTED, deciding, List.of(A4), because(c, r, reads));
        }
        return verdict(ACT_NOTIFY_CONSULATE, Status.FORBIDDEN, List.of(A4), List.of(),
                because(c, r, BOUND | REQUIRED_BY_LAW | CONSULAR_REQUESTED | MANDATORY_COUNTRY));
    }

    /** assist-civil-enforcement: § 28-250(a)(1), unless peacekeeping or a judicial warrant. */
    private Verdict assist(Case c, Readings r, boolean outside, boolean criminal, boolean judicial, boolean writ) {
        int reads = BOUND | WARRANT | PURPOSE;
        boolean peacekeeping = c.get(F_PURPOSE) == V_PURPOSE_PEACEKEEPING;
        List<String> exceptions = new ArrayList<>(2);
        if (peacekeeping) {
            exceptions.add(A1_PEACEKEEPING);
        }
        if (judicial) {
            exceptions.add(A1_JUDICIAL);
        }
        List<String> scopes = scopes(outside, criminal ? CIVIL_ONLY : null, writ ? TRANSFER_WRIT : null);
        if (scopes != null) {
            List<String> fired = new ArrayList<>(3);
            fired.add(A1);
            fired.addAll(exceptions);
            return verdict(ACT_ASSIST_CIVIL_ENFORCEMENT, Status.SILENT, scopes, fired, because(c, r, reads));
        }
        return exceptions.isEmpty()
                ? verdict(ACT_ASSIST_CIVIL_ENFORCEMENT, Status.FORBIDDEN, List.of(A1), List.of(), because(c, r, reads))
                : verdict(ACT_ASSIST_CIVIL_ENFORCEMENT, Status.PERMITTED, exceptions, List.of(A1),
                because(c, r, reads));
    }

    /** arrest-on-immigration-grounds, civil-arrest-at-courthouse: § 28-250(a)(5), unless a judicial warrant. */
    private Verdict arrest(Case c, Readings r, Action a, boolean outside, boolean judicial, boolean writ) {
        int reads = BOUND | WARRANT;
        List<String> scopes = scopes(outside, writ ? TRANSFER_WRIT : null, null);
        if (scopes != null) {
            return verdict(a, Status.SILENT, scopes, judicial ? List.of(A5, A5_JUDICIAL) : List.of(A5),
                    because(c, r, reads));
        }
        return judicial
                ? verdict(a, Status.PERMITTED, List.of(A5_JUDICIAL), List.of(A5), because(c, r, reads))
                : verdict(a, Status.FORBIDDEN, List.of(A5), List.of(), because(c, r, reads));
    }

    /** A ban that one exception lifts, under the who-is-bound rule and maybe carve-outs (already known to apply). */
    private Verdict banWithException(Case c, Readings r, Action a, boolean outside, boolean carvedOut,
                                     List<String> carveOuts, int scopeReads, String ban, boolean excepted,
                                     String exception, int exceptionReads) {
        if (outside || carvedOut) {
            List<String> scopes = new ArrayList<>(3);
            if (outside) {
                scopes.add(SCOPE);
            }
            if (carvedOut) {
                scopes.addAll(carveOuts);
            }
            return verdict(a, Status.SILENT, scopes, excepted ? List.of(ban, exception) : List.of(ban),
                    because(c, r, scopeReads));
        }
        return excepted
                ? verdict(a, Status.PERMITTED, List.of(exception), List.of(ban),
                because(c, r, scopeReads | exceptionReads))
                : verdict(a, Status.FORBIDDEN, List.of(ban), List.of(), because(c, r, scopeReads | exceptionReads));
    }

    private Verdict nothingButScope(Case c, Readings r, Action a, boolean outside) {
        return outside ? verdict(a, Status.SILENT, List.of(SCOPE), List.of(), because(c, r, BOUND))
                : verdict(a, Status.SILENT, List.of(), List.of(), because(c, r, BOUND));
    }

    /** The scope provisions that fire, in declared order (who is bound comes first); null when none does. */
    private static List<String> scopes(boolean outside, String first, String second) {
        if (!outside && first == null && second == null) {
            return null;
        }
        List<String> out = new ArrayList<>(3);
        if (outside) {
            out.add(SCOPE);
        }
        if (first != null) {
            out.add(first);
        }
        if (second != null) {
            out.add(second);
        }
        return out;
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

    /** The readings in force, each with its because line spelled once. */
    private record Readings(String advisement, String probation, String sharing) {
    }

    // Each line a because can hold, spelled once: a floor that built strings per case would flatter the engine.
    private static final String[] ACTOR_LINE = lines("actor", BenchVocab.byName("actor").javaType().getEnumConstants());
    private static final String[] PLACE_LINE = lines("place", BenchVocab.byName("place").javaType().getEnumConstants());
    private static final String[] DETAINER_LINE = lines("detainer", BenchVocab.byName("detainer").javaType().getEnumConstants());
    private static final String[] WARRANT_LINE = lines("warrant", BenchVocab.byName("warrant").javaType().getEnumConstants());
    private static final String[] NOTIFICATION_LINE = lines("notification-request", BenchVocab.byName("notification-request").javaType().getEnumConstants());
    private static final String[] INTERVIEW_LINE = lines("interview-request", BenchVocab.byName("interview-request").javaType().getEnumConstants());
    private static final String[] PURPOSE_LINE = lines("purpose", BenchVocab.byName("purpose").javaType().getEnumConstants());
    private static final String[] RECIPIENT_LINE = lines("recipient", BenchVocab.byName("recipient").javaType().getEnumConstants());
    private static final String[] ADVISED_LINE = {"advised-of-rights = false", "advised-of-rights = true"};
    private static final String[] PUBLIC_LINE = {"public-contact-allowed = false", "public-contact-allowed = true"};
    private static final String[] LAW_LINE = {"required-by-law = false", "required-by-law = true"};
    private static final String[] REQUESTED_LINE = {"consular-notice-requested = false", "consular-notice-requested = true"};
    private static final String[] MANDATORY_LINE =
            {"mandatory-notification-country = false", "mandatory-notification-country = true"};
    private static final Map<String, String> READING_LINES = readingLines();

    private static Map<String, String> readingLines() {
        Map<String, String> m = new HashMap<>();
        for (String v : List.of("duty", "precondition")) {
            m.put(ADVISEMENT + "=" + v, "reading " + ADVISEMENT + " = " + v);
        }
        for (String v : List.of("city-only", "all-probation-in-denver")) {
            m.put(PROBATION + "=" + v, "reading " + PROBATION + " = " + v);
        }
        for (String v : List.of("1373-shield", "only-when-required")) {
            m.put(SHARING + "=" + v, "reading " + SHARING + " = " + v);
        }
        return Map.copyOf(m);
    }

    private static String[] lines(String name, Object[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = name + " = " + ((org.icerules.model.facts.FactValue) values[i]).wire();
        }
        return out;
    }

    private static String reading(String name, String value) {
        String line = READING_LINES.get(name + "=" + value);
        return line != null ? line : "reading " + name + " = " + value;
    }

    /** The facts that mattered, in the order of the fact list, then the readings by name. */
    private static List<String> because(Case c, Readings r, int on) {
        String[] out = new String[16];
        int n = 0;
        if ((on & ACTOR) != 0) {
            out[n++] = ACTOR_LINE[((Enum<?>) c.get(F_ACTOR)).ordinal()];
        }
        if ((on & PLACE) != 0) {
            out[n++] = PLACE_LINE[((Enum<?>) c.get(F_PLACE)).ordinal()];
        }
        if ((on & DETAINER) != 0) {
            out[n++] = DETAINER_LINE[((Enum<?>) c.get(F_DETAINER)).ordinal()];
        }
        if ((on & WARRANT) != 0) {
            out[n++] = WARRANT_LINE[((Enum<?>) c.get(F_WARRANT)).ordinal()];
        }
        if ((on & NOTIFICATION) != 0) {
            out[n++] = NOTIFICATION_LINE[((Enum<?>) c.get(F_NOTIFICATION_REQUEST)).ordinal()];
        }
        if ((on & INTERVIEW) != 0) {
            out[n++] = INTERVIEW_LINE[((Enum<?>) c.get(F_INTERVIEW_REQUEST)).ordinal()];
        }
        if ((on & ADVISED) != 0) {
            out[n++] = ADVISED_LINE[(Boolean) c.get(F_ADVISED_OF_RIGHTS) ? 1 : 0];
        }
        if ((on & PUBLIC_CONTACT) != 0) {
            out[n++] = PUBLIC_LINE[(Boolean) c.get(F_PUBLIC_CONTACT_ALLOWED) ? 1 : 0];
        }
        if ((on & PURPOSE) != 0) {
            out[n++] = PURPOSE_LINE[((Enum<?>) c.get(F_PURPOSE)).ordinal()];
        }
        if ((on & RECIPIENT) != 0) {
            out[n++] = RECIPIENT_LINE[((Enum<?>) c.get(F_RECIPIENT)).ordinal()];
        }
        if ((on & REQUIRED_BY_LAW) != 0) {
            out[n++] = LAW_LINE[(Boolean) c.get(F_REQUIRED_BY_LAW) ? 1 : 0];
        }
        if ((on & CONSULAR_REQUESTED) != 0) {
            out[n++] = REQUESTED_LINE[(Boolean) c.get(F_CONSULAR_NOTICE_REQUESTED) ? 1 : 0];
        }
        if ((on & MANDATORY_COUNTRY) != 0) {
            out[n++] = MANDATORY_LINE[(Boolean) c.get(F_MANDATORY_NOTIFICATION_COUNTRY) ? 1 : 0];
        }
        if ((on & R_ADVISEMENT) != 0) {
            out[n++] = reading(ADVISEMENT, r.advisement);
        }
        if ((on & R_PROBATION) != 0) {
            out[n++] = reading(PROBATION, r.probation);
        }
        if ((on & R_SHARING) != 0) {
            out[n++] = reading(SHARING, r.sharing);
        }
        return List.of(java.util.Arrays.copyOf(out, n));
    }
}
