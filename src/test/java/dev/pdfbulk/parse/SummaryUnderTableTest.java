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
    @Test
    void anOpeningBalanceUnderTheRowsWithItsValueInAMoneyColumnStartsTheSummary() throws Exception {
        // given: no balance column; under the rows a box whose values stand in the Kredit column's span, the opening
        // first (the rows above reach the closing, never the opening)
        Statement s = parse(new PageSketch(1)
                .line(40, "Davr: 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Sana", 96, "Hujjat №", 150, "Operatsiya mazmuni", 445, "Debet", 530, "Kredit")
                .cell(40, "02.06.2025").cell(96, "233491").cell(150, "Payme orqali toʻlov UZMOBILE").right(470, "90 000,00").next()
                .cell(40, "10.06.2025").cell(96, "719652").cell(150, "Ish haqi iyun 2025").right(555, "9 450 000,00").next()
                .cell(40, "17.06.2025").cell(96, "821642").cell(150, "Click orqali toʻlov YANDEX GO").right(470, "42 290,97").next()
                .gap(10)
                .cell(308, "Davr boshiga qoldiq").right(548, "4 812 350,00").next()
                .cell(308, "Debet aylanmasi").right(548, "132 290,97").next()
                .cell(308, "Kredit aylanmasi").right(548, "9 450 000,00").next()
                .cell(308, "Davr oxiriga qoldiq").right(548, "14 130 059,03").next());

        // then
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo(new BigDecimal("4812350.00"));
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo(new BigDecimal("14130059.03"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
