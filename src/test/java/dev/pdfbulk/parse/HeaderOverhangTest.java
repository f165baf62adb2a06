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

    @Test
    void aColumnOfNumbersUnderTheOverhangIsNoDescription() throws Exception {
        // A card number column with no header of its own ("4557" at 180) under the end of "Date of Transaction"
        // (110-205): it is no text, so the rows are not read with it glued to their descriptions.
        PageSketch p = new PageSketch(1).line(40, "Statement period 01 Apr 2025 to 30 Apr 2025").gap(6)
                .line(40, "Opening Balance 500.00").line(40, "Closing Balance 900.00").gap(20)
                .line(40, "Processed", 110, "Date of Transaction", 250, "Description", 480, "Amount ($)");
        String[][] rows = {{"17 Apr", "16 Apr", "4557", "OPAL TRANSPORT SYDNEY", "150.00"},
            {"17 Apr", "17 Apr", "4565", "DAN MURPHYS ALEXANDRIA", "140.00"},
            {"18 Apr", "16 Apr", "4557", "BUNNINGS ALEXANDRIA", "110.00"}};
        for (String[] r : rows) {
            p.cell(40, r[0]).cell(110, r[1]).cell(180, r[2]).cell(250, r[3]).right(530, r[4]).next();
        }
        boolean glued;
        try {
            glued = parse(p).transactions().stream().anyMatch(t -> t.description().contains("45"));
        } catch (dev.pdfbulk.model.StatementException refused) {
            glued = false;
        }
        assertThat(glued).isFalse();
    }
}
