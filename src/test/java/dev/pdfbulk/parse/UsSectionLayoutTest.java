package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A US checking statement set in sections (PNC): a summary grid whose labels wrap over its values, a note
 * counting each section's items between its title and its header, and a grid of daily balances.
 */
class UsSectionLayoutTest {

    @Test
    void aLabelWrappedInItsGridCellTakesTheValueUnderIt() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "For the period 05/01/2025 to 05/30/2025").gap(10)
                .line(40, "Beginning", 170, "Deposits and", 320, "Checks and other", 470, "Ending")
                .line(40, "balance", 170, "other additions", 320, "deductions", 470, "balance").gap(2)
                .right(100, "1,000.00").right(230, "500.00").right(380, "200.00").right(530, "1,300.00").next().gap(20)
                .line(40, "Date", 100, "Description", 400, "Withdrawals", 480, "Deposits")
                .cell(40, "05/05").cell(100, "PAYROLL ACME").right(530, "500.00").next()
                .cell(40, "05/10").cell(100, "WEB PMT DUQUESNE LIGHT").right(455, "200.00").next());
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1300.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
