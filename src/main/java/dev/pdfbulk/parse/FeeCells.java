package dev.pdfbulk.parse;

import java.util.Map;

/**
 * Amounts in a fee column ("Fee*": {@code -6.00} beside a payment's {@code -1 242.28}, or on a row of its own): money
 * out, charged with the row's payment, so the row moves the balance by both. A careful reader adds the fee to the
 * row's money out: one transaction per printed row. Where the table has no money-out column to add it to, the fee
 * stays out of the row as before. Stateless.
 */
final class FeeCells {

    private FeeCells() {
    }

    /**
     * The fee column an amount at {@code [left, right]} lines up with, when it lines up with it better than with
     * {@code best}, the money column found for it (or null); null when it is no fee.
     */
    static Column column(TableColumns columns, float left, float right, float em, Map<ColumnKind, Amount> money,
                         Column best) {
        if (money.containsKey(ColumnKind.FEE) || columns.first(ColumnKind.DEBIT) == null) {
            return null;
        }
        Column fee = columns.first(ColumnKind.FEE);
        if (fee == null) {
            return null;
        }
        float miss = fee.misalignment(left, right);
        return miss < 2f * em && (best == null || miss < best.misalignment(left, right)) ? fee : null;
    }

    /** Moves the row's fee into its money out: the two magnitudes added, the money out's sign mark kept. */
    static void addToDebit(Map<ColumnKind, Amount> money) {
        Amount fee = money.remove(ColumnKind.FEE);
        if (fee == null) {
            return;
        }
        Amount out = money.get(ColumnKind.DEBIT);
        money.put(ColumnKind.DEBIT, out == null ? fee
                : new Amount(out.magnitude().add(fee.magnitude()), out.mark(), out.currency(), null));
    }
}
