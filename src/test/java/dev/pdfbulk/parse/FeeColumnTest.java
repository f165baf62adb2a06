package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A "Fee*" column of amounts beside Money In / Money Out (South African statements): money out, on a row of its own
 * or added to the payment it was charged with; the rand sign glued to a number ("R6 432.18") prices it.
 */
class FeeColumnTest {

    @Test
    void aFeeColumnOfAmountsIsMoneyOutAddedToItsRow() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Main Account Statement")
                .line(40, "Statement Period: 01/08/2025 to 31/08/2025")
                .line(300, "Opening Balance", 480, "R6 432.18")
                .line(300, "Closing Balance", 480, "R3 579.24").gap(20)
                .line(40, "Date", 110, "Description", 330, "Money In", 400, "Money Out", 470, "Fee*", 520, "Balance")
                .cell(40, "01/08/2025").cell(110, "Banking App Payment: Rent").right(440, "-1 242.28").right(495, "-6.00")
                .right(560, "5 183.90").next()
                .cell(40, "02/08/2025").cell(110, "Cash Withdrawal: ATM").right(440, "-1 600.00").right(560, "3 583.90").next()
                .cell(40, "02/08/2025").cell(110, "Cash Withdrawal Fee").right(495, "-10.00").right(560, "3 573.90").next()
                .cell(40, "03/08/2025").cell(110, "Interest Received").right(370, "5.34").right(560, "3 579.24").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-1248.28", "-1600.00", "-10.00", "5.34");
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("6432.18");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aRandSignGluedToItsNumberPricesIt() {
        assertThat(AmountParser.parse("R6 432.18").orElseThrow().currency()).isEqualTo("ZAR");
        assertThat(AmountParser.parse("R-75.50").orElseThrow().mark()).isEqualTo(Amount.Mark.MINUS);
        assertThat(AmountParser.parse("R 75.50")).isEmpty();
        assertThat(AmountParser.parse("BR12.50")).isEmpty();
    }
}
