package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page between two of the table's pages whose rows print no date of their own (nothing reads them), every balance
 * printed: a payment and its refund on it net to nothing, so the balances read agree with its rows lost.
 */
class UnreadMiddlePageTest {

    private static PageSketch page1() {
        return new PageSketch(1)
                .line(40, "Statement of account 01/05/2025 - 31/05/2025").gap(10)
                .line(320, "Balance at start", 500, "1,000.00").gap(20)
                .line(40, "Date", 90, "Description", 270, "Amount", 350, "Balance")
                .cell(40, "05/05/2025").cell(90, "Pret A Manger").right(300, "-12.00").right(380, "988.00").next()
                .cell(40, "05/05/2025").cell(90, "Amazon").right(300, "-13.40").right(380, "974.60").next()
                .cell(40, "06/05/2025").cell(90, "Transport for London").right(300, "-8.49").right(380, "966.11").next()
                .cell(40, "07/05/2025").cell(90, "Deliveroo").right(300, "-16.11").right(380, "950.00").next();
    }

    // The day's rest, no date on any row; with {@code rows} false only the page's furniture.
    private static PageSketch page2(boolean rows) {
        PageSketch p = new PageSketch(2).line(40, "Your transactions (continued)").gap(10);
        if (rows) {
            p.cell(90, "Tesco Stores").right(300, "-50.00").right(380, "900.00").next()
                    .cell(90, "Refund Tesco Stores").right(300, "50.00").right(380, "950.00").next();
        }
        return p.gap(20).line(40, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.");
    }

    private static PageSketch page3() {
        return new PageSketch(3).line(40, "Your transactions (continued)").gap(10)
                .line(40, "Date", 90, "Description", 270, "Amount", 350, "Balance")
                .cell(40, "09/05/2025").cell(90, "Boots Pharmacy").right(300, "-20.00").right(380, "930.00").next()
                .cell(40, "10/05/2025").cell(90, "Refund Argos").right(300, "30.00").right(380, "960.00").next()
                .gap(10).line(40, "Closing balance", 500, "960.00");
    }

    @Test
    void undatedRowsOnAnUnreadPageBetweenTheTablesPagesLeaveItUnverified() throws Exception {
        // Before: reconciled, the two rows of page 2 lost (they net to nothing, so every balance agreed).
        Statement s = parse(page1(), page2(true), page3());
        assertThat(s.transactions()).hasSize(6);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("page 2, between the table's pages, prints lines that read as rows");
    }

    @Test
    void aPageOfFurnitureBetweenTheTablesPagesLeavesItReconciled() throws Exception {
        assertThat(parse(page1(), page2(false), page3()).reconciliation().status())
                .isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
