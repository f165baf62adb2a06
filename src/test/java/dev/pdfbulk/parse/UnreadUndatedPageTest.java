package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows under day headings (no date of their own) on a page after the table's last, headerless and left unread,
 * with no closing balance printed: the balances read agree, yet rows may be lost, so the statement is unverified.
 */
class UnreadUndatedPageTest {

    private static Statement statement(boolean rowsOnPage2) throws Exception {
        PageSketch p1 = new PageSketch(1)
                .line(40, "Statement of account 01/05/2025 - 31/05/2025").gap(10)
                .line(320, "Balance at start", 500, "1,000.00").gap(20)
                .line(40, "Description", 270, "Amount", 350, "Balance")
                .line(40, "Monday, 5 May 2025")
                .cell(40, "Pret A Manger").right(300, "-12.00").right(380, "988.00").next()
                .cell(40, "Amazon").right(300, "-13.40").right(380, "974.60").next()
                .line(40, "Tuesday, 6 May 2025")
                .cell(40, "Transport for London").right(300, "-8.49").right(380, "966.11").next()
                .cell(40, "Deliveroo").right(300, "-16.11").right(380, "950.00").next()
                .line(40, "Wednesday, 7 May 2025")
                .cell(40, "Page total").right(300, "-50.00").next();
        PageSketch p2 = new PageSketch(2).line(40, "Your transactions (continued)").gap(10);
        if (rowsOnPage2) {
            p2.cell(40, "Tesco Stores").right(300, "-50.00").right(380, "900.00").next()
                    .line(40, "Thursday, 8 May 2025")
                    .cell(40, "Salary Acme Widgets").right(300, "1,000.00").right(380, "1,900.00").next()
                    .cell(40, "Gym membership").right(300, "-40.00").right(380, "1,860.00").next();
        }
        p2.gap(20).line(40, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.");
        return parse(p1, p2);
    }

    @Test
    void undatedRowsOnALaterPageNoneReadLeaveItUnverified() throws Exception {
        Statement s = statement(true);
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("page 2 prints lines that read as rows");
    }

    @Test
    void aLaterPageOfFurnitureOnlyLeavesItReconciled() throws Exception {
        assertThat(statement(false).reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
