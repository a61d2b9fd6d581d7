package org.icerules.model;

import java.time.LocalDate;

/**
 * The facts of one case, as one immutable value. Rules match it as {@code Case( ... )}.
 * Each component is a public fact of the scenario format (its {@link Fact} says the spec
 * name and default); {@code date} is the day the actions would happen, compared as a fact,
 * never through the engine's clock.
 */
public record Case(
        @Fact(name = "actor", byDefault = "sheriff-deputy", doc = "Who in the city would take the step")
        Actor actor,
        @Fact(name = "place", byDefault = "jail", doc = "Where it would happen")
        Place place,
        @Fact(name = "area", byDefault = "secure", doc = "Whether that part of the place is open to the public")
        Area area,
        @Fact(name = "in-custody", byDefault = "true", doc = "The person is in custody")
        boolean inCustody,
        @Fact(name = "eligible-for-release", byDefault = "false", doc = "The person is eligible for release")
        boolean eligibleForRelease,
        @Fact(name = "release-reason", byDefault = "none", doc = "Why the person is eligible for release")
        ReleaseReason releaseReason,
        @Fact(name = "hours-until-release", byDefault = "72", doc = "Hours until the person is due to walk out")
        double hoursUntilRelease,
        @Fact(name = "criminal-charge", byDefault = "misdemeanor", doc = "The most serious pending charge")
        CriminalCharge criminalCharge,
        @Fact(name = "detainer", byDefault = "none", doc = "ICE has lodged a civil immigration detainer (form I-247A)")
        Detainer detainer,
        @Fact(name = "warrant", byDefault = "none", doc = "The warrant that comes with ICE's request: administrative (ICE-signed I-200/I-205), judicial (signed by a federal judge or magistrate), or a transfer writ")
        Warrant warrant,
        @Fact(name = "notification-request", byDefault = "none", doc = "ICE asked to be told of the release, in writing or verbally")
        NotificationRequest notificationRequest,
        @Fact(name = "ice-attestation", byDefault = "none", doc = "What ICE attests about the person")
        IceAttestation iceAttestation,
        @Fact(name = "interview-request", byDefault = "none", doc = "ICE asks to interview the person, and how")
        InterviewRequest interviewRequest,
        @Fact(name = "advised-of-rights", byDefault = "false", doc = "The written advisement of rights has been given, in the person's language")
        boolean advisedOfRights,
        @Fact(name = "public-contact-allowed", byDefault = "true", doc = "The public may phone or video-visit this person")
        boolean publicContactAllowed,
        @Fact(name = "purpose", byDefault = "civil-immigration", doc = "What the requested step is for")
        Purpose purpose,
        @Fact(name = "required-by-law", byDefault = "false", doc = "A federal, state or city law or regulation, or a treaty, requires the step")
        boolean requiredByLaw,
        @Fact(name = "crime-victim", byDefault = "false", doc = "The person is a victim of a qualifying crime who helped the investigation")
        boolean crimeVictim,
        @Fact(name = "removal-proceedings", byDefault = "false", doc = "The person is in or threatened with removal proceedings")
        boolean removalProceedings,
        @Fact(name = "jag-grant-accepted", byDefault = "true", doc = "The city has accepted the FY2017 Byrne JAG award")
        boolean jagGrantAccepted,
        @Fact(name = "agreement-287g", byDefault = "false", doc = "The agency has a 287(g) agreement with ICE")
        boolean agreement287g,
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
