package org.icerules.model.law;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant award a regime of grant conditions comes with (regime.yaml {@code award}): what the
 * city stands to lose if a condition is not met.
 *
 * @param amount   the award in {@code currency}, e.g. 694535
 * @param currency ISO code, e.g. USD
 * @param date     when it was awarded; null if not known
 * @param note     where the figure comes from
 */
public record Award(BigDecimal amount, String currency, LocalDate date, String note) {

    /** "USD 694,535" */
    public String display() {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return currency + " " + f.format(amount);
    }
}
