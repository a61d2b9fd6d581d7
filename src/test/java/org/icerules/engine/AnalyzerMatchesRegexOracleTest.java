package org.icerules.engine;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading conditions from Drools' parse gives, for every rule in rules/, exactly what the
 * regular expressions gave: the facts, date, switches, number thresholds and days it reads.
 */
class AnalyzerMatchesRegexOracleTest {

    @Test
    void everyProjectRuleReadsTheSameAsBefore() throws Exception {
        List<Path> drls;
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            drls = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(drls).isNotEmpty();
        int compared = 0;
        for (Path drl : drls) {
            String text = Files.readString(drl);
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse((org.kie.api.io.Resource) null, new StringReader(text));
            assertThat(parser.getErrors()).as(drl.toString()).isEmpty();
            DrlAnalyzer.Result now = DrlAnalyzer.analyze(pkg, new DrlText(drl.toString(), text), "any", null);
            assertThat(now.problems()).as(drl.toString()).isEmpty();
            for (RuleDescr r : pkg.getRules()) {
                RegexConditionsOracle.Reads before = RegexConditionsOracle.read(r);
                RuleInfo info = now.rules().stream().filter(i -> i.name().equals(r.getName())).findFirst().orElseThrow();
                String what = drl + " rule \"" + r.getName() + "\"";
                assertThat(info.reads()).as(what + " facts").isEqualTo(before.facts());
                assertThat(info.readsDate()).as(what + " date").isEqualTo(before.readsDate());
                assertThat(info.switches()).as(what + " switches").isEqualTo(before.switches());
                assertThat(info.numberThresholds()).as(what + " numbers").isEqualTo(before.numbers());
                assertThat(info.dateThresholds()).as(what + " days").isEqualTo(before.dates());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }
}
