package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Turkish account's "Tarih | Saat | İşlem | Açıklama | Tutar | Bakiye": the time and the transaction's kind beside
 * its description are no part of it; "Devreden Bakiye" opens the table, "Son Bakiye" closes it.
 */
class TurkishTimeAndTransactionColumnsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Devreden Bakiye, true", "DEVREDEN BAKİYE, true", "Son Bakiye, false", "SON BAKİYE, false"})
    void turkishLabelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @Test
    void saatIsTheTimeAndIslemAloneIsSecondaryText() {
        assertThat(HeaderVocabulary.kindOf("Saat")).isEqualTo(ColumnKind.OTHER);
        assertThat(HeaderVocabulary.isSecondaryText("İşlem")).isTrue();
        assertThat(HeaderVocabulary.isSecondaryText("İŞLEM")).isTrue();
        assertThat(HeaderVocabulary.kindOf("İşlem Tarihi")).isEqualTo(ColumnKind.DATE);
    }

    @Test
    void theKindOfTransactionBesideAciklamaIsLeftOutAndTheBalancesReconcile() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Tarih Aralığı: 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Tarih", 92, "Saat", 122, "İşlem", 172, "Açıklama", 450, "Tutar", 530, "Bakiye")
                .cell(172, "Devreden Bakiye").right(555, "-4.210,35").next()
                .cell(40, "01.06.2025").cell(92, "07:35").cell(122, "EFT").cell(172, "EFT GELEN ABC TEKSTİL SAN. VE TİC.")
                        .right(470, "47.299,03").right(555, "43.088,68").next()
                .cell(172, "A.Ş. MAAŞ ÖDEMESİ").next()
                .cell(40, "02.06.2025").cell(92, "09:35").cell(122, "POS").cell(172, "MİGROS KADIKÖY İSTANBUL TR")
                        .right(470, "-627,22").right(555, "42.461,46").next()
                .cell(40, "30.06.2025").cell(92, "23:59").cell(122, "KMH").cell(172, "HESAP İŞLETİM ÜCRETİ")
                        .right(470, "-15,00").right(555, "42.446,46").next()
                .cell(172, "Son Bakiye").right(555, "42.446,46").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("EFT GELEN ABC TEKSTİL SAN. VE TİC. A.Ş. MAAŞ ÖDEMESİ", "MİGROS KADIKÖY İSTANBUL TR",
                        "HESAP İŞLETİM ÜCRETİ");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("47299.03"), new BigDecimal("-627.22"), new BigDecimal("-15.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
