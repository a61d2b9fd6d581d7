package org.icerules.regime;

import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.icerules.model.facts.Reading;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.core.impl.RuleBaseFactory;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.law.Regime;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds one regime: reads its regime.yaml, parses each .drl (classic DRL, whose errors carry
 * the right line), reads what each rule says, lints the whole, and compiles the rule base.
 * Problems are reported in stages — syntax, then what the rules say, then the regime as a
 * whole — so that no problem is only the echo of an earlier one.
 */
final class RegimeCompiler {
    private RegimeCompiler() {
    }

    /** A .drl file a regime is built from; {@code dropped}: its rules a variant built on it replaced or removed. */
    record DrlFile(String display, String text, Set<String> dropped) {
    }

    /**
     * What a regime is built from: its .drl files in order (a variant's base's first), and every
     * file the rule base depends on, by display path (the cache key).
     */
    record Sources(List<DrlFile> drls, Map<String, String> files) {
    }

    /** A compiled regime and what it was built from, so that a variant of it can be built from the same. */
    record Built(CompiledRegime compiled, Sources sources) {
    }

    static Built compile(Path yaml, String yamlDisplay, LegalCategories categories, Vocabulary vocabulary) {
        Path folder = yaml.getParent();
        String yamlText = read(yaml);
        Regime regime = RegimeReader.read(yamlText, yamlDisplay, folder, categories, vocabulary);
        List<InputProblem> problems = new ArrayList<>();
        checkFolderName(regime, folder, yamlDisplay, problems);
        List<DrlFile> drls = ownDrls(folder, yamlDisplay);
        if (drls.isEmpty()) {
            problems.add(new InputProblem(yamlDisplay, 0, 0, null, "the regime folder has no .drl files"));
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(yamlDisplay, yamlText);
        drls.forEach(d -> files.put(d.display(), d.text()));
        return build(regime, yamlDisplay, new Sources(drls, files), problems, (r, rules) -> r, p -> true, vocabulary,
                true);
    }

    private static void checkFolderName(Regime regime, Path folder, String yamlDisplay, List<InputProblem> problems) {
        if (regime.id() != null && !regime.id().equals(folder.getFileName().toString())) {
            problems.add(new InputProblem(yamlDisplay, 1, 1, "id", "the regime id '" + regime.id()
                    + "' must equal its folder's name '" + folder.getFileName() + "'"));
        }
    }

    /** The folder's own .drl files, by name. */
    private static List<DrlFile> ownDrls(Path folder, String yamlDisplay) {
        String prefix = yamlDisplay.substring(0, yamlDisplay.length() - "regime.yaml".length());
        List<Path> drls;
        try (Stream<Path> files = Files.list(folder)) {
            drls = files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drls.stream().map(p -> new DrlFile(prefix + p.getFileName(), read(p), Set.of())).toList();
    }

    /**
     * Parses, reads, lints and compiles a regime's rules (or takes them from the cache);
     * {@code fitted} adjusts the regime to its rules once they are known (a variant drops the
     * inherited provisions no rule cites any more), and {@code needsRule} says which provisions must
     * have a rule (a variant's own).
     */
    private static Built build(Regime declared, String yamlDisplay, Sources sources, List<InputProblem> problems,
                               BiFunction<Regime, List<RuleInfo>, Regime> fitted,
                               java.util.function.Predicate<org.icerules.model.law.Provision> needsRule,
                               Vocabulary vocabulary, boolean fromCache) {
        Map<String, String> files = sources.files();
        RuleBaseCache cache = RuleBaseCache.configured();
        files.put(VocabularyReader.FILE, vocabulary.hash()); // the classes the rules are compiled against
        String key = cache.enabled() ? RuleBaseCache.key(files) : null;
        ClassLoader loader = vocabulary.caseLoader();
        if (problems.isEmpty() && key != null && fromCache) {
            RuleBaseCache.Entry hit = cache.read(declared.id(), key, loader);
            if (hit != null) {
                // the packages are read when the rule base is first needed; should they not read, the
                // regime is compiled then, as on a miss (it passed every check when it was stored)
                Supplier<KieBase> made = () -> {
                    Collection<KiePackage> packages = hit.packages().get();
                    return packages != null ? ruleBase(packages, loader) : build(declared, yamlDisplay, sources,
                            new ArrayList<>(), fitted, needsRule, vocabulary, false).compiled().kieBase();
                };
                return new Built(new CompiledRegime(fitted.apply(declared, hit.rules()), made, hit.rules(), vocabulary),
                        sources);
            }
        }
        List<PackageDescr> packages = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        boolean readCleanly = true;
        Map<String, DrlText> texts = new LinkedHashMap<>();
        for (DrlFile drl : sources.drls()) {
            String display = drl.display();
            DrlText src = new DrlText(display, drl.text());
            texts.put(display, src);
            Resource resource = ResourceFactory.newByteArrayResource(src.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(display);
            resource.setResourceType(ResourceType.DRL);
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(resource, new StringReader(src.text()));
            } catch (DroolsParserException e) {
                problems.add(new InputProblem(display, 0, 0, null, "cannot parse: " + e.getMessage()));
                readCleanly = false;
                continue;
            }
            if (parser.hasErrors() || pkg == null) {
                problems.addAll(DrlSyntaxErrors.problems(src, parser.getErrors()));
                readCleanly = false;
                continue;
            }
            DrlAnalyzer.Result result = DrlAnalyzer.analyze(pkg, src, declared.id(), declared.switches(), vocabulary);
            problems.addAll(result.problems());
            readCleanly &= result.problems().isEmpty();
            // a variant's base file: the rules the variant replaced or removed are not part of it
            pkg.getRules().removeIf(r -> drl.dropped().contains(r.getName()));
            result.rules().stream().filter(r -> !drl.dropped().contains(r.name())).forEach(rules::add);
            packages.add(pkg);
        }
        Regime regime = fitted.apply(declared, rules);
        if (readCleanly) { // with a rule unread, "provision has no rule" and the like would only be noise
            problems.addAll(RegimeLint.check(regime, rules, yamlDisplay, needsRule));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
        for (PackageDescr pkg : packages) {
            // Reading comes with the vocabulary's import: a rule file imports one package
            pkg.addImport(new ImportDescr(Reading.class.getName()));
            builder.addPackage(pkg);
        }
        for (KnowledgeBuilderResult err : builder.getErrors()) {
            String file = err.getResource() != null ? err.getResource().getSourcePath() : yamlDisplay;
            int[] lines = err.getLines();
            int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
            DrlText src = texts.get(file);
            // Drools reports no column here: the line's first word stands for it
            int column = line > 0 && src != null ? src.firstColumn(line) : 0;
            problems.add(new InputProblem(file, line, column, null, "DRL error: " + oneLine(err.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        rules.sort(DrlAnalyzer.BY_PLACE);
        if (key != null) {
            cache.write(regime.id(), key, rules, builder.getKnowledgePackages());
        }
        Collection<KiePackage> compiled = builder.getKnowledgePackages();
        return new Built(new CompiledRegime(regime, () -> ruleBase(compiled, loader), rules, vocabulary), sources);
    }

    // --- variants (regime.yaml with extends:) -------------------------------------------------

    /**
     * Builds a variant on its base: the base's .drl files less the rules the variant replaces (a
     * rule of the same name in the variant's folder) or removes ({@code removes:}), then the
     * variant's own files. Its cache key covers the base's files too, so an edit to the base
     * rebuilds the variant.
     */
    static Built compileVariant(Path yaml, String yamlDisplay, LegalCategories categories, Built base,
                                Vocabulary vocabulary) {
        Path folder = yaml.getParent();
        String yamlText = read(yaml);
        VariantReader.Variant variant = VariantReader.read(yamlText, yamlDisplay, folder, categories,
                base.compiled().regime(), vocabulary);
        List<InputProblem> problems = new ArrayList<>();
        checkFolderName(variant.regime(), folder, yamlDisplay, problems);
        List<DrlFile> own = ownDrls(folder, yamlDisplay);
        Set<String> ownRules = ruleNames(own);
        problems.addAll(checkRemovals(variant.removes(), base.compiled(), ownRules, yamlDisplay));
        Set<String> dropping = new TreeSet<>(ownRules);
        variant.removes().forEach(r -> dropping.add(r.rule()));
        List<DrlFile> drls = new ArrayList<>();
        for (DrlFile d : base.sources().drls()) {
            Set<String> dropped = new TreeSet<>(d.dropped());
            dropped.addAll(dropping);
            drls.add(new DrlFile(d.display(), d.text(), Set.copyOf(dropped)));
        }
        drls.addAll(own);
        Map<String, String> files = new LinkedHashMap<>(base.sources().files());
        files.put(yamlDisplay, yamlText);
        own.forEach(d -> files.put(d.display(), d.text()));
        try {
            return build(variant.regime(), yamlDisplay, new Sources(drls, files), problems,
                    (r, rules) -> VariantReader.withoutUncited(r, variant.ownProvisions(), rules),
                    p -> variant.ownProvisions().contains(p.id()), vocabulary, true);
        } catch (InputException e) {
            throw new InputException(inVariant(e.problems(), base, variant.regime().id()));
        }
    }

    /** A problem found in a base's file while building a variant says so: the base alone loads cleanly. */
    private static List<InputProblem> inVariant(List<InputProblem> problems, Built base, String variantId) {
        Set<String> inherited = new java.util.HashSet<>();
        base.sources().drls().forEach(d -> inherited.add(d.display()));
        return problems.stream().map(p -> !inherited.contains(p.file()) ? p : new InputProblem(p.file(), p.line(),
                p.column(), p.key(), p.message() + " (in " + variantId + ", which extends "
                + base.compiled().id() + ")")).toList();
    }

    /** The names of the rules in these files, as far as they parse (a file that does not is reported later). */
    private static Set<String> ruleNames(List<DrlFile> drls) {
        Set<String> names = new TreeSet<>();
        for (DrlFile d : drls) {
            try {
                DrlParser parser = new DrlParser();
                PackageDescr pkg = parser.parse(null, d.text());
                if (pkg != null) {
                    pkg.getRules().forEach(r -> names.add(r.getName()));
                }
            } catch (DroolsParserException | RuntimeException e) {
                // reported where the file is compiled
            }
        }
        return names;
    }

    /** Every name under {@code removes:} is a rule of the base, named once, and not also replaced. */
    private static List<InputProblem> checkRemovals(List<VariantReader.Removal> removes, CompiledRegime base,
                                                    Set<String> ownRules, String yamlDisplay) {
        org.icerules.yaml.YamlReader y = new org.icerules.yaml.YamlReader(yamlDisplay);
        Set<String> seen = new java.util.HashSet<>();
        List<String> baseRules = base.rules().stream().map(RuleInfo::name).toList();
        for (VariantReader.Removal r : removes) {
            if (base.rule(r.rule()) == null) {
                y.problem(r.at(), VariantReader.REMOVES, "'" + r.rule() + "' is not a rule of " + base.id()
                        + org.icerules.yaml.DidYouMean.hint(r.rule(), baseRules) + "; write a rule's name as in "
                        + "its .drl file, between the quotes after 'rule'");
            } else if (!seen.add(r.rule())) {
                y.problem(r.at(), VariantReader.REMOVES, "'" + r.rule() + "' is removed twice");
            } else if (ownRules.contains(r.rule())) {
                y.problem(r.at(), VariantReader.REMOVES, "'" + r.rule() + "' is also the name of a rule in this "
                        + "folder, which already replaces it: remove the name here, or rename that rule");
            }
        }
        return y.problems();
    }

    private static KieBase ruleBase(Collection<KiePackage> packages, ClassLoader loader) {
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        kbase.addPackages(packages);
        return kbase;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new InputProblem(p.toString(), 0, 0, null, "cannot read: " + e.getMessage()));
        }
    }
}
