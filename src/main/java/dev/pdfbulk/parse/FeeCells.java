package dev.pdfbulk.parse;

import java.util.Map;

/**
 * Amounts in a fee column ("Fee*": {@code -6.00} beside a payment's {@code -1 242.28}, or on a row of its own): money
 * out, charged with the row's payment, so the row moves the balance by both. A careful reader adds the fee to the
 * row's money out: one transaction per printed row. Where the table has no money-out column, a fee column right of its
 * one amount column is added to that amount; else the fee stays out of the row as before. Stateless.
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
        if (money.containsKey(ColumnKind.FEE)) {
            return null;
        }
        Column fee = columns.first(ColumnKind.FEE);
        if (fee == null || columns.first(ColumnKind.DEBIT) == null && !besideAmount(columns, fee)) {
            return null;
        }
        float miss = fee.misalignment(left, right);
        return miss < 2f * em && (best == null || miss < best.misalignment(left, right)) ? fee : null;
    }

    // A fee column right of a table's one amount column, no other money column between (a Korean card's "원금 |
    // 수수료(이자)": the principal billed and its interest), is charged with that amount; one left of it is not (PayPal's
    // "Gross | Fee | Net", the net already less the fee).
    private static boolean besideAmount(TableColumns columns, Column fee) {
        Column before = null;
        for (Column c : columns.columns()) {
            if (c == fee) {
                return before != null && before.kind() == ColumnKind.AMOUNT;
            }
            if (c.kind().isMoney()) {
                before = c;
            }
        }
        return false;
    }

    /**
     * Moves the row's fee into its money out, or into its one amount where the table has no money-out column: the
     * two magnitudes added, the sign mark kept.
     */
    static void addToDebit(Map<ColumnKind, Amount> money) {
        Amount fee = money.remove(ColumnKind.FEE);
        if (fee == null) {
            return;
        }
        ColumnKind into = !money.containsKey(ColumnKind.DEBIT) && money.containsKey(ColumnKind.AMOUNT)
                ? ColumnKind.AMOUNT : ColumnKind.DEBIT;
        Amount out = money.get(into);
        money.put(into, out == null ? fee
                : new Amount(out.magnitude().add(fee.magnitude()), out.mark(), out.currency(), null));
    }
}
