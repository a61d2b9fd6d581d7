package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.law.Regime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The starting folder of a variant ({@code new-regime --from BASE ID}): a regime.yaml that
 * extends the base and a .drl with commented examples of replacing and of adding a rule. As
 * made it changes nothing, so it loads, and {@code diff} shows no difference until a rule is
 * written. The folder goes beside the base's (the same level), all at once or not at all.
 */
public final class VariantScaffold {
    /** What was made: the folder and its files (name → text), in the order written. */
    public record Made(Path folder, Map<String, String> files) {
    }

    private VariantScaffold() {
    }

    /** Makes the variant's folder; refuses a bad or taken id, an existing folder or an unknown base. */
    public static Made make(RegimeCatalog catalog, String baseId, String id) throws IOException {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw refused("a regime id is kebab-case (lower-case words and digits joined by '-'), not '" + id + "'");
        }
        CompiledRegime base = catalog.get(baseId);
        if (catalog.find(id).isPresent()) {
            throw refused("a regime '" + id + "' exists already (" + shown(catalog, catalog.get(id).regime().folder())
                    + "); choose another id");
        }
        Path folder = base.regime().folder().toAbsolutePath().normalize().resolveSibling(id);
        if (Files.exists(folder)) {
            throw refused(shown(catalog, folder) + " exists already; choose another id or remove that folder");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("regime.yaml", regimeYaml(catalog, base.regime(), id));
        files.put(id + ".drl", starterDrl(catalog, base, id));
        Path tmp = Files.createTempDirectory(folder.getParent(), "." + id + ".");
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(tmp);
        }
        return new Made(folder, files);
    }

    /** A path as the user sees it: relative to the folder above the rules folder. */
    public static String shown(RegimeCatalog catalog, Path p) {
        return RegimeCatalog.display(catalog.rulesDir(), p);
    }

    private static InputException refused(String message) {
        return new InputException(new InputProblem(null, 0, 0, null, message));
    }

    private static String regimeYaml(RegimeCatalog catalog, Regime base, String id) {
        String status = catalog.categories().variantStatus()
                .map(s -> line("status: " + s, "never law: law and timeline count it only with --include"))
                .orElse(line("# status: …", "required: no status of categories.yaml is variant-default"));
        return "# " + id + ": a reading of " + base.id() + " (" + base.title() + ").\n"
                + "# It inherits the base's rules, provisions, switches, sources, dates and validity; this folder\n"
                + "# holds only what the reading changes. See rules/README.md, \"A reading as a variant\".\n"
                + "id: " + id + "\n"
                + "extends: " + base.id() + "\n"
                + line("title: " + quoted("A reading of " + base.title()), "say what the reading changes")
                + line("short: " + id, "its column heading in tables")
                + status
                + line("# removes:", "rules of " + base.id() + " this reading drops, by name")
                + "#   - \"…\"\n"
                + line("# sources:", "added to the base's: where the reading is argued")
                + "#   - {title: \"…\", date: 2026-01-01, href: \"https://…\"}\n"
                + line("# provisions:", "each provision a new rule cites that the base does not declare")
                + "#   - id: " + id + "-…\n"
                + "#     cite: \"…\"\n"
                + "#     title: …\n"
                + line("#     basis: inferred", "text | reported | inferred")
                + "#     source: …\n"
                + "#     summary: …\n";
    }

    /** A line of YAML with its comment, the comments of a file in one column where the lines allow. */
    private static String line(String yaml, String comment) {
        return yaml + " ".repeat(Math.max(1, 35 - yaml.length())) + "# " + comment + "\n";
    }

    private static String starterDrl(RegimeCatalog catalog, CompiledRegime base, String id) throws IOException {
        RuleInfo example = base.rules().stream().filter(r -> r.status() != null && !r.overridesAll())
                .min(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line)).orElseThrow();
        String overridden = example.provision();
        String action = example.actions().get(0).id();
        StringBuilder out = new StringBuilder();
        out.append("// The rules of ").append(id).append(", a reading of ").append(base.id()).append(".\n")
                .append("// Every rule of ").append(base.id()).append(" applies here unless this folder changes it:\n")
                .append("//  - a rule with the same name as one of its rules REPLACES that rule;\n")
                .append("//  - a rule with a new name is ADDED (it cites a provision of the base, or one declared\n")
                .append("//    in this folder's regime.yaml);\n")
                .append("//  - regime.yaml `removes: [\"rule name\", …]` drops rules of the base.\n")
                .append("// Then: ./ice-rules diff ").append(base.id()).append(' ').append(id).append('\n')
                .append("package icerules.").append(packagePart(id)).append(";\n\n")
                .append("import org.icerules.model.facts.*;\n\n")
                .append("// REPLACING: copy a rule of ").append(base.id()).append(" here, keep its name, change it. For example\n")
                .append("// (").append(example.file()).append(':').append(example.line()).append("):\n//\n");
        for (String line : ruleText(catalog, example)) {
            out.append(line.isEmpty() ? "//" : "// " + line).append('\n');
        }
        out.append("\n// ADDING: an exception with a new name, citing a provision declared in regime.yaml:\n//\n")
                .append("// rule \"What the exception allows\"\n")
                .append("//     @provision(\"").append(id).append("-…\")\n")
                .append("//     @action(\"").append(action).append("\")\n")
                .append("//     @status(\"permitted\")\n")
                .append("//     @overrides(\"").append(overridden).append("\")\n")
                .append("// when\n")
                .append("//     Case( … )\n")
                .append("// then\n")
                .append("// end\n");
        return out.toString();
    }

    /** The rule's lines as written, from its first line to its {@code end}. */
    private static List<String> ruleText(RegimeCatalog catalog, RuleInfo rule) throws IOException {
        Path root = catalog.rulesDir().toAbsolutePath().normalize().getParent();
        List<String> lines = Files.readAllLines(root.resolve(rule.file()), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (int i = rule.line() - 1; i < lines.size(); i++) {
            out.add(lines.get(i).stripTrailing());
            if (lines.get(i).strip().equals("end")) {
                break;
            }
        }
        return out;
    }

    /** The id as a DRL package name part: '-' is not allowed there, nor a leading digit. */
    static String packagePart(String id) {
        String s = id.replace('-', '_');
        return Character.isDigit(s.charAt(0)) ? "r_" + s : s;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder, named with a dot: harmless
        }
    }
}
