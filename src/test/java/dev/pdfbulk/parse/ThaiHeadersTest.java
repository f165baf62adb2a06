package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Kasikorn's Thai-only table: วันที่ / เวลา / รายการ / ถอนเงิน / ฝากเงิน / ยอดคงเหลือ / ช่องทาง, Buddhist-era dates, ยอดยกมา. */
class ThaiHeadersTest {

    @Test
    void theThaiWordsNameTheirColumns() {
        assertThat(HeaderVocabulary.kindOf("วันที่")).isEqualTo(ColumnKind.DATE);
        assertThat(HeaderVocabulary.kindOf("รายการ")).isEqualTo(ColumnKind.DESCRIPTION);
        assertThat(HeaderVocabulary.kindOf("ถอนเงิน")).isEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("ฝากเงิน")).isEqualTo(ColumnKind.CREDIT);
        assertThat(HeaderVocabulary.kindOf("ยอดคงเหลือ")).isEqualTo(ColumnKind.BALANCE);
        assertThat(HeaderVocabulary.kindOf("ช่องทาง")).isEqualTo(ColumnKind.OTHER);
        assertThat(Marker.of("ยอดยกมา", true)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("ยอดยกไป", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("รับโอนเงิน", true)).isNull();
    }

    @Test
    void aKasikornTableReadsMoneyOutAndIn() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "รอบระหว่างวันที่ 01/06/2568 - 30/06/2568").gap(20)
                .line(40, "วันที่", 88, "เวลา", 124, "รายการ", 290, "ถอนเงิน", 350, "ฝากเงิน", 410, "ยอดคงเหลือ", 474, "ช่องทาง")
                .cell(40, "01/06/68").cell(124, "ยอดยกมา").right(460, "38,452.75").next()
                .cell(40, "01/06/68").cell(88, "06:40").cell(124, "หักบัญชีอัตโนมัติ").right(312, "1,209.30")
                        .right(460, "37,243.45").cell(474, "อัตโนมัติ").next()
                .cell(40, "01/06/68").cell(88, "15:10").cell(124, "รับโอนเงิน").right(380, "11,261.82")
                        .right(460, "48,505.27").cell(474, "Internet/Mobile").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("หักบัญชีอัตโนมัติ", "รับโอนเงิน");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1209.30"), new BigDecimal("11261.82"));
        assertThat(s.transactions().get(0).date()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("38452.75");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
