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
 * A Turkish card statement (VakıfBank's Worldcard "Hesap Özeti"): "Önceki Dönem Borcu" (the previous period's debt)
 * opens it, "Dönem Borcu" (this period's debt) closes it, also as the line under the table; "Kart Limiti", "Asgari
 * Ödeme Tutarı" and "Kart Numarası" before a masked number name a credit card.
 */
class TurkishCardStatementTest {

    private static boolean names(Object... cells) {
        return CardWording.names(Line.of(new PageSketch(1).line(cells).page()).get(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Önceki Dönem Borcu", "ÖNCEKİ DÖNEM BORCU"})
    void thePreviousPeriodsDebtOpens(String label) {
        assertThat(BalanceLabelWords.OPENING.matcher(Folding.fold(label)).find()).isTrue();
        assertThat(BalanceLabelWords.CLOSING.matcher(Folding.fold(label)).find()).isFalse();
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dönem Borcu", "DÖNEM BORCU", "Dönem Borcu Kazanılan Worldpuan"})
    void thisPeriodsDebtCloses(String label) {
        assertThat(BalanceLabelWords.CLOSING.matcher(Folding.fold(label)).find()).isTrue();
        assertThat(BalanceLabelWords.OPENING.matcher(Folding.fold(label)).find()).isFalse();
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @Test
    void cardLabelsNameACardAndACardPaymentRowDoesNot() {
        assertThat(names(40, "Kart Limiti", 300, "60.000,00 TL")).isTrue();
        assertThat(names(40, "Asgari Ödeme Tutarı", 300, "17.679,75 TL")).isTrue();
        assertThat(names(40, "Kart Numarası: 4355 08** **** 7261")).isTrue();
        // A current account's row paying a card off names the card it pays, not the account's kind.
        assertThat(names(40, "30.06.2025", 105, "KREDİ KARTI ÖDEMESİ 5400 **** **** 1187", 440, "-4.165,64"))
                .isFalse();
    }

    @Test
    void theStatementReadsItsUnsignedAmountsAsChargesAndReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Kart Numarası: 4355 08** **** 7261")
                .line(40, "Dönem: 16.04.2025 - 15.05.2025", 300, "Hesap Kesim Tarihi", 480, "15.05.2025")
                .line(300, "Önceki Dönem Borcu", 480, "1.000,00 TL")
                .line(300, "Dönem Borcu", 480, "1.250,50 TL")
                .line(300, "Kart Limiti", 480, "60.000,00 TL").gap(20)
                .line(40, "İşlem Tarihi", 140, "İşlem Açıklaması", 440, "Tutar", 520, "Worldpuan")
                .cell(40, "16.04.2025").cell(140, "SHELL PETROL KADIKOY").right(480, "1.560,24 TL")
                        .right(540, "7,80").next()
                .cell(40, "02.05.2025").cell(140, "ODEME - TESEKKUR EDERIZ").right(480, "-1.500,00 TL").next()
                .cell(40, "14.05.2025").cell(140, "MIGROS TICARET A.S.").right(480, "190,26 TL")
                        .right(540, "0,95").next()
                .cell(140, "Dönem Borcu").right(480, "1.250,50 TL").next()
                .cell(140, "Kazanılan Worldpuan").right(540, "8,75").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("SHELL PETROL KADIKOY", "ODEME - TESEKKUR EDERIZ", "MIGROS TICARET A.S.");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(
                new BigDecimal("-1560.24"), new BigDecimal("1500.00"), new BigDecimal("-190.26"));
        // As amounts owed, a card's balances are.
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1250.50");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
