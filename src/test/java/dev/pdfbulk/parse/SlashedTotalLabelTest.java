package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Tổng cộng/Total" under the last row, in the text column, its English name a slash after the Vietnamese with no
 * space: a total line, never the last row's wrapped text (the row came out reconciled with it in its description).
 */
class SlashedTotalLabelTest {

    @Test
    void theLabelIsATotal() {
        assertThat(Marker.of("Tổng cộng/Total", false)).isEqualTo(Marker.TOTAL);
        assertThat(Marker.of("Итого/Total", false)).isEqualTo(Marker.TOTAL);
    }

    @Test
    void itIsNoPartOfTheLastRow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Kỳ sao kê: 01/07/2025 - 31/07/2025")
                .line(340, "Số dư đầu kỳ", 500, "9,684,200").gap(10)
                .line(40, "Ngày giao dịch", 130, "Diễn giải", 380, "Nợ", 450, "Có", 500, "Số dư")
                .cell(40, "03/07/2025").cell(130, "Chuyen tien nha thang 7").right(420, "6,924,000")
                        .right(545, "2,760,200").next()
                .cell(40, "05/07/2025").cell(130, "LE HOANG NAM tra no").right(490, "1,000,000")
                        .right(545, "3,760,200").next()
                .cell(130, "Tổng cộng/Total").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Chuyen tien nha thang 7", "LE HOANG NAM tra no");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
