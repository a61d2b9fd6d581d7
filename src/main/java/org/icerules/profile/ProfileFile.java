package org.icerules.profile;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.verdicts.Status;
import org.icerules.scenario.ScenarioLoader;
import org.icerules.yaml.DidYouMean;
import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code rules/profiles.yaml} (or a file named on the command line) into a
 * {@link ProfileSpec}, like every other file of the rules: every problem is located (file, line,
 * column, key) with the allowed values and a did-you-mean, and nothing is used from a file with
 * an error. Facts are checked by the scenario loader's own reader, so a reference case accepts
 * and refuses exactly what a scenario file does.
 */
public final class ProfileFile {
    public static final String FILE = "profiles.yaml";
    private static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";

    private ProfileFile() {
    }

    /** The profiles file of a rules folder. */
    public static ProfileSpec load(Path file, String display, Vocabulary vocabulary) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputProblem(display, 0, 0, null,
                    "no profiles file here: it lists the maps' items and the cases that answer them"));
        }
        try {
            return parse(Files.readString(file), display, vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProfileSpec parse(String text, String file, Vocabulary vocabulary) {
        YamlReader y = new YamlReader(file);
        List<YNode> docs = LocatedYaml.readAll(text, file);
        YNode.YMap root = docs.size() == 1 ? y.map(docs.get(0), "") : null;
        if (root == null) {
            if (docs.size() != 1) {
                y.problem(1, 1, null, "expected one YAML document with 'answers', 'mixed' and 'maps'");
            }
            throw new InputException(y.problems());
        }
        y.onlyKeys(root, "", List.of("answers", "mixed", "maps"));
        List<ProfileSpec.AnswerWord> answers = answers(y, root);
        String mixed = y.string(root, "", "mixed", true);
        List<ProfileSpec.MapSpec> maps = new ArrayList<>();
        Set<String> mapIds = new HashSet<>();
        int i = 0;
        for (YNode n : y.list(root, "", "maps", true)) {
            String path = "maps[" + i++ + "]";
            ProfileSpec.MapSpec m = map(y, vocabulary, n, path);
            if (m != null && !mapIds.add(m.id())) {
                y.problem(n, path + ".id", "duplicate map id '" + m.id() + "'");
            }
            if (m != null) {
                maps.add(m);
            }
        }
        if (maps.isEmpty() && y.problems().isEmpty()) {
            y.problem(root, "maps", "name at least one map");
        }
        if (!y.problems().isEmpty()) {
            throw new InputException(y.problems());
        }
        return new ProfileSpec(answers, mixed, maps);
    }

    /** The answer scale: every status exactly once. */
    private static List<ProfileSpec.AnswerWord> answers(YamlReader y, YNode.YMap root) {
        List<ProfileSpec.AnswerWord> out = new ArrayList<>();
        Map<Status, String> seen = new LinkedHashMap<>();
        int i = 0;
        for (YNode n : y.list(root, "", "answers", true)) {
            String path = "answers[" + i++ + "]";
            YNode.YMap m = y.map(n, path);
            if (m == null) {
                continue;
            }
            y.onlyKeys(m, path, List.of("word", "statuses", "limits", "meaning"));
            String word = y.string(m, path, "word", true);
            Boolean limits = m.get("limits") == null ? null : y.bool(m.get("limits"), path + ".limits");
            if (m.get("limits") == null) {
                y.problem(m, path + ".limits", "is required (true or false: does this answer count as limiting?)");
            }
            List<Status> statuses = new ArrayList<>();
            for (YNode s : y.list(m, path, "statuses", true)) {
                String text = s instanceof YNode.YScalar sc ? sc.text() : null;
                Status st = text == null ? null : Status.byWire(text);
                if (st == null) {
                    y.problem(s, path + ".statuses", "unknown status " + (text == null ? YamlReader.describe(s)
                            : "'" + text + "'" + DidYouMean.hint(text, Status.wires())) + "; allowed: "
                            + String.join(", ", Status.wires()));
                } else if (seen.containsKey(st)) {
                    y.problem(s, path + ".statuses", "status '" + text + "' already counts as '" + seen.get(st) + "'");
                } else {
                    seen.put(st, word);
                    statuses.add(st);
                }
            }
            if (word != null && limits != null) {
                out.add(new ProfileSpec.AnswerWord(word, statuses, limits, y.string(m, path, "meaning", false)));
            }
        }
        List<String> missing = Status.wires().stream().filter(w -> !seen.containsKey(Status.byWire(w))).toList();
        if (!missing.isEmpty() && root.get("answers") != null) {
            y.problem(root.get("answers"), "answers", "every status needs a word; missing: " + String.join(", ", missing));
        }
        return out;
    }

    private static ProfileSpec.MapSpec map(YamlReader y, Vocabulary vocabulary, YNode n, String path) {
        YNode.YMap m = y.map(n, path);
        if (m == null) {
            return null;
        }
        y.onlyKeys(m, path, List.of("id", "title", "short", "source", "href", "date", "note", "items"));
        String id = id(y, m, path);
        String title = y.string(m, path, "title", true);
        String shortName = y.string(m, path, "short", true);
        String source = y.string(m, path, "source", true);
        String href = y.string(m, path, "href", true);
        if (href != null && !href.startsWith("https://")) {
            y.problem(m.get("href"), path + ".href", "a link starts with https://");
        }
        LocalDate date = y.date(m, path, "date", true);
        String note = y.string(m, path, "note", false);
        List<ProfileSpec.ItemSpec> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (YNode in : y.list(m, path, "items", true)) {
            String ipath = path + ".items[" + i++ + "]";
            ProfileSpec.ItemSpec item = item(y, vocabulary, in, ipath);
            if (item != null && !ids.add(item.id())) {
                y.problem(in, ipath + ".id", "duplicate item id '" + item.id() + "' in this map");
            }
            if (item != null) {
                items.add(item);
            }
        }
        if (id == null || title == null || shortName == null || source == null || href == null || date == null) {
            return null;
        }
        return new ProfileSpec.MapSpec(id, title, shortName, source, href, date, note, items);
    }

    private static ProfileSpec.ItemSpec item(YamlReader y, Vocabulary vocabulary, YNode n, String path) {
        YNode.YMap m = y.map(n, path);
        if (m == null) {
            return null;
        }
        y.onlyKeys(m, path, List.of("id", "label", "definition", "ask"));
        String id = id(y, m, path);
        String label = y.string(m, path, "label", true);
        String definition = y.string(m, path, "definition", true);
        List<ProfileSpec.Question> questions = new ArrayList<>();
        int i = 0;
        List<YNode> ask = y.list(m, path, "ask", true);
        for (YNode q : ask) {
            ProfileSpec.Question question = question(y, vocabulary, q, path + ".ask[" + i++ + "]");
            if (question != null) {
                questions.add(question);
            }
        }
        if (ask.isEmpty() && m.get("ask") != null) {
            y.problem(m.get("ask"), path + ".ask", "ask at least one question (an action and the facts of its case)");
        }
        if (id == null || label == null || definition == null) {
            return null;
        }
        return new ProfileSpec.ItemSpec(id, label, definition.strip(), questions);
    }

    private static ProfileSpec.Question question(YamlReader y, Vocabulary vocabulary, YNode n, String path) {
        YNode.YMap m = y.map(n, path);
        if (m == null) {
            return null;
        }
        y.onlyKeys(m, path, List.of("action", "facts"));
        String actionId = y.string(m, path, "action", true);
        Action action = actionId == null ? null : vocabulary.action(actionId);
        if (actionId != null && action == null) {
            y.problem(m.get("action"), path + ".action", "unknown action '" + actionId + "'"
                    + DidYouMean.hint(actionId, vocabulary.actionIds()) + "; known: " + String.join(", ", vocabulary.actionIds()));
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        YNode factsNode = m.get("facts");
        YNode.YMap fm = factsNode == null ? null : y.map(factsNode, path + ".facts");
        List<String> names = vocabulary.facts().stream().map(FactSpec::name).toList();
        if (fm != null) {
            for (YNode.Entry e : fm.entries().values()) {
                String key = path + ".facts." + e.key();
                FactSpec f = vocabulary.byName(e.key());
                if (f == null) {
                    y.problem(e.line(), e.column(), key, "unknown fact '" + e.key() + "'"
                            + DidYouMean.hint(e.key(), names) + "; known facts: " + String.join(", ", names));
                    continue;
                }
                Object v = ScenarioLoader.readFactValue(y, f, e.value(), key);
                if (v != null) {
                    facts.put(f.name(), v);
                }
            }
        }
        return action == null ? null : new ProfileSpec.Question(action, facts);
    }

    private static String id(YamlReader y, YNode.YMap m, String path) {
        String id = y.string(m, path, "id", true);
        if (id != null && !id.matches(KEBAB)) {
            y.problem(m.get("id"), path + ".id", "an id is kebab-case: lower-case letters and digits joined by '-'");
            return null;
        }
        return id;
    }
}
