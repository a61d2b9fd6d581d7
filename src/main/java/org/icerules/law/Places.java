package org.icerules.law;

import org.icerules.model.Scenario;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RegimeCatalog;
import org.icerules.scenario.ScenarioLoader;
import org.icerules.scenario.ScenarioPlaces;

import java.nio.file.Files;
import java.util.List;

/**
 * Which regimes a case is run through when none are named: those of its place and of every
 * place containing it (rules/jurisdictions.yaml). The one place that choice is made, for
 * {@code run}, {@code compare}, {@code sweep} and the workbench alike; a regime of another place
 * does not apply there, so it is left out rather than marked.
 */
public final class Places {
    private final RegimeCatalog catalog;
    private final Jurisdictions jurisdictions;

    private Places(RegimeCatalog catalog, Jurisdictions jurisdictions) {
        this.catalog = catalog;
        this.jurisdictions = jurisdictions;
    }

    /** The places of the catalog's rules folder; none when it has no jurisdictions.yaml. */
    public static Places of(RegimeCatalog catalog) {
        boolean present = Files.isRegularFile(catalog.rulesDir().resolve(Jurisdictions.FILE));
        return new Places(catalog, present ? Jurisdictions.load(catalog.rulesDir()) : new Jurisdictions(List.of()));
    }

    public Jurisdictions jurisdictions() {
        return jurisdictions;
    }

    /**
     * The regimes that apply in the place, in catalog order; a null place is the default one, and
     * every regime when the rules folder names no default.
     */
    public List<CompiledRegime> regimesIn(String place) {
        String where = place != null ? place : jurisdictions.defaultJurisdiction().orElse(null);
        if (where == null) {
            return catalog.regimes();
        }
        return catalog.regimes().stream().filter(r -> jurisdictions.reaches(r.regime().jurisdiction(), where)).toList();
    }

    /** The regimes the scenario is run through by default: those of its place. */
    public List<CompiledRegime> regimesFor(Scenario s) {
        return regimesIn(s.jurisdiction());
    }

    /** The named regimes in the order named, or the place's when none are named. */
    public List<CompiledRegime> select(List<String> named, String place) {
        return named == null || named.isEmpty() ? regimesIn(place) : catalog.select(named);
    }

    /**
     * The innermost place where both regimes apply (the more local one's, when one's place lies
     * within the other's), or null when they apply in no common place (two cities of different states).
     */
    public String commonPlace(String regimeA, String regimeB) {
        String a = catalog.get(regimeA).regime().jurisdiction();
        String b = catalog.get(regimeB).regime().jurisdiction();
        return jurisdictions.reaches(a, b) ? b : jurisdictions.reaches(b, a) ? a : null;
    }

    /** What a scenario file may say of its place, and which regimes its {@code expect} may name there. */
    public ScenarioPlaces forScenarios() {
        if (jurisdictions.ids().isEmpty()) {
            return ScenarioPlaces.NONE;
        }
        return new ScenarioPlaces(jurisdictions.ids(), jurisdictions.defaultJurisdiction().orElse(null),
                (regime, place) -> catalog.find(regime).map(r -> jurisdictions.reaches(r.regime().jurisdiction(),
                        place)).orElse(true));
    }

    /** The scenario loader of the catalog's rules folder, places included. */
    public ScenarioLoader loader() {
        return new ScenarioLoader(catalog.vocabulary(), catalog.ids(), catalog.switches(), forScenarios());
    }
}
