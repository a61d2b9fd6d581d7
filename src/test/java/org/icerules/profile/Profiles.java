package org.icerules.profile;

import org.icerules.RegimeVerifier;
import org.icerules.engine.Evaluator;
import org.icerules.law.Jurisdictions;
import org.icerules.law.LawInForce;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The project's profiles over the project's rules, for the pinning tests. */
final class Profiles {
    static final Jurisdictions PLACES = Jurisdictions.load(Path.of("rules"));
    static final Profiler PROFILER = new Profiler(new LawInForce(new Evaluator(RegimeVerifier.projectCatalog()), PLACES),
            ProfileFile.load(Path.of("rules", ProfileFile.FILE), "rules/" + ProfileFile.FILE, org.icerules.Vocab.PROJECT));

    private Profiles() {
    }

    static PlaceProfile of(String jurisdiction, String date) {
        return PROFILER.profile(new Place(jurisdiction, LocalDate.parse(date)), Map.of());
    }

    static PlaceProfile.ItemAnswer item(PlaceProfile p, String map, String item) {
        return p.items().stream().filter(i -> i.map().id().equals(map) && i.item().id().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + map + "/" + item));
    }

    /** "regime:provision" of each deciding provision, in order. */
    static List<String> deciding(PlaceProfile.ItemAnswer a) {
        return a.deciding().stream().map(p -> p.regime() + ":" + p.provision().id()).toList();
    }
}
