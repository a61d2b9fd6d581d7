package org.icerules;

import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law lives in rules/, not in the code: no regime id, provision id, switch name,
 * jurisdiction, level, kind or status of rules/, and no map or item of rules/profiles.yaml, is
 * written in src/main (the Java and the web
 * page, its script, style and API document). The names are gathered from rules/ itself, so a
 * new regime or category is covered the day it is added.
 *
 * <p>A name with a hyphen, a dot or a digit, a regime id and a jurisdiction id are refused
 * anywhere in a file, comments included (they are never ordinary words). A category that is
 * also an English word ({@code city}, {@code draft}, {@code enacted}…) is refused as a whole
 * quoted string ({@code "city"}), since the same word in a sentence is just a word.
 */
class NoLegalLiteralsInCodeTest {
    private static final Path RULES = Path.of("rules");
    private static final List<Path> SCANNED = List.of(Path.of("src/main/java"), Path.of("src/main/resources/web"));
    /** The one class allowed to hold such names, if it ever must: none does today. */
    private static final Set<String> ALLOWED = Set.of();

    @Test
    void noNameFromRulesIsWrittenInTheCode() throws IOException {
        Names names = names();
        assertThat(names.distinctive).as("names gathered from rules/").hasSizeGreaterThan(20);
        List<String> hits = new ArrayList<>();
        for (Path file : files()) {
            String display = file.toString().replace('\\', '/');
            if (ALLOWED.contains(file.getFileName().toString())) {
                continue;
            }
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (String name : names.distinctive) {
                    if (!name.isEmpty() && containsWord(lines[i], name)) {
                        hits.add(display + ":" + (i + 1) + ": " + name + " — " + lines[i].strip());
                    }
                }
                for (String word : names.words) {
                    if (quoted(lines[i], word)) {
                        hits.add(display + ":" + (i + 1) + ": \"" + word + "\" — " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(hits).as("legal names written in src/main (they belong in rules/; read them from there)")
                .isEmpty();
    }

    @Test
    void theScanFindsANameWhereverItIsWritten() {
        assertThat(containsWord("return \"grant-condition\".equals(kind);", "grant-condition")).isTrue();
        assertThat(containsWord("showRegimes([\"denver-draft-order-2017\"]);", "denver-draft-order-2017")).isTrue();
        assertThat(containsWord("// denver, colorado.", "colorado")).isTrue();
        assertThat(containsWord("name == \"draft-order.warrant\"", "draft-order.warrant")).isTrue();
        assertThat(containsWord("reading draft-order.warrant", "draft-order")).isFalse();
        assertThat(containsWord("state-patrol-officer", "state")).isFalse();
        assertThat(quoted("case \"city\" -> 0;", "city")).isTrue();
        assertThat(quoted("\"May the city \" + q", "city")).isFalse();
    }

    /** The name as a whole word: not part of a longer id (letters, digits, '-', or a '.' inside a name). */
    static boolean containsWord(String line, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name)).matcher(line);
        while (m.find()) {
            boolean before = m.start() > 0 && partOfName(line, m.start() - 1);
            boolean after = m.end() < line.length() && partOfName(line, m.end());
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfName(String line, int i) {
        char c = line.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
            return true;
        }
        // a dot joins two parts of a switch name (jag.notice), but ends a sentence
        return c == '.' && i + 1 < line.length() && i > 0 && Character.isLetterOrDigit(line.charAt(i + 1))
                && Character.isLetterOrDigit(line.charAt(i - 1));
    }

    static boolean quoted(String line, String word) {
        return line.contains("\"" + word + "\"") || line.contains("'" + word + "'") || line.contains("`" + word + "`");
    }

    private record Names(Set<String> distinctive, Set<String> words) {
    }

    /** Every regime id, provision id and switch name, and every jurisdiction, level, kind and status. */
    private static Names names() throws IOException {
        Set<String> distinctive = new TreeSet<>();
        Set<String> words = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(RULES)) {
            for (Path yaml : walk.filter(p -> p.getFileName().toString().equals("regime.yaml")).sorted().toList()) {
                YNode.YMap m = map(yaml);
                distinctive.add(text(m, "id"));
                items(m, "provisions").forEach(p -> distinctive.add(text(p, "id")));
                items(m, "switches").forEach(s -> distinctive.add(text(s, "name")));
            }
        }
        items(map(RULES.resolve("jurisdictions.yaml")), "jurisdictions").forEach(j -> distinctive.add(text(j, "id")));
        // the maps and items of the profiles: data too (a map id that is a plain word is refused quoted)
        for (YNode.YMap m : items(map(RULES.resolve("profiles.yaml")), "maps")) {
            String id = text(m, "id");
            (id.matches(".*[-.0-9].*") ? distinctive : words).add(id);
            items(m, "items").forEach(i -> distinctive.add(text(i, "id")));
        }
        YNode.YMap categories = map(RULES.resolve("categories.yaml"));
        for (String list : List.of("levels", "kinds", "statuses")) {
            for (YNode.YMap c : items(categories, list)) {
                String id = text(c, "id");
                (id.matches(".*[-.0-9].*") ? distinctive : words).add(id);
            }
        }
        return new Names(distinctive, words);
    }

    private static YNode.YMap map(Path yaml) throws IOException {
        return (YNode.YMap) LocatedYaml.readAll(Files.readString(yaml), yaml.toString()).get(0);
    }

    private static List<YNode.YMap> items(YNode.YMap m, String key) {
        return m.get(key) instanceof YNode.YList l
                ? l.items().stream().filter(YNode.YMap.class::isInstance).map(YNode.YMap.class::cast).toList()
                : List.of();
    }

    /** The key's text; an empty string (which matches nothing) when it is missing. */
    private static String text(YNode.YMap m, String key) {
        return m.get(key) instanceof YNode.YScalar s && s.text() != null ? s.text() : "";
    }

    private static List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : SCANNED) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
