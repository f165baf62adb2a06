package dev.pdfbulk.model;

import java.math.BigDecimal;

/**
 * Outcome of checking a statement's arithmetic.
 *
 * @param status   the verdict
 * @param row      1-based transaction row of the first mismatch, 0 for the closing-balance check,
 *                 -1 when there is no mismatch
 * @param expected what the amounts imply at the mismatch, null when none
 * @param found    what the statement prints there, null when none
 * @param detail   one human-readable line
 */
public record Reconciliation(ReconciliationStatus status, int row, BigDecimal expected, BigDecimal found,
                             String detail) {

    public static Reconciliation reconciled(String detail) {
        return new Reconciliation(ReconciliationStatus.RECONCILED, -1, null, null, detail);
    }

    public static Reconciliation unverified(String detail) {
        return new Reconciliation(ReconciliationStatus.UNVERIFIED, -1, null, null, detail);
    }

    public static Reconciliation mismatch(int row, BigDecimal expected, BigDecimal found, String detail) {
        return new Reconciliation(ReconciliationStatus.UNRECONCILED, row, expected, found, detail);
    }

    public boolean isUnreconciled() {
        return status == ReconciliationStatus.UNRECONCILED;
    }
}
