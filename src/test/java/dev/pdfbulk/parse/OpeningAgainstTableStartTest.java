package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed opening against the balance the table starts from: a brought-forward line on page 2 that is not the
 * opening the summary prints means page 1's rows were lost (read nowhere, undated rows under day headings), so the
 * statement is no reconciled one; where the two agree the walk goes on as before.
 */
class OpeningAgainstTableStartTest {

    // Page 1: the summary, then undated rows under a day heading the table does not read (no header above them).
    private static PageSketch pageOne(String opening) {
        return new PageSketch(1)
                .line(40, "Personal Account statement 01/04/2025 - 30/04/2025").gap(10)
                .line(320, "Balance at start", 500, opening)
                .line(320, "Balance at end", 500, "1,150.00").gap(20)
                .line(40, "Tuesday, 1 April 2025")
                .cell(40, "Standing Order Landlord Rent").right(300, "-900.00").right(380, "100.00").next()
                .cell(40, "Deliveroo").right(300, "-13.18").right(380, "86.82").next();
    }

    private static PageSketch pageTwo(String broughtForward) {
        return new PageSketch(2)
                .line(40, "Date", 110, "Description", 270, "Amount", 350, "Balance")
                .cell(110, "Balance brought forward").right(380, broughtForward).next()
                .cell(40, "15 Apr 2025").cell(110, "SALARY").right(300, "1,063.18").right(380, "1,150.00").next();
    }

    @Test
    void aBroughtForwardOtherThanThePrintedOpeningIsNoReconciledStart() throws Exception {
        Statement s = parse(pageOne("1,000.00"), pageTwo("86.82"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("1000.00").contains("86.82");
    }

    @Test
    void aBroughtForwardEqualToThePrintedOpeningStartsTheWalk() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Personal Account statement 01/04/2025 - 30/04/2025").gap(10)
                .line(320, "Balance at start", 500, "86.82")
                .line(320, "Balance at end", 500, "1,150.00"), pageTwo("86.82"));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("1063.18"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void withNoPrintedOpeningTheTableStartsWhereItStarts() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Personal Account statement 01/04/2025 - 30/04/2025").gap(10)
                .line(320, "Balance at end", 500, "1,150.00"), pageTwo("86.82"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void anOpeningRowInTheTableMustAlsoMatchThePrintedOpening() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Personal Account statement 01/04/2025 - 30/04/2025").gap(10)
                .line(320, "Balance at start", 500, "1,000.00")
                .line(320, "Balance at end", 500, "1,150.00").gap(20)
                .line(40, "Date", 110, "Description", 270, "Amount", 350, "Balance")
                .cell(110, "Opening balance").right(380, "86.82").next()
                .cell(40, "15 Apr 2025").cell(110, "SALARY").right(300, "1,063.18").right(380, "1,150.00").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }
}
