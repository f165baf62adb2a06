package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A loan's table splitting each row into principal, interest and fees: only the principal moves the balance owed. */
class LoanPrincipalColumnTest {

    @Test
    void thePrincipalColumnIsTheRowsMoneyAndInterestFeesAndTotalAreNot() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Home Equity Line of Credit Statement", 300, "Billing Period 05/16/2025 - 06/15/2025")
                .line(300, "Credit Limit", 450, "$250,000.00").gap(20)
                .line(40, "Date", 100, "Description", 270, "Principal", 330, "Interest", 400, "Fees", 460, "Total",
                        500, "Principal Balance")
                .cell(40, "05/16/2025").cell(100, "Beginning Principal Balance").right(590, "48,215.60").next()
                .cell(40, "05/20/2025").cell(100, "ADVANCE - EQUITYLINE CHECK").right(310, "1,109.12")
                .right(490, "1,109.12").right(590, "49,324.72").next()
                .cell(40, "05/31/2025").cell(100, "PAYMENT - THANK YOU").right(310, "-821.52").right(370, "-419.01")
                .right(430, "0.00").right(490, "-1,240.53").right(590, "48,503.20").next()
                .cell(40, "06/15/2025").cell(100, "Ending Principal Balance").right(590, "48,503.20").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ADVANCE - EQUITYLINE CHECK", "PAYMENT - THANK YOU");
        // A payment is money in by its principal alone; an advance is money out of the line.
        assertThat(s.transactions().get(1).amount()).isEqualByComparingTo("821.52");
        assertThat(s.transactions().get(0).amount()).isEqualByComparingTo("-1109.12");
    }

    @Test
    void aFeeBesideThePrincipalMovesNoPrincipalBalance() throws Exception {
        // given: a payment charged a late fee; the principal balance moves by the principal alone
        Statement s = parse(new PageSketch(1)
                .line(40, "Home Equity Line of Credit Statement", 300, "Billing Period 05/16/2025 - 06/15/2025")
                .line(300, "Credit Limit", 450, "$250,000.00").gap(20)
                .line(40, "Date", 100, "Description", 270, "Principal", 330, "Interest", 400, "Fees", 460, "Total",
                        500, "Principal Balance")
                .cell(40, "05/16/2025").cell(100, "Beginning Principal Balance").right(590, "48,215.60").next()
                .cell(40, "05/31/2025").cell(100, "PAYMENT - THANK YOU").right(310, "-566.22").right(370, "-419.01")
                .right(430, "-35.00").right(490, "-1,020.23").right(590, "47,649.38").next()
                .cell(40, "06/15/2025").cell(100, "Ending Principal Balance").right(590, "47,649.38").next());

        // then: the fee is no part of the row's money
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions().get(0).amount()).isEqualByComparingTo("566.22");
    }
}
