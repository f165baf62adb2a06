package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A summary printed in the text column under the table ("SALDO AKHIR : 850,000.00"), here alone under the header
 * repeated on the last page: its labels give the opening and closing, and the table ends above it.
 */
class SummaryUnderTableTest {

    private static PageSketch header(PageSketch p) {
        return p.line(40, "PERIODE : JUNI 2024").gap(10)
                .line(40, "TANGGAL", 90, "KETERANGAN", 330, "CBG", 417, "MUTASI", 526, "SALDO");
    }

    @Test
    void theSummaryAloneOnTheLastPageGivesTheClosingBalance() throws Exception {
        Statement s = parse(header(new PageSketch(1))
                        .cell(40, "01/06").cell(90, "SALDO AWAL").right(555, "1,000,000.00").next()
                        .cell(40, "02/06").cell(90, "KARTU DEBIT").right(451, "100,000.00").cell(453, "DB")
                                .right(555, "900,000.00").next()
                        .cell(40, "03/06").cell(90, "SWITCHING CR").right(451, "25,000.00").right(555, "925,000.00")
                                .next()
                        .cell(40, "04/06").cell(90, "KARTU DEBIT").right(451, "75,000.00").cell(453, "DB")
                                .right(555, "850,000.00").next(),
                header(new PageSketch(2)).gap(14)
                        .line(90, "SALDO AWAL", 160, ":", 211, "1,000,000.00")
                        .line(90, "MUTASI CR", 160, ":", 226, "25,000.00", 295, "1")
                        .line(90, "MUTASI DB", 160, ":", 216, "175,000.00", 295, "2")
                        .line(90, "SALDO AKHIR", 160, ":", 216, "850,000.00"));
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo(new BigDecimal("850000.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBalanceLineWithItsValueInTheTextEndsNoTableWhereRowsFollowIt() throws Exception {
        Statement s = parse(header(new PageSketch(1))
                .cell(40, "01/06").cell(90, "SALDO AWAL").right(555, "1,000,000.00").next()
                .cell(40, "02/06").cell(90, "KARTU DEBIT").right(451, "100,000.00").cell(453, "DB")
                        .right(555, "900,000.00").next()
                .line(90, "SALDO PER 02/06 : 900,000.00")
                .cell(40, "03/06").cell(90, "SWITCHING CR").right(451, "25,000.00").right(555, "925,000.00").next());
        assertThat(s.transactions()).hasSize(2);
    }
}
