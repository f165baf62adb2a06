package dev.pdfbulk.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sign column set right after the balance column ("Balance | Dr/Cr", as Irish and UK credit unions print an
 * overdrawn balance "537.60 | Dr"): its cell is the balance's mark, printed in a column of its own, not the
 * direction of the row's amount (which its debit or credit column, or the balance's move, gives). Stateless and
 * thread-safe.
 */
final class BalanceSignColumn {

    private BalanceSignColumn() {
    }

    /**
     * True when {@code mark} is the cell of a sign column whose neighbour on the left is the balance column, and
     * {@code last}, the unmarked balance just read, takes it as a CR or DR mark; the balance in {@code money} is then
     * replaced by the marked one.
     */
    static boolean signs(SollHaben.Cell last, Phrase mark, TableColumns columns, Map<ColumnKind, Amount> money,
                         float em) {
        Amount balance = money.get(ColumnKind.BALANCE);
        if (last.kind() != ColumnKind.BALANCE || balance == null || balance.mark() != Amount.Mark.NONE
                || !afterBalance(columns, mark, em)) {
            return false;
        }
        Optional<Amount> signed = AmountParser.parse(last.text() + " " + mark.text());
        if (signed.isEmpty() || signed.get().mark() != Amount.Mark.CR && signed.get().mark() != Amount.Mark.DR) {
            return false;
        }
        money.put(ColumnKind.BALANCE, signed.get());
        return true;
    }

    // The cell lines up with a sign column, and the column before that one is the balance.
    private static boolean afterBalance(TableColumns columns, Phrase mark, float em) {
        List<Column> all = columns.columns();
        for (int k = 1; k < all.size(); k++) {
            Column c = all.get(k);
            if (c.kind() == ColumnKind.SIGN && all.get(k - 1).kind() == ColumnKind.BALANCE
                    && c.misalignment(mark.left(), mark.right()) < 2f * em) {
                return true;
            }
        }
        return false;
    }
}
