package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Fees and interest listed as dated charges in a table of their own count when, with them, the balance agrees. */
class ChargeTableTest {

    private static PageSketch card(String newBalance) {
        return new PageSketch(1)
                .line(40, "Credit limit £5,000.00")
                .line(40, "Statement date 01/08/2025")
                .line(40, "Previous balance", 200, "£500.00")
                .line(40, "New balance", 200, newBalance).gap(20)
                .line(40, "Your transactions")
                .line(40, "Date", 100, "Description", 290, "Reference", 440, "Amount")
                .cell(40, "24/07").cell(100, "GROCER").cell(290, "A1").right(475, "80.00").next()
                .cell(40, "26/07").cell(100, "TAXI").cell(290, "A2").right(475, "20.00").next()
                .cell(40, "28/07").cell(100, "PAYMENT RECEIVED").cell(290, "A3").right(475, "-50.00").next()
                .gap(30).line(40, "Fees and interest")
                .line(40, "Date", 100, "Description", 440, "Amount")
                .cell(40, "24/07").cell(100, "NON-STERLING FEE").right(475, "2.40").next();
    }

    @Test
    void aFeeTableSplitOverAPageIsPartOfTheStatementWhenTheBalanceAgrees() throws Exception {
        StatementParser parser = StatementParser.create();
        parser.accept(card("£555.00").page());
        parser.accept(new PageSketch(2)
                .line(40, "Date", 100, "Description", 440, "Amount")
                .cell(40, "31/07").cell(100, "INTEREST").right(475, "2.60").next()
                .cell(100, "Total fees and interest").right(475, "5.00").next().page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GROCER", "TAXI", "PAYMENT RECEIVED", "NON-STERLING FEE", "INTEREST");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-80.00"),
                new BigDecimal("-20.00"), new BigDecimal("50.00"), new BigDecimal("-2.40"), new BigDecimal("-2.60"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void chargesThatDoNotMakeTheBalanceAgreeAreLeftOut() throws Exception {
        StatementParser parser = StatementParser.create();
        parser.accept(card("£560.00").page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GROCER", "TAXI", "PAYMENT RECEIVED");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aSummaryWithoutDatedRowsIsNeverRead() throws Exception {
        // Year-to-date totals would make this statement add up, but they are no dated charges of the period.
        StatementParser parser = StatementParser.create();
        parser.accept(new PageSketch(1)
                .line(40, "Credit limit £5,000.00")
                .line(40, "Statement date 01/08/2025")
                .line(40, "Previous balance", 200, "£500.00")
                .line(40, "New balance", 200, "£555.00").gap(20)
                .line(40, "Date", 100, "Description", 440, "Amount")
                .cell(40, "24/07").cell(100, "GROCER").right(475, "80.00").next()
                .cell(40, "26/07").cell(100, "TAXI").right(475, "20.00").next()
                .cell(40, "28/07").cell(100, "PAYMENT RECEIVED").right(475, "-50.00").next()
                .gap(30).line(40, "Year to date totals")
                .line(40, "Date", 100, "Description", 440, "Amount")
                .cell(100, "Fees charged in 2025").right(475, "5.00").next().page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GROCER", "TAXI", "PAYMENT RECEIVED");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }
}
