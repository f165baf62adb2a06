package dev.pdfbulk.model;

import java.util.Currency;

/**
 * The decimals a currency's amounts may have, and the check that a statement's amounts have no more: an amount
 * read with more (127.594 in a statement of whole pesos) means its number format was misread, which is a failure
 * of the file, never a row written to the ledger. Stateless.
 */
public final class MinorUnits {

    /** Digits assumed for a statement that names no currency, as the ledger stores its amounts. */
    public static final int DEFAULT_DIGITS = 2;

    private MinorUnits() {
    }

    /** Digits of the currency's minor unit (0 for CLP, 2 for GBP, 3 for BHD); -1 when unknown or null. */
    public static int of(String currency) {
        if (currency == null) {
            return -1;
        }
        try {
            return Currency.getInstance(currency.strip()).getDefaultFractionDigits();
        } catch (IllegalArgumentException unknown) {
            return -1;
        }
    }

    /** The digits the ledger stores the currency's amounts with: its minor unit, {@link #DEFAULT_DIGITS} when unknown. */
    public static int stored(String currency) {
        int digits = of(currency);
        return digits < 0 ? DEFAULT_DIGITS : digits;
    }

    /**
     * Throws when an amount of the statement has more than {@code digits} decimals (a non-zero digit past them); a
     * row of a section naming its own currency is held to that currency's stored digits instead.
     *
     * @throws StatementException {@link FailureReason#AMOUNT_FORMAT}, naming the first such amount
     */
    public static void check(Statement statement, int digits) throws StatementException {
        int row = 0;
        for (Transaction t : statement.transactions()) {
            Section section = statement.sections().isEmpty() ? null : statement.sectionOf(row);
            row++;
            String own = section == null ? null : section.currency();
            int allowed = own != null ? stored(own) : digits;
            if (t.amount().stripTrailingZeros().scale() > allowed) {
                String currency = own != null ? own : statement.metadata().currency();
                throw new StatementException(FailureReason.AMOUNT_FORMAT, "row " + row + ": amount "
                        + t.amount().toPlainString() + " has more decimals than " + (currency == null
                        ? "the " + allowed + " assumed for a statement naming no currency" : currency + " has ("
                        + allowed + ")") + ": the number format of the amounts was not understood");
            }
        }
    }
}
