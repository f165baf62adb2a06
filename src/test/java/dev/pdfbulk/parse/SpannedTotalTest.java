package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A subtotal set from the date column into the text, its totals under the money columns. */
class SpannedTotalTest {

    private static PageSketch header() {
        return new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 140, "Description", 370, "Debit", 440, "Credit", 515, "Balance")
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(555, "100.00").next()
                .cell(40, "01/08/2025").cell(140, "CARD PAYMENT").right(400, "10.00").right(555, "90.00").next()
                .cell(40, "01/08/2025").cell(140, "REFUND").right(470, "5.00").right(555, "95.00").next();
    }

    @Test
    void aDailySubtotalBetweenRowsIsDroppedAndTheTableGoesOn() throws Exception {
        for (String label : new String[] {"Total for 01/08/2025", "Daily total"}) {
            PageSketch p = header().cell(40, label).right(400, "10.00").right(470, "5.00").next()
                    .cell(40, "02/08/2025").cell(140, "SALARY").right(470, "1,000.00").right(555, "1,095.00").next()
                    .cell(40, "02/08/2025").cell(140, "RENT").right(400, "500.00").right(555, "595.00").next()
                    .cell(40, label.replace("01/08", "02/08")).right(400, "500.00").right(470, "1,000.00").next()
                    .cell(40, "03/08/2025").cell(140, "COFFEE").right(400, "2.50").right(555, "592.50").next();
            Statement s = PageSketch.parse(p);
            assertThat(s.transactions()).extracting(Transaction::description)
                    .containsExactly("CARD PAYMENT", "REFUND", "SALARY", "RENT", "COFFEE");
            assertThat(s.transactions().get(4).date()).isEqualTo(LocalDate.of(2025, 8, 3));
            assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void aTotalLineWithNoDatedRowAfterItStillEndsTheTable() throws Exception {
        PageSketch p = header().cell(40, "Total for 01/08/2025").right(400, "10.00").right(470, "5.00").next()
                .line(140, "Interest rates may change")
                .cell(40, "02/08/2025").cell(140, "SUMMARY NOTE").right(470, "7.00").right(555, "102.00").next();
        Statement s = PageSketch.parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("CARD PAYMENT", "REFUND");
    }

    @Test
    void aDatedLineRepeatingTheSumsOfTheRowsAboveIsASubtotal() throws Exception {
        PageSketch p = header().cell(40, "01/08/2025").right(400, "10.00").right(470, "5.00").next()
                .cell(40, "02/08/2025").cell(140, "SALARY").right(470, "1,000.00").right(555, "1,095.00").next()
                .cell(40, "02/08/2025").right(400, "0.00").right(470, "1,000.00").next()
                .cell(40, "03/08/2025").cell(140, "COFFEE").right(400, "2.50").right(555, "1,092.50").next();
        Statement s = PageSketch.parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARD PAYMENT", "REFUND", "SALARY", "COFFEE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDatedLineWithBothSidesThatIsNoSumStaysARow() throws Exception {
        PageSketch p = header().cell(40, "02/08/2025").right(400, "7.00").right(470, "5.00").next()
                .cell(40, "03/08/2025").cell(140, "COFFEE").right(400, "2.50").right(555, "92.50").next();
        Statement s = PageSketch.parse(p);
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }
}
