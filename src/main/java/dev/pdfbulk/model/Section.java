package dev.pdfbulk.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One account of a statement that holds several (a checking and a savings account, a current account in two
 * currencies), each printed as a section of its own: a heading naming the account, its own opening balance, rows
 * and closing balance.
 *
 * @param account        the account as its heading prints it, masked to its last four digits ("****2214"), or null
 * @param currency       ISO code of the section's money, or null when the statement does not say it
 * @param openingBalance the section's opening balance, null when not printed
 * @param closingBalance the section's closing balance, null when not printed
 * @param reconciliation the section's own balance check
 * @param firstRow       index of the section's first row among the statement's transactions (0-based)
 * @param rowCount       how many of the statement's transactions, from {@code firstRow} on, are this section's
 */
public record Section(String account, String currency, BigDecimal openingBalance, BigDecimal closingBalance,
                      Reconciliation reconciliation, int firstRow, int rowCount) {

    public Section {
        Objects.requireNonNull(reconciliation, "reconciliation");
        if (firstRow < 0 || rowCount < 0) {
            throw new IllegalArgumentException("firstRow and rowCount must not be negative");
        }
    }

    /** Whether the statement's row {@code index} (0-based) is this section's. */
    public boolean holds(int index) {
        return index >= firstRow && index < firstRow + rowCount;
    }
}
