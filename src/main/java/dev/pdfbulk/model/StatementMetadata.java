package dev.pdfbulk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a statement says about itself, each part null where it is not printed. For a credit card the
 * balances are the amounts owed, in the statement's own sign.
 *
 * @param account        account number as printed (usually masked)
 * @param currency       ISO currency code, e.g. {@code GBP}
 * @param periodStart    first day of the statement period
 * @param periodEnd      last day of the statement period
 * @param openingBalance balance at the start of the period (previous balance on a card)
 * @param closingBalance balance at the end of the period (new balance on a card)
 */
public record StatementMetadata(String account, String currency, LocalDate periodStart, LocalDate periodEnd,
                                BigDecimal openingBalance, BigDecimal closingBalance) {

    /** Metadata with nothing known. */
    public static StatementMetadata empty() {
        return new StatementMetadata(null, null, null, null, null, null);
    }
}
