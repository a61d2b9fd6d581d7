package org.icerules.model.facts;

import java.util.Arrays;
import java.util.List;

/** The questions asked of every regime: may the city (the actor) take this step? */
public enum Action {
    HOLD_PAST_RELEASE("keep the person in custody after they are eligible for release, at ICE's request"),
    NOTIFY_RELEASE("tell ICE when the person will be released"),
    ADMIT_ICE_SECURE_AREA("let ICE agents into a secure (non-public) area of a jail or law-enforcement facility"),
    ALLOW_IN_PERSON_INTERVIEW("let ICE interview the person in person while in custody"),
    ARRANGE_REMOTE_INTERVIEW("set up a phone or video interview between ICE and the person"),
    ADVISE_RIGHTS("give the person the written advisement of rights about ICE contact"),
    ASK_IMMIGRATION_STATUS("ask about, or try to find out, national origin, immigration or citizenship status"),
    SHARE_STATUS_INFO("send citizenship or immigration status information to ICE (or to whoever the fact recipient names)"),
    SHARE_PERSONAL_INFO("send ICE (or whoever the fact recipient names) non-public personal information (contact details, appointment dates and places)"),
    ASSIST_CIVIL_ENFORCEMENT("use city staff or resources to help ICE investigate, detain or arrest for civil immigration violations"),
    ARREST_ON_IMMIGRATION_GROUNDS("arrest or detain the person solely on civil immigration grounds (a detainer or administrative warrant)"),
    RECORD_FOREIGN_NATIONAL_INFO("keep written records about foreign-national inmates"),
    CIVIL_ARREST_AT_COURTHOUSE("(by anyone, ICE included) make a civil immigration arrest at or near a courthouse"),
    SEEK_SCAAP_FUNDS("apply for State Criminal Alien Assistance Program money"),
    FUND_LEGAL_DEFENSE("pay for the person's lawyer in removal proceedings from a city fund"),
    CERTIFY_U_VISA("certify the person's helpfulness for a U-visa application"),
    NOTIFY_CONSULATE("tell the person's consulate about the detention"),
    ENTER_DETENTION_AGREEMENT("enter into or keep an agreement to detain people for civil immigration purposes (e.g. to hold ICE detainees in its jail)"),
    TRANSFER_TO_ICE("hand the person over to ICE custody when they are released (without holding them longer)"),
    GIVE_REQUEST_COPY("give the person a copy of ICE's hold, notification or transfer request, and say whether the agency will comply"),
    NOTIFY_PERSON_OF_RELEASE_NOTICE("when ICE is told the release date, tell the person and their lawyer (or one person they designate) the same, in writing");

    private final String question;

    Action(String question) {
        this.question = question;
    }

    /** The spec's id, e.g. {@code hold-past-release}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String question() {
        return question;
    }

    public static Action byId(String id) {
        for (Action a : values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Action::id).toList();
    }
}
