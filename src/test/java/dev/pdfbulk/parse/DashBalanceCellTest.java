package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A dash printed under the Balance column says the row shows no balance: the row is read all the same. */
class DashBalanceCellTest {

    @Test
    void aRowWithADashForItsBalanceIsRead() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 1 March 2025 to 31 March 2025").gap(20)
                .line(40, "Date", 110, "Details", 330, "Debit", 410, "Credit", 500, "Balance")
                .cell(40, "01/03/2025").cell(110, "Opening balance").right(540, "1,000.00").next()
                .cell(40, "03/03/2025").cell(110, "TESCO STORES").right(370, "25.40").right(540, "-").next()
                .cell(40, "04/03/2025").cell(110, "CARD PAYMENT").right(370, "10.00").right(540, "964.60").next()
                .cell(40, "05/03/2025").cell(110, "SALARY").right(450, "1,200.00").right(540, "2,164.60").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("TESCO STORES", "CARD PAYMENT", "SALARY");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-25.40"),
                new BigDecimal("-10.00"), new BigDecimal("1200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDashWithTheDescriptionBelowKeepsItsLine() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 1 March 2025 to 31 March 2025").gap(20)
                .line(40, "Date", 110, "Details", 330, "Debit", 410, "Credit", 500, "Balance")
                .cell(40, "01/03/2025").cell(110, "Opening balance").right(540, "1,000.00").next()
                .cell(40, "03/03/2025").cell(110, "TESCO STORES").right(370, "25.40").right(540, "-").next()
                .line(110, "LONDON GB")
                .cell(40, "05/03/2025").cell(110, "SALARY").right(450, "1,200.00").right(540, "2,174.60").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("TESCO STORES LONDON GB", "SALARY");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
