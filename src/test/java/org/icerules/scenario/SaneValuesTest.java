package org.icerules.scenario;

import org.icerules.batch.CellParser;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.yaml.IsoDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Absurd dates and numbers are refused alike by every input: files, the API (through the loader), batch cells. */
class SaneValuesTest {
    @Test
    void datesOutsideTheSpanAreRefusedWithTheSpanNamed() {
        assertThat(IsoDate.parse("1900-01-01")).contains(LocalDate.of(1900, 1, 1));
        assertThat(IsoDate.parse("2100-12-31")).contains(LocalDate.of(2100, 12, 31));
        assertThat(IsoDate.parse("1899-12-31")).isEmpty();
        assertThat(IsoDate.parse("2101-01-01")).isEmpty();
        assertThat(IsoDate.parse("0000-01-01")).isEmpty();
        assertThat(IsoDate.problem("0216-12-20")).isEqualTo(
                "'0216-12-20' is outside the dates this tool takes (1900-01-01 to 2100-12-31); check the year");
        assertThat(IsoDate.problem("2016-02-30")).contains("not a day of the calendar");
    }

    @Test
    void aBatchCellTakesTheSameNumbersAsAScenarioFile() {
        FactSpec hours = org.icerules.Vocab.facts().stream().filter(f -> f.type() == FactType.NUMBER).findFirst().orElseThrow();
        assertThat(CellParser.parse(hours, "1000000")).isEqualTo(1_000_000.0);
        assertThat(CellParser.parse(hours, "1000001")).isNull();
        assertThat(CellParser.problem(hours, "1e300")).startsWith("expected a number from 0 to 1000000, found '1e300'");
        assertThat(CellParser.problem(hours, "-1")).isEqualTo("expected a number from 0 to 1000000, found '-1'");
    }
}
