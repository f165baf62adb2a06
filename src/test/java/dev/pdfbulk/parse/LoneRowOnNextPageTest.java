package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows under day headings going on to a last page that holds one of them, its day's heading on the page before: the
 * page's closing balance, page total or brought-forward line, or a title carried over the break, shows the table goes
 * on there, so the lone row is read (probes fz_191_L8 of seed 2614, fz_115_L4 of 2614, fz_003_L4 of 2715: the row was
 * lost, the statement unreconciled).
 */
class LoneRowOnNextPageTest {

    // Page 1; with a summary box above the table (the closing balance printed there), else none.
    private static PageSketch first(boolean box) {
        PageSketch p = new PageSketch(1).line(40, "Statement period 01 Jan 2025 to 31 Jan 2025").gap(20);
        if (box) {
            p.line(40, "Account summary").line(40, "Opening balance", 250, "1,000.00")
                    .line(40, "Closing balance", 250, "900.00").gap(20);
        }
        return p.line(40, "Details", 360, "Debits", 430, "Credits", 520, "Balance")
                .cell(40, "Opening balance").right(550, "1,000.00").gap(12)
                .cell(40, "Friday 10 Jan 2025").gap(12)
                .cell(40, "CARD PURCHASE TESCO STORES").right(395, "10.00").right(550, "990.00").gap(12)
                .cell(40, "DIRECT DEBIT BRITISH GAS").right(395, "20.00").right(550, "970.00").gap(12)
                .cell(40, "MANDATE 5804787").gap(12)
                .cell(40, "Saturday 11 Jan 2025").gap(12)
                .cell(40, "FASTER PAYMENT WAITROSE").right(395, "30.00").right(550, "940.00").gap(12);
    }

    private static void assertRead(Statement s) {
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-10.00"),
                new BigDecimal("-20.00"), new BigDecimal("-30.00"), new BigDecimal("-40.00"));
        Transaction last = s.transactions().get(3);
        assertThat(last.description()).isEqualTo("BILL PAYMENT DELIVEROO ORDER GLASGOW");
        assertThat(last.date()).isEqualTo(LocalDate.of(2025, 1, 11));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLoneRowOverTheClosingBalanceIsRead() throws Exception {
        PageSketch next = new PageSketch(2)
                .line(40, "Details", 360, "Debits", 430, "Credits", 520, "Balance")
                .cell(40, "BILL PAYMENT DELIVEROO").right(395, "40.00").right(550, "900.00").gap(12)
                .cell(40, "ORDER GLASGOW").gap(12)
                .cell(40, "Closing balance").right(550, "900.00").gap(12);
        assertRead(parse(first(false), next));
    }

    @Test
    void aLoneRowUnderATitleCarriedOverTheBreakIsRead() throws Exception {
        PageSketch next = new PageSketch(2)
                .line(40, "Your transactions (continued)").gap(8)
                .cell(40, "BILL PAYMENT DELIVEROO").right(395, "40.00").right(550, "900.00").gap(12)
                .cell(40, "ORDER GLASGOW").gap(12);
        assertRead(parse(first(true), next));
    }
}
