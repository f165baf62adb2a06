package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A US summary box's "Current Balance" (after "Previous Balance", Citizens') closes the period where no closing label
 * is printed; never over one that is.
 */
class CurrentBalanceTest {

    private static Statement box(String extra) throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement Period: 05/14/2025 - 06/12/2025")
                .line(330, "Balance Calculation")
                .line(330, "Previous Balance", 565, "3,184.26")
                .line(330, "Debits", 490, "-", 565, "172.11")
                .line(330, "Deposits & Credits", 490, "+", 565, "1,000.00")
                .line(330, "Current Balance", 490, "=", 565, "4,012.15");
        if (extra != null) {
            p.line(330, extra, 565, "4,100.00");
        }
        return parse(p.gap(20)
                .line(40, "Date", 140, "Description", 400, "Debits", 470, "Credits")
                .cell(40, "05/16").cell(140, "DBT PURCHASE STOP & SHOP 0421").right(440, "172.11").next()
                .cell(40, "05/30").cell(140, "PAYROLL ACME MFG CO DIR DEP").right(510, "1,000.00").next());
    }

    @Test
    void currentBalanceAfterPreviousBalanceIsTheClosingBalance() throws Exception {
        Statement s = box(null);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo(new BigDecimal("4012.15"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aClosingLabelOutweighsCurrentBalance() throws Exception {
        Statement s = box("Ending Balance");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo(new BigDecimal("4100.00"));
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }
}
