package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An empty section ("Fees Charged" over "Total Fees Charged for this Period $0.00") between a card's sections is no
 * end of the table: the interest row under the next heading is read.
 */
class EmptySectionTest {

    @Test
    void theRowsAfterAnEmptySectionAreRead() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Closing Date 06/13/25").line(40, "Previous Balance", 200, "$100.00")
                .line(40, "New Balance", 200, "$59.11").gap(20)
                .line(40, "Date", 120, "Description", 530, "Amount")
                .line(40, "Payments")
                .cell(40, "05/25/25").cell(120, "Payment Received BANK OF AMER").right(560, "-$100.00").next()
                .cell(300, "Total Payments for this Period").right(560, "-$100.00").next().gap(4)
                .line(40, "Purchases")
                .cell(40, "05/26/25").cell(120, "NETFLIX.COM LOS GATOS CA").right(560, "$15.49").next()
                .cell(40, "05/28/25").cell(120, "WAWA 8144 NEWARK DE").right(560, "$34.51").next()
                .cell(300, "Total Purchases for this Period").right(560, "$50.00").next().gap(4)
                .line(40, "Fees Charged")
                .cell(300, "Total Fees Charged for this Period").right(560, "$0.00").next().gap(4)
                .line(40, "Interest Charged")
                .cell(40, "06/13/25").cell(120, "Interest Charge on Purchases").right(560, "$9.11").next()
                .cell(300, "Total Interest Charged for this Period").right(560, "$9.11").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Payment Received BANK OF AMER", "NETFLIX.COM LOS GATOS CA", "WAWA 8144 NEWARK DE",
                "Interest Charge on Purchases");
        assertThat(s.transactions().get(3).amount()).isEqualByComparingTo(new BigDecimal("-9.11"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
