package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Balances in boxes above and below the table, a colon between the date and the amount ("Balance as on 1 Aug 2025 :
 * 45,210.50", "Closing Balance as on 31 Aug 2025 : 60,734.76"); and a lone dash in the reference column.
 */
class BalanceAsOnBoxesTest {

    private static PageSketch statement() {
        return new PageSketch(1)
                .line(40, "Balance as on 1 Aug 2025", 250, ": 1,000.00")
                .line(40, "Account Statement from 1 Aug 2025 to 31 Aug 2025").gap(20)
                .line(40, "Txn Date", 120, "Description", 300, "Ref No./Cheque No.", 420, "Debit", 480, "Credit")
                .cell(40, "02/08/2025").cell(120, "DEBIT-ACHDr LIC").cell(298, "-").right(445, "250.00").next()
                .cell(120, "OF INDIA").next()
                .cell(40, "05/08/2025").cell(120, "CREDIT INTEREST").cell(298, "-").right(505, "12.00").next()
                .cell(40, "09/08/2025").cell(120, "ATM WDL").cell(300, "281462").right(445, "100.00").next()
                .gap(20).line(40, "Closing Balance as on 31 Aug 2025 : 662.00");
    }

    @Test
    void theBalancesAsOnTheFirstAndLastDayOpenAndCloseTheStatement() throws Exception {
        Statement s = parse(statement());
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("662.00");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-250.00"),
                new BigDecimal("12.00"), new BigDecimal("-100.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLoneDashInTheReferenceColumnIsAnEmptyCell() throws Exception {
        // The dash stands a little left of the header word, at the description's edge, as a narrow glyph does.
        Statement s = parse(statement());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("DEBIT-ACHDr LIC OF INDIA", "CREDIT INTEREST", "ATM WDL");
    }
}
