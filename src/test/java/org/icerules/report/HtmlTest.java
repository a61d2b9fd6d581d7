package org.icerules.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One HTML escaper, and no second one hidden in another class. */
class HtmlTest {

    @Test
    void escapesTheFourCharactersThatEndTextOrAnAttribute() {
        assertThat(Html.escape("a < b & \"c\" > d")).isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; d");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void noOtherClassEscapesHtmlItself() throws IOException {
        List<String> escapers;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            escapers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("Html.java"))
                    .filter(p -> read(p).contains("\"&amp;\"") || read(p).contains("\"&lt;\""))
                    .map(Path::toString).toList();
        }
        assertThat(escapers).as("classes with their own HTML escaper (use report.Html.escape)").isEmpty();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
