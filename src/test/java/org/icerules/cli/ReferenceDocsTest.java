package org.icerules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal reference in docs/ is generated from rules/ and must stay so: regenerating it gives
 * the committed files byte for byte. A regime edited without regenerating fails here.
 */
class ReferenceDocsTest {
    private static final String STALE = "docs/law or docs/glossary.md is out of date with rules/: "
            + "run ./ice-rules reference and commit the result";

    @TempDir
    Path tmp;

    @Test
    void theCommittedReferenceIsExactlyWhatTheRulesGenerate() throws IOException {
        CliRunner r = CliRunner.run("reference", "-o", tmp.resolve("law").toString());
        assertThat(r.status()).as(r.err()).isZero();
        Map<String, String> generated = pages(tmp);
        Map<String, String> committed = pages(Path.of("docs"));
        assertThat(committed.keySet()).as(STALE).isEqualTo(generated.keySet());
        generated.forEach((name, text) -> assertThat(committed.get(name))
                .withFailMessage(() -> STALE + ": docs/" + name + " differs from line " + firstDifference(committed.get(name), text))
                .isEqualTo(text));
    }

    /** The 1-based line where two texts first differ, with both versions of it. */
    private static String firstDifference(String committed, String generated) {
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        return (i + 1) + ":\n  committed: " + (i < a.length ? a[i] : "<end>") + "\n  generated: " + (i < b.length ? b[i] : "<end>");
    }

    /** docs/glossary.md and every page of docs/law, by path relative to the docs folder. */
    private static Map<String, String> pages(Path docs) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path glossary = docs.resolve("glossary.md");
        if (Files.exists(glossary)) {
            out.put("glossary.md", Files.readString(glossary));
        }
        Path law = docs.resolve("law");
        if (Files.isDirectory(law)) {
            try (Stream<Path> files = Files.list(law)) {
                for (Path f : files.sorted().toList()) {
                    out.put("law/" + f.getFileName(), Files.readString(f));
                }
            }
        }
        return out;
    }
}
