package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lone "-" on a wrapped description line (an Indonesian transfer's empty remark under the amount it quotes,
 * "100000.00"): no sign of a number in the text column, and no text of the row.
 */
class DashDetailLineTest {

    // Rows of four and two lines, set 10 pt apart inside a row and 12 pt between rows.
    private static PageSketch page() {
        return new PageSketch(1)
                .line(40, "PERIODE : JUNI 2024").gap(10)
                .line(40, "TANGGAL", 90, "KETERANGAN", 330, "CBG", 417, "MUTASI", 526, "SALDO")
                .cell(40, "01/06").cell(90, "SALDO AWAL").right(555, "1,000,000.00").next()
                .cell(40, "02/06").cell(90, "TRSF E-BANKING DB").cell(330, "0000").right(451, "100,000.00")
                        .cell(453, "DB").right(555, "900,000.00").next().gap(-2)
                .line(90, "0206/FTSCY/WS95031").gap(-2)
                .line(90, "100000.00").gap(-2)
                .line(90, "-").gap(-2)
                .line(90, "RINA MARLINA")
                .cell(40, "03/06").cell(90, "KARTU DEBIT").right(451, "50,000.00").cell(453, "DB")
                        .right(555, "850,000.00").next().gap(-2)
                .line(90, "ALFAMART KLP GADING");
    }

    @Test
    void aDashUnderANumberInTheTextIsALineOfItsOwnAndTheLinesBelowStayWithTheRow() throws Exception {
        Statement s = parse(page());
        assertThat(s.transactions()).extracting(Transaction::description).last()
                .isEqualTo("KARTU DEBIT ALFAMART KLP GADING");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-100000.00"), new BigDecimal("-50000.00"));
    }

    @Test
    void aDetailLineThatIsOnlyADashIsNoTextOfTheRow() throws Exception {
        Statement s = parse(page());
        assertThat(s.transactions()).extracting(Transaction::description).first()
                .isEqualTo("TRSF E-BANKING DB 0206/FTSCY/WS95031 100000.00 RINA MARLINA");
    }
}
