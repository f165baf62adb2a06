package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows centred on their amounts, every line evenly spaced: a row of two lines sets its amounts midway between them,
 * so the table sets text above its amounts, and a line between two rows may begin the row below (probe fz_215_L8:
 * read as rows wrapping below their amounts, each such line went to the row above, reconciled).
 */
class CentredRowsTest {

    private static PageSketch header() {
        return new PageSketch(1).line(40, "Statement period 01/03/2025 to 31/03/2025").gap(20)
                .line(40, "Date", 110, "Description", 380, "Amount", 450, "Balance")
                .cell(110, "Opening balance").right(490, "1,000.00").next();
    }

    @Test
    void aLineBetweenCentredRowsIsInDoubt() throws Exception {
        // Two rows of two lines, their amounts midway, then one of three lines on its middle line: "DIRECT DEBIT" is
        // as far from the row above as from its own amount line.
        PageSketch page = header()
                .line(110, "CARD PAYMENT TESCO").gap(-6)
                .cell(40, "01/03/2025").right(420, "-10.00").right(490, "990.00").next().gap(-6)
                .line(110, "STORES LONDON")
                .line(110, "ONLINE TRANSFER").gap(-6)
                .cell(40, "01/03/2025").right(420, "-5.00").right(490, "985.00").next().gap(-6)
                .line(110, "J SMITH")
                .line(110, "DIRECT DEBIT")
                .cell(40, "02/03/2025").cell(110, "GAS COMPANY").right(420, "-15.00").right(490, "970.00").next()
                .line(110, "REF 12345")
                .cell(110, "Closing balance").right(490, "970.00").next();
        Statement s = parse(page);
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("DIRECT DEBIT");
    }

    @Test
    void aDateWhoseYearRunsIntoTheTextIsNoRowRead() throws Exception {
        // "13 Apr" then "2025535533" in the date's cell: the year "2025" touched the reference "5535533" and the two
        // became one word (probe fz_352_L1: read as 13 April, its text "2025535533", reconciled).
        PageSketch page = new PageSketch(1).line(40, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(40, "Date", 70, "Description", 380, "Amount", 450, "Balance")
                .cell(100, "Opening balance").right(490, "1,000.00").next()
                .cell(40, "12 Apr 2025").cell(100, "CARD PAYMENT").right(420, "-10.00").right(490, "990.00").next()
                .cell(40, "13 Apr 2025535533").right(420, "-20.00").right(490, "970.00").next()
                .cell(40, "14 Apr 2025").cell(100, "SALARY").right(420, "100.00").right(490, "1,070.00").next()
                .cell(100, "Closing balance").right(490, "1,070.00").next();
        assertThat(parse(page).reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }
}
