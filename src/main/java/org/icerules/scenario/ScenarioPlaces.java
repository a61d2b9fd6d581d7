package org.icerules.scenario;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * The places a scenario's {@code jurisdiction} may name (the ids of rules/jurisdictions.yaml),
 * the one a scenario without the key is in, and which regimes apply where — so an
 * {@code expect} naming a regime of another place is refused where it is written.
 *
 * @param ids       the known places
 * @param defaultId the place of a scenario that names none (null: the rules folder names no places)
 * @param applies   (regime id, place) → whether the regime applies there
 */
public record ScenarioPlaces(List<String> ids, String defaultId, BiPredicate<String, String> applies) {
    public ScenarioPlaces {
        ids = List.copyOf(ids);
    }

    /** A rules folder without places: no scenario has one, and every regime applies. */
    public static final ScenarioPlaces NONE = new ScenarioPlaces(List.of(), null, (regime, place) -> true);
}
