package org.icerules.cli;

import org.icerules.law.LawInForce;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.profile.Place;
import org.icerules.profile.PlaceProfile;
import org.icerules.profile.ProfileFile;
import org.icerules.profile.Profiler;
import org.icerules.profile.ProfileSpec;
import org.icerules.regime.RegimeCatalog;
import org.icerules.report.ProfileReport;
import org.icerules.report.ProfileTable;
import org.icerules.yaml.DidYouMean;
import org.icerules.yaml.IsoDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code profile --jurisdiction J --date D}: places side by side in the categories the published
 * maps of "sanctuary" policies use, each item answered by the law in force there on that date.
 * Columns: every {@code --place J@D} in the order given, then every {@code --jurisdiction} on every
 * {@code --date}; a column asked for twice is shown once.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Places side by side in the categories the published maps use (ILRC's seven items, "
                + "Florida's five): each item answered by the law in force in that place on that date, with the "
                + "provisions that decide. The items and their reference cases are data (rules/profiles.yaml).")
public final class ProfileCommand implements Callable<Integer> {
    enum Format { table, json, html }

    @Option(names = "--jurisdiction", paramLabel = "ID", description = "a place of rules/jurisdictions.yaml "
            + "(repeatable; each is shown on every --date; default: the file's default place)")
    List<String> jurisdictions = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "a date (repeatable; each --jurisdiction on each)")
    List<LocalDate> dates = new ArrayList<>();

    @Option(names = "--place", paramLabel = "ID@YYYY-MM-DD", description = "one place on one date, e.g. "
            + "a jurisdiction id, @, a date (repeatable; shown first, in the order given)")
    List<String> places = new ArrayList<>();

    @Option(names = "--profiles", paramLabel = "FILE", description = "the profiles file (default: profiles.yaml "
            + "in the rules folder)")
    Path profiles;

    @Option(names = "--map", paramLabel = "ID", description = "only this map of the profiles file (repeatable; "
            + "default: every map)")
    List<String> maps = new ArrayList<>();

    @Option(names = "--format", description = "table (default), json or html")
    Format format = Format.table;

    @Option(names = "--generated", paramLabel = "YYYY-MM-DD", description = "a generation date for the HTML receipt")
    LocalDate generated;

    @Mixin
    Output output;

    @Mixin
    TableWidth width;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Place> asked = parsePlaces(places);
        if (!jurisdictions.isEmpty() && dates.isEmpty()) {
            throw new InputException(new InputProblem("--date", 0, 0, "date", "name a date for --jurisdiction "
                    + "(--date YYYY-MM-DD, repeatable), or give places as --place ID@YYYY-MM-DD"));
        }
        if (asked.isEmpty() && dates.isEmpty()) {
            throw new InputException(new InputProblem("--date", 0, 0, "date", "name what to profile: --jurisdiction "
                    + "ID --date YYYY-MM-DD (each repeatable), or --place ID@YYYY-MM-DD"));
        }
        LawOptions where = new LawOptions();
        where.jurisdiction = asked.isEmpty() && jurisdictions.isEmpty() ? null
                : !jurisdictions.isEmpty() ? jurisdictions.get(0) : asked.get(0).jurisdiction();
        LawInForce law = where.law(rules);
        List<String> named = jurisdictions.isEmpty() && !dates.isEmpty() ? List.of(where.jurisdiction) : jurisdictions;
        Set<Place> all = new LinkedHashSet<>(asked);
        for (String j : named) {
            for (LocalDate d : dates) {
                all.add(new Place(j, d));
            }
        }
        all.forEach(p -> law.checkJurisdiction(p.jurisdiction()));
        RegimeCatalog catalog = rules.catalog();
        Path file = profiles != null ? profiles : catalog.rulesDir().resolve(ProfileFile.FILE);
        ProfileSpec profileSpec = only(ProfileFile.load(file, profiles != null ? profiles.toString()
                : RegimeCatalog.display(catalog.rulesDir(), file), catalog.vocabulary()), maps);
        Profiler profiler = new Profiler(law, profileSpec);
        List<PlaceProfile> result = profiler.profile(List.copyOf(all), rules.set);
        Map<String, String> switches = new TreeMap<>();
        result.forEach(p -> switches.putAll(p.readings()));
        String text = switch (format) {
            case table -> ProfileTable.render(profileSpec, result, width.layout(output));
            case json -> ProfileReport.json(profileSpec, result);
            case html -> ProfileReport.html(profileSpec, result, Receipts.of(spec, rules, List.of(), switches, generated),
                    rules.plainWords().glossary());
        };
        output.write(spec, text);
        return 0;
    }

    /** The profiles with only the maps named (all when none is), in the file's order; an unknown id is refused. */
    static ProfileSpec only(ProfileSpec spec, List<String> ids) {
        List<String> known = spec.maps().stream().map(ProfileSpec.MapSpec::id).toList();
        List<InputProblem> problems = new ArrayList<>();
        for (String id : ids) {
            if (!known.contains(id)) {
                problems.add(new InputProblem("--map", 0, 0, "map", "unknown map '" + id + "'"
                        + DidYouMean.hint(id, known) + "; known: " + String.join(", ", known)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return ids.isEmpty() ? spec : new ProfileSpec(spec.answers(), spec.mixed(),
                spec.maps().stream().filter(m -> ids.contains(m.id())).toList());
    }

    /** "ID@YYYY-MM-DD" → a place; every malformed one is reported. */
    static List<Place> parsePlaces(List<String> given) {
        List<Place> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (String g : given) {
            int at = g.lastIndexOf('@');
            LocalDate day = at < 0 ? null : IsoDate.parse(g.substring(at + 1)).orElse(null);
            if (at <= 0 || day == null) {
                problems.add(new InputProblem("--place", 0, 0, "place", "expected ID@YYYY-MM-DD (e.g. "
                        + "a jurisdiction id, '@', a date), found '" + g + "'"
                        + (at > 0 ? "; " + IsoDate.problem(g.substring(at + 1)) : "")));
            } else {
                out.add(new Place(g.substring(0, at), day));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }
}
