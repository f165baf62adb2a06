package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of items not yet posted ("Pending Transactions") under the same column header as the posted rows: its
 * items are outside the statement's balances and are no transactions.
 */
class PendingTableTest {

    private static PageSketch header(PageSketch p) {
        return p.line(40, "Date", 100, "Description", 370, "Withdrawals", 440, "Deposits", 515, "Balance");
    }

    private static PageSketch statement(String title, String note, String pendingBalance, String ending) {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 05/01/2025 - 05/31/2025")
                .line(40, "Beginning balance on May 1, 2025", 450, "$1,000.00")
                .line(40, "Ending balance on May 31, 2025", 450, ending).gap(20)
                .line(40, title);
        if (!note.isEmpty()) {
            p.line(40, note);
        }
        header(p)
                .cell(40, "05/30").cell(100, "POS AUTHORIZATION FRED MEYER").right(415, "86.41")
                .right(555, pendingBalance).next()
                .cell(40, "05/31").cell(100, "ZELLE FROM KEVIN NGUYEN").right(480, "45.00")
                .right(555, pendingBalance).next()
                .gap(20).line(40, "Available balance including pending transactions: $1,008.59").gap(20)
                .line(40, "Posted Transactions");
        return header(p)
                .cell(40, "05/02").cell(100, "ACH DEBIT COMCAST").right(415, "100.00").right(555, "900.00").next()
                .cell(40, "05/06").cell(100, "PAYROLL ACME").right(480, "150.00").right(555, "1,050.00").next();
    }

    @Test
    void aTableTitledPendingIsNoPartOfTheStatement() throws Exception {
        // given: "Pending" in the balance cells, the title over a note that explains it
        Statement s = parse(statement("Pending Transactions",
                "They are not included in your ending balance and may change or drop off.", "Pending", "$1,050.00"));

        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ACH DEBIT COMCAST", "PAYROLL ACME");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void pendingRowsWithBlankBalancesAreLeftOutToo() throws Exception {
        Statement s = parse(statement("Pending authorizations", "", "", "$1,050.00"));

        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-100.00"), new BigDecimal("150.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void germanAndFrenchTitlesSayPendingAsWell() throws Exception {
        for (String title : new String[] {"Vorgemerkte Umsätze", "Opérations en cours", "Authorisations not yet posted"}) {
            Statement s = parse(statement(title, "", "*", "$1,050.00"));
            assertThat(s.transactions()).as(title).hasSize(2);
            assertThat(s.reconciliation().status()).as(title).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void postedRowsThatDoNotAddUpStillRefuse() throws Exception {
        // given: the ending balance printed does not follow from the posted rows; leaving pending rows out fixes nothing
        Statement s = parse(statement("Pending Transactions", "", "Pending", "$1,099.00"));

        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aNoteThatMentionsPendingItemsIsNoTitle() throws Exception {
        // given: a posted table whose explanatory sentence mentions pending items; its rows stay transactions
        Statement s = parse(header(new PageSketch(1)
                .line(40, "Statement period 05/01/2025 - 05/31/2025")
                .line(40, "Beginning balance on May 1, 2025", 450, "$1,000.00")
                .line(40, "Ending balance on May 31, 2025", 450, "$900.00").gap(20)
                .line(40, "Transactions")
                .line(40, "Pending items are shown on the next statement once they have posted"))
                .cell(40, "05/02").cell(100, "ACH DEBIT COMCAST").right(415, "100.00").right(555, "900.00").next());

        assertThat(s.transactions()).hasSize(1);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aPostedTitleUnderAPendingRowsNoteHeadsThePostedRows() throws Exception {
        // given: an online-banking print whose pending row's second line says "Vorgemerkt", then "Gebuchte Umsätze"
        PageSketch p = header(new PageSketch(1)
                .line(40, "Statement period 05/01/2025 - 05/31/2025")
                .line(40, "Beginning balance on May 1, 2025", 450, "$1,000.00")
                .line(40, "Ending balance on May 31, 2025", 450, "$1,050.00").gap(20)
                .line(40, "Vorgemerkte Umsätze"))
                .cell(40, "05/31").cell(100, "EDEKA CENTER BONN").right(415, "23.87").next()
                .line(100, "Vorgemerkt – Buchung folgt").gap(10)
                .line(40, "Gebuchte Umsätze");
        Statement s = parse(header(p)
                .cell(40, "05/02").cell(100, "ACH DEBIT COMCAST").right(415, "100.00").right(555, "900.00").next()
                .cell(40, "05/06").cell(100, "PAYROLL ACME").right(480, "150.00").right(555, "1,050.00").next());

        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ACH DEBIT COMCAST", "PAYROLL ACME");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void pendingInTheDateColumnMarksAnItemNotYetPostedWithItsWrappedText() throws Exception {
        // given: an online list with its pending items on top, "Pending" for their date, one wrapped onto a second line
        Statement s = parse(header(new PageSketch(1)
                .line(40, "Statement period 05/01/2025 - 05/31/2025")
                .line(40, "Beginning balance on May 1, 2025", 450, "$1,000.00")
                .line(40, "Ending balance on May 31, 2025", 450, "$1,050.00").gap(20))
                .cell(40, "Pending").cell(100, "POS AUTHORIZATION FRED MEYER").right(415, "86.41").next()
                .line(100, "REF 554127")
                .cell(40, "Pending").cell(100, "ZELLE FROM KEVIN NGUYEN").right(480, "45.00").next()
                .cell(40, "05/06").cell(100, "PAYROLL ACME").right(480, "150.00").right(555, "1,050.00").next()
                .cell(40, "05/02").cell(100, "ACH DEBIT COMCAST").right(415, "100.00").right(555, "900.00").next());

        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAYROLL ACME", "ACH DEBIT COMCAST");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
