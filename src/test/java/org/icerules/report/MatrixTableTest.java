package org.icerules.report;

import org.icerules.model.law.Basis;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.law.Validity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixTableTest {
    static Regime regime(String... cites) {
        List<Provision> ps = java.util.Arrays.stream(cites)
                .map(c -> new Provision(c, c, "t", Basis.TEXT, "s", "x")).toList();
        return new Regime("r", "R", "r", "denver", "city", "ordinance", "enacted", Map.of(),
                new Validity(null, null, List.of()), List.of(), ps, List.of(), null, null);
    }

    @Test
    void dropsTheWordsMostCitationsShare() {
        CiteAbbreviation a = CiteAbbreviation.of(regime("D.R.M.C. § 28-253", "D.R.M.C. § 28-252(a)", "D.R.M.C. §§ 28-250"));
        assertThat(a.prefix()).isEqualTo("D.R.M.C. §");
        assertThat(a.shorten("D.R.M.C. § 28-253")).isEqualTo("28-253");
        assertThat(a.shorten("D.R.M.C. §§ 28-250")).isEqualTo("D.R.M.C. §§ 28-250");
    }

    @Test
    void keepsCitationsWhenFewerThanHalfShareAPrefix() {
        assertThat(CiteAbbreviation.of(regime("A b c", "D e f", "G h i")).prefix()).isEmpty();
        assertThat(CiteAbbreviation.of(regime("Only one cite")).prefix()).isEmpty();
    }

    @Test
    void neverDropsAWholeCitation() {
        CiteAbbreviation a = CiteAbbreviation.of(regime("C.R.S. 24-76.6-102", "C.R.S. 24-76.6-102 (warrant)"));
        assertThat(a.shorten("C.R.S. 24-76.6-102")).isNotEmpty();
    }

    @Test
    void regimeColumnsContinueInBlocksThatFitTheWidth() {
        int[] widths = {30, 50, 50, 50, 50};
        assertThat(MatrixTable.blocks(widths)).containsExactly(List.of(1, 2), List.of(3, 4));
        assertThat(MatrixTable.blocks(new int[]{30, 200})).containsExactly(List.of(1));
    }

    @Test
    void wrapsBetweenWords() {
        assertThat(Wrap.words("forbidden Sheriff memo of 2014-04-30", 24))
                .containsExactly("forbidden Sheriff memo", "of 2014-04-30");
        assertThat(Wrap.words("averyveryverylongwordthatdoesnotfit x", 10))
                .containsExactly("averyveryverylongwordthatdoesnotfit", "x");
    }
}
