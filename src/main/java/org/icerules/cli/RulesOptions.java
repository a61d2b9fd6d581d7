package org.icerules.cli;

import org.icerules.regime.CompiledRegime;
import org.icerules.engine.Evaluator;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.Scenario;
import org.icerules.model.law.SwitchSpec;
import org.icerules.scenario.ScenarioLoader;
import org.icerules.yaml.DidYouMean;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Options every command that evaluates shares: the rules folder, the regimes, the readings. */
public final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder (default: the project's rules/)")
    Path rulesDir;

    @Option(names = "--regime", paramLabel = "ID", description = "run exactly these regimes, in this order (repeatable; default: the regimes of each scenario's "
            + "place, its jurisdiction, and of the places containing it)")
    List<String> regimes = new ArrayList<>();

    @Option(names = "--set", paramLabel = "SWITCH=VALUE", description = "choose a reading for this run (repeatable)")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--unknown", paramLabel = "FACT",
            description = "treat this fact as unknown, whatever the file says (repeatable); as 'FACT: unknown' in a file")
    List<String> unknown = new ArrayList<>();

    private RegimeCatalog catalog;
    private org.icerules.law.Places places;

    /** The scenario's regimes (see {@link #selected(Scenario)}) in force on its date (for {@code --in-force}). */
    public List<CompiledRegime> inForceOn(Scenario s) {
        return selected(s).stream().filter(r -> r.regime().validity().standingOn(s.date()).inForce()).toList();
    }

    /**
     * The regimes a scenario is run through: those named with {@code --regime}, in the order
     * named, exactly; else the regimes of the scenario's place and of the places containing it.
     */
    public List<CompiledRegime> selected(Scenario s) {
        return places().select(regimes, s.jurisdiction());
    }

    /** The places of the rules folder in use (rules/jurisdictions.yaml), read once. */
    public org.icerules.law.Places places() {
        if (places == null) {
            places = org.icerules.law.Places.of(catalog());
        }
        return places;
    }

    /**
     * For commands that answer only from known facts: a scenario with an unknown fact is
     * refused (its placeholder values would pass for known), pointing to those that weigh them.
     */
    public static List<Scenario> allKnown(List<Scenario> scenarios, String command) {
        List<InputProblem> problems = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (s.hasUnknowns()) {
                problems.add(new InputProblem(s.file(), s.line(), 1, "facts", "scenario '" + s.id() + "' has unknown "
                        + "facts (" + String.join(", ", s.unknown()) + "); " + command + " answers only from known "
                        + "facts: use run, explain, ask, law or timeline, which weigh every value of them"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return scenarios;
    }

    /** The scenario with the facts named by {@code --unknown} added to its unknown ones. */
    public Scenario withUnknowns(Scenario s) {
        List<String> names = catalog().vocabulary().facts().stream()
                .map(org.icerules.model.facts.FactSpec::name).toList();
        for (String u : unknown) {
            if (!names.contains(u)) {
                throw new InputException(new InputProblem("--unknown", 0, 0, u, "unknown fact '" + u + "'"
                        + DidYouMean.hint(u, names) + "; known facts: " + String.join(", ", names)));
            }
        }
        if (unknown.isEmpty()) {
            return s;
        }
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        names.stream().filter(n -> s.unknown().contains(n) || unknown.contains(n)).forEach(all::add);
        return new Scenario(s.id(), s.title(), s.date(), s.source(), s.notes(), s.facts(), s.readings(), s.expect(),
                s.file(), s.line(), all, s.expectDepends(), s.jurisdiction());
    }

    /** The catalog, loaded once. */
    public RegimeCatalog catalog() {
        if (catalog == null) {
            catalog = RegimeCatalog.load(rulesDir != null ? rulesDir : RegimeCatalog.defaultRulesDir());
            regimes.forEach(catalog::get); // unknown ids fail early, with a did-you-mean
            validateSet(catalog);
        }
        return catalog;
    }

    /**
     * The scenario library used when a command is given no PATH: {@code scenarios/} beside the
     * rules folder in use. The launcher names the rules folder from the project's home, so this
     * does not depend on the directory the command is run from.
     */
    public Path defaultScenarios() {
        Path dir = rulesDir != null ? rulesDir : RegimeCatalog.defaultRulesDir();
        Path parent = dir.toAbsolutePath().normalize().getParent();
        return parent != null ? parent.resolve("scenarios") : Path.of("scenarios");
    }

    /** The paths given, or the default scenario library when none are. */
    public List<Path> pathsOrDefault(List<Path> given) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        Path library = defaultScenarios();
        if (!java.nio.file.Files.isDirectory(library)) {
            throw new InputException(new InputProblem(library.toString(), 0, 0, null, "no scenario library here "
                    + "(with no PATH, the default is scenarios/ beside the rules folder); name the files or folders"));
        }
        return List.of(library);
    }

    /** The glossary and the facts' phrases of the rules folder in use, for reports a non-lawyer reads. */
    public org.icerules.report.PlainWords plainWords() {
        Path dir = catalog().rulesDir();
        return new org.icerules.report.PlainWords(org.icerules.regime.Glossary.loadIfPresent(dir),
                new org.icerules.report.WhySentence(org.icerules.regime.FactPhrases.loadIfPresent(dir,
                        catalog().vocabulary())));
    }

    public Evaluator evaluator() {
        return new Evaluator(catalog());
    }

    public List<CompiledRegime> selected() {
        return catalog().select(regimes);
    }

    /** The one regime a command about a single regime (explain, ask) was given; refused unless exactly one. */
    public CompiledRegime onlyRegime(String command) {
        if (regimes.size() != 1) {
            throw new InputException(new InputProblem("--regime", 0, 0, "regime",
                    command + " needs exactly one --regime; known: " + String.join(", ", catalog().ids())));
        }
        return catalog().get(regimes.get(0));
    }

    public ScenarioLoader loader() {
        return places().loader();
    }

    /** The scenario's chosen readings with {@code --set} on top. */
    public Map<String, String> readings(Scenario s) {
        Map<String, String> out = new LinkedHashMap<>(s.readings());
        out.putAll(set);
        return out;
    }

    /** Every switch of the selected regimes with the value in force for this scenario. */
    public Map<String, String> readingsInForce(Scenario s) {
        Map<String, String> chosen = readings(s);
        Map<String, String> out = new TreeMap<>();
        for (CompiledRegime r : selected(s)) {
            out.putAll(Evaluator.readingsFor(r, chosen));
        }
        return out;
    }

    private void validateSet(RegimeCatalog c) {
        Map<String, SwitchSpec> known = c.switches();
        List<InputProblem> problems = new ArrayList<>();
        set.forEach((k, v) -> {
            SwitchSpec s = known.get(k);
            if (s == null) {
                problems.add(new InputProblem("--set", 0, 0, k, "unknown switch '" + k + "'"
                        + DidYouMean.hint(k, known.keySet()) + "; known: " + String.join(", ", known.keySet())));
            } else if (!s.values().contains(v)) {
                problems.add(new InputProblem("--set", 0, 0, k, "unknown value '" + v + "'"
                        + DidYouMean.hint(v, s.values()) + "; allowed: " + String.join(", ", s.values())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }
}
