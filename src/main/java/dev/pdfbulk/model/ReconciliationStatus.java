package dev.pdfbulk.model;

import java.util.Locale;

/** Whether a statement's transactions add up to the balances it prints. */
public enum ReconciliationStatus {
    /** Opening balance plus every amount gives the closing balance, and every printed running balance agrees. */
    RECONCILED,
    /** Some printed balance disagrees with the amounts: the statement must not be trusted as read. */
    UNRECONCILED,
    /** Nothing was printed to check against. */
    UNVERIFIED;

    /** Lower-case name as written to CSV summaries, logs and the database. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
