package dev.pdfbulk.parse;

import java.util.Optional;

/**
 * How a cell under a money column reads when it prints no two decimals ({@link AmountCells}): as printed (a grouped
 * "12,500" or a coded "¥500" only), with ungrouped three-decimal numbers as amounts ("1703.889",
 * {@link UngroupedThreeDecimals}), or as an export that trims the cents' trailing zeros prints them ("12.5", "100",
 * {@link TrimmedAmounts}). A statement is read the second or third way only alongside the first, and keeps that
 * reading only where its amounts or balances prove it ({@code TableStatementParser}).
 */
enum CellReading {
    AS_PRINTED,
    UNGROUPED,
    TRIMMED;

    /** The amount {@code text} is in a money cell read this way; empty when it is none. */
    Optional<Amount> inMoneyPlace(String text) {
        return this == TRIMMED ? TrimmedAmounts.parse(text) : AmountParser.parseInMoneyPlace(text, this == UNGROUPED);
    }

    /**
     * {@link #inMoneyPlace} for a text {@link AmountParser#parse} has already found empty, as {@link AmountCells}
     * tries it: the same answer without parsing it again.
     */
    Optional<Amount> undecimalInMoneyPlace(String text) {
        return this == TRIMMED ? TrimmedAmounts.parseUndecimal(text)
                : AmountParser.undecimalInMoneyPlace(text, this == UNGROUPED);
    }
}
