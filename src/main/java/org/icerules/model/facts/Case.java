package org.icerules.model.facts;

import java.time.LocalDate;

/**
 * The facts of one case, as one immutable value. Rules match it as {@code Case( ... )}.
 * Each component is a public fact of the scenario format (its {@link Fact} says the spec
 * name and default); {@code date} is the day the actions would happen, compared as a fact,
 * never through the engine's clock.
 */
public record Case(
        @Fact(name = "actor", byDefault = "sheriff-deputy", doc = "Who would take the step: a city, county or state officer or employee, or an ICE agent")
        Actor actor,
        @Fact(name = "place", byDefault = "jail", doc = "Where it would happen")
        Place place,
        @Fact(name = "hours-until-release", byDefault = "72", doc = "Hours until the person is due to walk out")
        double hoursUntilRelease,
        @Fact(name = "conviction", byDefault = "none", doc = "The person's most serious conviction (a pending charge is not a conviction); illegal-entry-or-reentry = 8 U.S.C. § 1325 or § 1326")
        Conviction conviction,
        @Fact(name = "prior-removal-order", byDefault = "false", doc = "The person has a final order of removal from an earlier case")
        boolean priorRemovalOrder,
        @Fact(name = "detainer", byDefault = "none", doc = "ICE has lodged a civil immigration detainer (form I-247A); the form itself asks, in writing, to be told of the release")
        Detainer detainer,
        @Fact(name = "warrant", byDefault = "none", doc = "The warrant or order that comes with ICE's request: administrative (ICE-signed I-200/I-205), judicial (signed by a federal judge or magistrate), or a judge's writ to transfer a prisoner")
        Warrant warrant,
        @Fact(name = "notification-request", byDefault = "none", doc = "ICE asked to be told of the release, in writing or verbally (a lodged I-247A is a written request whatever this says)")
        NotificationRequest notificationRequest,
        @Fact(name = "ice-attestation", byDefault = "none", doc = "What ICE attests about the person")
        IceAttestation iceAttestation,
        @Fact(name = "interview-request", byDefault = "none", doc = "ICE asks to interview the person, and how")
        InterviewRequest interviewRequest,
        @Fact(name = "advised-of-rights", byDefault = "false", doc = "The written advisement of rights has been given, in the person's language")
        boolean advisedOfRights,
        @Fact(name = "public-contact-allowed", byDefault = "true", doc = "The public may phone or video-visit this person")
        boolean publicContactAllowed,
        @Fact(name = "purpose", byDefault = "civil-immigration", doc = "What the requested step is for; a criminal investigation of an immigration offence (8 U.S.C. §§ 1325, 1326) is told apart from any other")
        Purpose purpose,
        @Fact(name = "status-inquiry", byDefault = "ask-person", doc = "How the city would find out someone's status: by asking the person, or by querying ICE")
        StatusInquiry statusInquiry,
        @Fact(name = "recipient", byDefault = "ice", doc = "Who would receive the information the city sends: ICE, the person's consulate, or another agency")
        Recipient recipient,
        @Fact(name = "required-by-law", byDefault = "false", doc = "A federal, state or city law or regulation, or a treaty, requires the step")
        boolean requiredByLaw,
        @Fact(name = "consular-notice-requested", byDefault = "false", doc = "The detained person asked that their consulate be told (Vienna Convention on Consular Relations art. 36(1)(b))")
        boolean consularNoticeRequested,
        @Fact(name = "mandatory-notification-country", byDefault = "false", doc = "The person is a national of a country whose treaty with the United States makes consular notice mandatory")
        boolean mandatoryNotificationCountry,
        @Fact(name = "crime-victim", byDefault = "false", doc = "The person is a victim of a qualifying crime who helped the investigation")
        boolean crimeVictim,
        @Fact(name = "removal-proceedings", byDefault = "false", doc = "The person is in or threatened with removal proceedings")
        boolean removalProceedings,
        @Fact(name = "jag-grant-accepted", byDefault = "true", doc = "The city accepted the FY2017 Byrne JAG award once offered (false: it declined); the conditions bind only from the award to the end of its period, whatever this says")
        boolean jagGrantAccepted,
        @Fact(name = "agreement-287g", byDefault = "false", doc = "The agency has a 287(g) agreement with ICE")
        boolean agreement287g,
        @Fact(name = "trust-act-criterion", byDefault = "none", doc = "A ground of California Gov. Code § 7282.5 the person meets (serious or violent felony, state-prison felony, a listed offence, another wobbler misdemeanor within 5 years, sex or arson registrant, federal aggravated felony, outstanding federal felony warrant, a magistrate's probable-cause finding on a serious felony charge), or none")
        TrustActCriterion trustActCriterion,
        @Fact(name = "information-public", byDefault = "false", doc = "The information the agency would give (release date, address) is available to the public, e.g. through a public inmate locator")
        boolean informationPublic,
        @Fact(name = "interview-consent", byDefault = "none", doc = "Before an ICE interview: none = no written consent form given; consented = form given and the person agreed; declined = form given and the person declined")
        InterviewConsent interviewConsent,
        @Fact(name = "offence", byDefault = "other", doc = "The gravest offence the person is booked on or was convicted of, where a regime lists offences by name (Texas Penal Code names); other = one no list names")
        Offence offence,
        @Fact(name = "proof-of-lawful-status", byDefault = "false", doc = "The person has given proof of U.S. citizenship or lawful immigration status, such as a Texas driver's license or similar government-issued identification")
        boolean proofOfLawfulStatus,
        LocalDate date) {

    public Case {
        if (hoursUntilRelease < 0 || Double.isNaN(hoursUntilRelease)) {
            throw new IllegalArgumentException("hours-until-release must be a number >= 0");
        }
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
    }

    /** True if the case's date is on or after the ISO day given, e.g. {@code onOrAfter("2018-03-19")}. */
    public boolean onOrAfter(String isoDay) {
        return !date.isBefore(LocalDate.parse(isoDay));
    }

    /** True if the case's date is on or before the ISO day given. */
    public boolean onOrBefore(String isoDay) {
        return !date.isAfter(LocalDate.parse(isoDay));
    }

    /** True if the case's date is strictly before the ISO day given. */
    public boolean before(String isoDay) {
        return date.isBefore(LocalDate.parse(isoDay));
    }

    /** True if the case's date is strictly after the ISO day given. */
    public boolean after(String isoDay) {
        return date.isAfter(LocalDate.parse(isoDay));
    }

    /** Every fact at its default, on the given date. */
    public static Case defaults(LocalDate date) {
        return FactSchema.defaults(date);
    }
}
