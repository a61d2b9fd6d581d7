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

    static CompiledRegime compile(Path yaml, String yamlDisplay, LegalCategories categories, Vocabulary vocabulary) {
        Path folder = yaml.getParent();
        String yamlText = read(yaml);
        Regime regime = RegimeReader.read(yamlText, yamlDisplay, folder, categories, vocabulary);
        String prefix = yamlDisplay.substring(0, yamlDisplay.length() - "regime.yaml".length());
        List<Path> drls;
        try (Stream<Path> files = Files.list(folder)) {
            drls = files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<InputProblem> problems = new ArrayList<>();
        if (!regime.id().equals(folder.getFileName().toString())) {
            problems.add(new InputProblem(yamlDisplay, 1, 1, "id", "the regime id '" + regime.id()
                    + "' must equal its folder's name '" + folder.getFileName() + "'"));
        }
        if (drls.isEmpty()) {
            problems.add(new InputProblem(yamlDisplay, 0, 0, null, "the regime folder has no .drl files"));
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(yamlDisplay, yamlText);
        for (Path drl : drls) {
            files.put(prefix + drl.getFileName(), read(drl));
        }
        RuleBaseCache cache = RuleBaseCache.configured();
        files.put(VocabularyReader.FILE, vocabulary.hash()); // the classes the rules are compiled against
        String key = cache.enabled() ? RuleBaseCache.key(files) : null;
        ClassLoader loader = vocabulary.caseLoader();
        if (problems.isEmpty() && key != null) {
            RuleBaseCache.Entry hit = cache.read(regime.id(), key, loader);
            if (hit != null) {
                return new CompiledRegime(regime, ruleBase(hit.packages(), loader), hit.rules(), vocabulary);
            }
        }
        List<PackageDescr> packages = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        boolean readCleanly = true;
        Map<String, DrlText> sources = new LinkedHashMap<>();
        for (Path drl : drls) {
            String display = prefix + drl.getFileName();
            DrlText src = new DrlText(display, files.get(display));
            sources.put(display, src);
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
            DrlAnalyzer.Result result = DrlAnalyzer.analyze(pkg, src, regime.id(), regime.switches(), vocabulary);
            problems.addAll(result.problems());
            readCleanly &= result.problems().isEmpty();
            rules.addAll(result.rules());
            packages.add(pkg);
        }
        if (readCleanly) { // with a rule unread, "provision has no rule" and the like would only be noise
            problems.addAll(RegimeLint.check(regime, rules, yamlDisplay));
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
            DrlText src = sources.get(file);
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
        return new CompiledRegime(regime, ruleBase(builder.getKnowledgePackages(), loader), rules, vocabulary);
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
