package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ziraat Bankası's summary under the table: "Toplam Borç" and "Toplam Alacak" (the debits' and the credits' total) are
 * totals, "Dönem Sonu Bakiye" (the period-end balance, without the possessive "-si") the closing balance.
 */
class TurkishPeriodEndAndTotalsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dönem Sonu Bakiye", "DÖNEM SONU BAKİYE", "Dönem Sonu Bakiyesi"})
    void thePeriodEndBalanceCloses(String label) {
        assertThat(BalanceLabelWords.CLOSING.matcher(Folding.fold(label)).find()).isTrue();
        assertThat(BalanceLabelWords.OPENING.matcher(Folding.fold(label)).find()).isFalse();
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Toplam Borç", "TOPLAM ALACAK", "Genel Toplam", "Sayfa Toplamı", "Toplam"})
    void toplamRowsAreTotals(String label) {
        assertThat(Marker.of(label, false)).isEqualTo(Marker.TOTAL);
    }

    @Test
    void theSummaryUnderTheTableClosesItAndTheBalancesReconcile() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Tarih Aralığı: 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Tarih", 105, "Açıklama", 400, "İşlem Tutarı", 530, "Bakiye")
                .cell(105, "Devreden Bakiye").right(555, "27.415,80").next()
                .cell(40, "01.06.2025").cell(105, "EFT GELEN AYDIN TEKSTİL LTD ŞTİ")
                        .right(440, "2.921,24").right(555, "30.337,04").next()
                .cell(40, "30.06.2025").cell(105, "KREDİ KARTI ÖDEMESİ 5400 **** **** 1187")
                        .right(440, "-4.165,64").right(555, "26.171,40").next()
                .cell(330, "Toplam Borç").right(555, "-4.165,64").next()
                .cell(330, "Toplam Alacak").right(555, "2.921,24").next()
                .cell(330, "Dönem Sonu Bakiye").right(555, "26.171,40").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("EFT GELEN AYDIN TEKSTİL LTD ŞTİ", "KREDİ KARTI ÖDEMESİ 5400 **** **** 1187");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("2921.24"), new BigDecimal("-4165.64"));
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("26171.40");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
