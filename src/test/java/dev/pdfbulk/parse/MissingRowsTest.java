package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Balances that agree with each other prove nothing of rows lost before the first of them: a statement whose
 * first page's rows could not be read must not come out reconciled from the balances of its later pages.
 */
class MissingRowsTest {

    private static PageSketch header(PageSketch p) {
        return p.line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance");
    }

    private static PageSketch row(PageSketch p, String date, String text, String out, String balance) {
        return p.cell(40, date).cell(140, text).right(415, out).right(555, balance).next();
    }

    // Page 1's rows are unreadable: a notice set across the columns, set well above them, ends the table right under
    // its header (a notice with rows close below it would be a note inside the table).
    private static PageSketch pageOneUnread(String summary) {
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025");
        if (summary != null) {
            p.line(40, summary);
        }
        p.gap(20);
        header(p).line(40, "Your overdraft limit changes on 01/09/2025 please read the enclosed leaflet carefully");
        p.gap(30);
        row(p, "01/08/2025", "RENT", "500.00", "500.00");
        row(p, "02/08/2025", "COFFEE", "2.00", "498.00");
        return p.gap(40).line(40, "Page 1 of 2");
    }

    private static PageSketch pageTwo(String broughtForward) {
        PageSketch p = header(new PageSketch(2));
        if (broughtForward != null) {
            p.cell(140, "BALANCE BROUGHT FORWARD").right(555, broughtForward).next();
        }
        row(p, "03/08/2025", "TEA", "1.00", "497.00");
        row(p, "04/08/2025", "BREAD", "3.00", "494.00");
        return p.gap(40).line(40, "Page 2 of 2");
    }

    @Test
    void rowsReadOnlyAfterAnUnreadFirstPageAreNotReconciled() throws Exception {
        Statement s = parse(pageOneUnread(null), pageTwo(null));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("TEA", "BREAD");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("rows before it may be missing");
    }

    @Test
    void aBalanceBroughtForwardOnALaterPageIsNoOpening() throws Exception {
        Statement s = parse(pageOneUnread(null), pageTwo("498.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aBroughtForwardBalanceThatIsNotThePrintedOpeningIsNoOpening() throws Exception {
        Statement s = parse(pageOneUnread("Opening balance 1,000.00"), pageTwo("498.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void thePrintedOpeningCatchesTheLostRowsByTheirAmounts() throws Exception {
        Statement s = parse(pageOneUnread("Opening balance 1,000.00"), pageTwo(null));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().found()).isEqualByComparingTo("497.00");
    }

    @Test
    void rowsOnAFirstPageWhoseHeaderWasNotReadAreMissingRows() throws Exception {
        // No header on page 1 at all: its dated rows with amounts lie outside any table.
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Day", 140, "What", 370, "Out", 515, "Left");
        row(one, "01/08/2025", "RENT", "500.00", "500.00");
        row(one, "02/08/2025", "COFFEE", "2.00", "498.00");
        Statement s = parse(one, pageTwo(null));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("TEA", "BREAD");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aTableReadFromItsFirstPageChecksEveryRowAfterItsFirstBalance() throws Exception {
        // The same statement read whole: the first row's balance is where the running balance starts, so that
        // row's own amount is checked against nothing.
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20);
        header(one);
        row(one, "01/08/2025", "RENT", "500.00", "500.00");
        row(one, "02/08/2025", "COFFEE", "2.00", "498.00");
        Statement s = parse(one.gap(40).line(40, "Page 1 of 2"), pageTwo("498.00"));
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("1 row(s) before the first balance");
    }

    @Test
    void withTheOpeningPrintedEveryRowIsChecked() throws Exception {
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025")
                .line(40, "Opening balance 1,000.00").gap(20);
        header(one);
        row(one, "01/08/2025", "RENT", "500.00", "500.00");
        row(one, "02/08/2025", "COFFEE", "2.00", "498.00");
        Statement s = parse(one.gap(40).line(40, "Page 1 of 2"), pageTwo("498.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void rowsAboveABalanceCarriedForwardAtThePagesFootAreNotCheckedByIt() throws Exception {
        // Rows without balances, then the first balance at the foot of page 1: it vouches only for what follows.
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20);
        header(one);
        row(one, "01/08/2025", "RENT", "500.00", "");
        row(one, "02/08/2025", "COFFEE", "2.00", "");
        one.cell(140, "BALANCE CARRIED FORWARD").right(555, "498.00").next();
        Statement s = parse(one.gap(40).line(40, "Page 1 of 2"), pageTwo("498.00"));
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("2 row(s) before the first balance");
    }

    @Test
    void rowsAfterTheLastBalanceWithoutAPrintedClosingAreNotChecked() throws Exception {
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025")
                .line(40, "Opening balance 1,000.00").gap(20);
        header(one);
        row(one, "01/08/2025", "RENT", "500.00", "500.00");
        row(one, "02/08/2025", "COFFEE", "2.00", "498.00");
        row(one, "03/08/2025", "TEA", "1.00", "");
        Statement s = parse(one.gap(40).line(40, "Page 1 of 1"));
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("1 row(s) after the last");
    }

    @Test
    void aRowWhoseSignOnlyABalanceBeforeItCouldTellIsNotImported() throws Exception {
        // One unsigned amount column: each row's direction comes from the balance's move, which the first row,
        // with no balance printed before it, cannot have.
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 140, "Description", 440, "Amount", 515, "Balance");
        one.cell(40, "01/08/2025").cell(140, "RENT").right(480, "500.00").right(555, "1,500.00").next();
        one.cell(40, "02/08/2025").cell(140, "COFFEE").right(480, "2.00").right(555, "1,498.00").next();
        one.cell(40, "03/08/2025").cell(140, "SALARY").right(480, "900.00").right(555, "2,398.00").next();
        Statement s = parse(one.gap(40).line(40, "Page 1 of 1"));
        assertThat(s.transactions()).extracting(t -> t.amount().toPlainString())
                .containsExactly("500.00", "-2.00", "900.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("row 1").contains("debit or a credit");
    }

    @Test
    void rowsLostAtTheEndAreNotReconciledWithoutAPrintedClosing() throws Exception {
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20);
        header(one).cell(140, "OPENING BALANCE").right(555, "1,000.00").next();
        row(one, "01/08/2025", "RENT", "500.00", "500.00");
        row(one, "02/08/2025", "COFFEE", "2.00", "498.00");
        PageSketch two = header(new PageSketch(2))
                .line(40, "Your overdraft limit changes on 01/09/2025 please read the enclosed leaflet carefully")
                .gap(30);
        row(two, "03/08/2025", "TEA", "1.00", "497.00");
        Statement s = parse(one.gap(40).line(40, "Page 1 of 2"), two);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("RENT", "COFFEE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("rows after it may be missing");
    }

    @Test
    void rowsPrintedBelowWhereTheTableEndedAreNotReconciledWithoutAPrintedClosing() throws Exception {
        // Page 2's table ends on a notice set well above the rows printed under it: they belong to no table.
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20);
        header(one).cell(140, "OPENING BALANCE").right(555, "1,000.00").next();
        row(one, "01/08/2025", "RENT", "500.00", "500.00");
        row(one, "02/08/2025", "COFFEE", "2.00", "498.00");
        PageSketch two = header(new PageSketch(2));
        row(two, "03/08/2025", "TEA", "1.00", "497.00");
        two.line(40, "Your overdraft limit changes on 01/09/2025 please read the enclosed leaflet carefully").gap(30);
        row(two, "04/08/2025", "BREAD", "3.00", "494.00");
        Statement s = parse(one.gap(40).line(40, "Page 1 of 2"), two);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("RENT", "COFFEE", "TEA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("rows after it may be missing");
    }
}
