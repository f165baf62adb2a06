package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A dated row printing a balance and no amount the table can read is checked as a balance row, never dropped. */
class BalanceOnlyRowTest {

    // "Surcharge" heads a column of no known kind: the 7.95 under it is read as no amount of the row.
    private static PageSketch page(String lastBalance) {
        return new PageSketch(1)
                .line(40, "Statement period 1 March 2025 to 31 March 2025").gap(20)
                .line(40, "Date", 110, "Description", 330, "Surcharge", 410, "Withdrawals", 480, "Deposits", 540,
                        "Balance")
                .cell(40, "01 Mar 2025").cell(110, "Opening balance").right(580, "1,000.00").next()
                .cell(40, "03 Mar 2025").cell(110, "GROCERY STORE").right(460, "25.40").right(580, "974.60").next()
                .cell(40, "05 Mar 2025").cell(110, "SALARY").right(530, "1,200.00").right(580, "2,174.60").next()
                .cell(40, "31 Mar 2025").cell(110, "Monthly account fee").right(380, "7.95")
                .right(580, lastBalance).next();
    }

    @Test
    void aBalanceThatMovedWithNoAmountReadIsNoReconciledStatement() throws Exception {
        Statement s = parse(page("2,166.65"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aBalanceThatDidNotMoveStillAddsUp() throws Exception {
        Statement s = parse(page("2,174.60"));
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
