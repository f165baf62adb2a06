package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A header word wider than its column's cells, running past where the next column's cells start. */
class HeaderOverhangTest {

    @Test
    void aDateHeaderOverhangingTheDescriptionCellsEndsWhereTheDatesEnd() throws Exception {
        // "Transaction Date" (40-120) runs 10 pt past where the descriptions start (110); the dates end at 95.
        PageSketch p = new PageSketch(1).line(40, "Statement period 01 MAY 2025 TO 31 MAY 2025").gap(20)
                .line(40, "Transaction Date", 150, "Description", 300, "Withdrawals", 400, "Deposits",
                        500, "Balance")
                .cell(110, "BALANCE B/F").right(540, "500.00").next()
                .cell(40, "01 MAY 2025").cell(110, "NETS QR PAYMENT").right(355, "14.60").right(540, "485.40").next()
                .cell(40, "02 MAY 2025").cell(110, "GIRO SP SERVICES").right(355, "40.00").right(540, "445.40").next()
                .cell(40, "03 MAY 2025").cell(110, "SALARY").right(440, "100.00").right(540, "545.40").next()
                .cell(110, "BALANCE C/F").right(540, "545.40").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("NETS QR PAYMENT", "GIRO SP SERVICES", "SALARY");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-14.60"), new BigDecimal("-40.00"), new BigDecimal("100.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
