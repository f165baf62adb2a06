package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice's "Representative example" after the statement (TSB: "Date  Item  Amount" over "01 Jan  Overdraft interest
 * (example)  £37.20"): an illustration of what a charge would cost, no rows the transaction table lost.
 */
class ExampleTableTest {

    private static PageSketch statement() {
        return new PageSketch(1)
                .line(40, "Statement period 01 April 2025 to 30 April 2025").gap(20)
                .line(40, "Date", 100, "Description", 330, "Money Out", 410, "Money In", 500, "Balance")
                .cell(40, "01 Apr 25").cell(100, "STATEMENT OPENING BALANCE").right(540, "842.19").next()
                .cell(40, "03 Apr 25").cell(100, "TESCO STORES 2041").right(370, "42.19").right(540, "800.00").next()
                .cell(40, "25 Apr 25").cell(100, "SALARY ACME LTD").right(450, "1,000.00").right(540, "1,800.00").next();
    }

    private static PageSketch notice(String title) {
        return new PageSketch(2)
                .line(40, "Your interest rates and charges")
                .line(40, "Arranged overdraft", 400, "39.90% EAR variable").gap(12)
                .line(40, title)
                .line(40, "If you use an arranged overdraft of £1,200.00 for 30 days, it would cost you £37.20.")
                .line(40, "Date", 80, "Item", 250, "Amount")
                .cell(40, "01 Jan").cell(80, "Overdraft interest (example)").right(280, "£37.20").next();
    }

    @Test
    void aRepresentativeExampleIsNoRowTheTableLost() throws Exception {
        Statement s = parse(statement(), notice("Representative example"));
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDatedRowUnderAnotherTitleStillMayBeOneLost() throws Exception {
        Statement s = parse(statement(), notice("Other items"));
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }
}
