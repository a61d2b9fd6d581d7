package org.icerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.icerules.report.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryCommandTest {
    @Test
    void listsTermsAndDefinitionsForTheTerminalAsMarkdownAndJson() throws Exception {
        CliRunner text = CliRunner.run("glossary", "--width", "80");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("silent\n  The regime does not address the step", "\nD.R.M.C.\n", "\npreempted\n");
        assertThat(text.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(CliRunner.run("glossary", "--format", "md").out()).contains("**silent** — The regime does not address");
        JsonNode json = Json.MAPPER.readTree(CliRunner.run("glossary", "--format", "json").out());
        assertThat(json.get("terms")).anySatisfy(t -> assertThat(t.get("term").asText()).isEqualTo("reported (basis)"));
    }

    @Test
    void everyHtmlReportEndsWithTheGlossary() {
        String compare = CliRunner.run("compare", "scenarios/detainers/ever-valles-2016.yaml", "--format", "html").out();
        assertThat(compare).contains("<h2 id=\"glossary\">Glossary</h2>", "<dt id=\"silent\">silent</dt>");
        assertThat(compare.indexOf("id=\"glossary\"")).isLessThan(compare.indexOf("id=\"receipt\""));
        String explain = CliRunner.run("explain", "scenarios/detainers/ever-valles-2016.yaml", "--regime",
                "denver-ordinance-2017", "--action", "notify-release", "--format", "html").out();
        assertThat(explain).contains("<h2 id=\"glossary\">Glossary</h2>")
                .contains("<p class=\"why\">Permitted because a sheriff&#39;s deputy".replace("&#39;", "'"));
    }
}
