package org.icerules.model.facts;

/**
 * A ground of California Government Code § 7282.5(a)–(b) (the TRUST Act's list, kept and amended
 * by SB 54) that the person meets (fact {@code trust-act-criterion}); any one ground suffices,
 * so a case names one. {@code listed-offence}: a conviction for an offence § 7282.5(a)(3) lists —
 * a felony (at any time under the 2014 text; within 15 years as SB 54 amended it) or, within five
 * years, a misdemeanor for such an offence punishable either way; {@code recent-wobbler-misdemeanor}:
 * a misdemeanor conviction within five years for another crime punishable as either a
 * misdemeanor or a felony (whether it counts is a reading of (a)(3)); {@code probable-cause-finding}: arrested and
 * taken before a magistrate on a serious, violent or state-prison felony charge (not domestic
 * violence) and the magistrate found probable cause.
 */
public enum TrustActCriterion implements FactValue {
    NONE, SERIOUS_OR_VIOLENT_FELONY, STATE_PRISON_FELONY, RECENT_WOBBLER_MISDEMEANOR, LISTED_OFFENCE,
    SEX_OR_ARSON_REGISTRANT, FEDERAL_AGGRAVATED_FELONY, FEDERAL_FELONY_WARRANT, PROBABLE_CAUSE_FINDING
}
