package dev.pdfbulk.parse;

import dev.pdfbulk.model.Reconciliation;

import java.math.BigDecimal;

/**
 * Follows the running balance of one walk through a statement's rows and remembers the first disagreement,
 * and where the balances it started and ended with were printed. Not thread-safe.
 */
final class BalanceVerifier {

    /** The page of a balance printed outside the table (the statement's summary). */
    static final int SUMMARY = 0;

    private final int direction;
    private BigDecimal opening;
    private BigDecimal running;
    private int checks;
    private Reconciliation mismatch;
    private int startPage = -1;
    private int lastPage = -1;
    private int rowsBefore;
    private int rowsAfter;

    BalanceVerifier(int direction) {
        this.direction = direction;
    }

    boolean started() {
        return running != null;
    }

    BigDecimal opening() {
        return opening;
    }

    /** The page of the balance the walk started from ({@link #SUMMARY} for the printed opening), -1 if none. */
    int startPage() {
        return startPage;
    }

    /**
     * Rows walked before the walk had a balance to start from, the row whose own balance started it included:
     * their amounts are checked against nothing.
     */
    int rowsBefore() {
        return rowsBefore;
    }

    /** Rows walked after the last balance read or checked: their amounts are checked against nothing. */
    int rowsAfter() {
        return rowsAfter;
    }

    /** The page of the last balance read in the table, -1 if none. */
    int lastPage() {
        return lastPage;
    }

    void open(BigDecimal value, int page) {
        opening = value;
        running = value;
        startPage = page;
        seen(page);
    }

    /**
     * Starts the walk from the printed opening where the table's first balance, printed before any row, is another
     * (a brought-forward line on page 2 with page 1's rows unread): rows before that balance were lost, so the walk
     * fails there, and goes on from the table's balance.
     */
    void openDisagreeing(BigDecimal printedOpening, BigDecimal tableBalance, int page) {
        open(printedOpening, SUMMARY);
        checks++;
        fail(0, printedOpening, tableBalance, "opening balance " + printedOpening.toPlainString()
                + " printed, the table starts from " + tableBalance.toPlainString() + ": rows before it may be missing");
        running = tableBalance;
        seen(page);
    }

    BigDecimal amountFromBalance(BigDecimal magnitude, BigDecimal balance) {
        if (running != null && balance != null) {
            BigDecimal change = balance.subtract(running).multiply(BigDecimal.valueOf(direction));
            if (change.abs().compareTo(magnitude) == 0) {
                return change;
            }
        }
        return magnitude;
    }

    void row(int index, BigDecimal amount, BigDecimal balance, int page) {
        if (running == null) {
            rowsBefore++;
        } else {
            running = running.add(amount.multiply(BigDecimal.valueOf(direction)));
            rowsAfter++;
        }
        if (balance != null) {
            printed(balance, index, page, true);
        }
    }

    void checkpoint(BigDecimal value, int afterRow, int page) {
        printed(value, afterRow, page, false);
    }

    // A balance printed on a row ({@code onRow}) or after row {@code row}: the check starts from the first one, and
    // each later one must equal the running balance; the check goes on from the printed value either way.
    private void printed(BigDecimal value, int row, int page, boolean onRow) {
        seen(page);
        rowsAfter = 0;
        if (running == null) {
            running = value;
            startPage = page;
            return;
        }
        checks++;
        if (running.compareTo(value) != 0) {
            String where = onRow ? "row " + row + ": balance"
                    : row == 0 ? "closing balance:" : "balance after row " + row + ":";
            fail(row, running, value, where + " " + value.toPlainString() + " printed, " + running.toPlainString()
                    + " expected");
        }
        running = value;
    }

    private void seen(int page) {
        if (page != SUMMARY) {
            lastPage = page;
        }
    }

    private void fail(int row, BigDecimal expected, BigDecimal found, String detail) {
        if (mismatch == null) {
            mismatch = Reconciliation.mismatch(row, expected, found, detail);
        }
    }

    Reconciliation result() {
        if (mismatch != null) {
            return mismatch;
        }
        return checks > 0 ? Reconciliation.reconciled(checks + " balance check(s) passed")
                : Reconciliation.unverified("no opening, closing or running balance printed");
    }
}
