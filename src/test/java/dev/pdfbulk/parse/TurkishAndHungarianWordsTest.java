package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Turkish and Hungarian column headers and balance labels, in either case of the dotted and dotless i. */
class TurkishAndHungarianWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "İşlem Tarihi,      DATE",
            "İŞLEM TARİHİ,      DATE",
            "Açıklama,          DESCRIPTION",
            "AÇIKLAMA,          DESCRIPTION",
            "İşlem Tutarı,      AMOUNT",
            "Tutar,             AMOUNT",
            "Bakiye,            BALANCE",
            "Borç,              DEBIT",
            "Alacak,            CREDIT",
            "Valör tarihi,      OTHER_DATE",
            "Könyvelés dátuma,  POSTING_DATE",
            "Közlemény,         DESCRIPTION",
            "Összeg,            AMOUNT",
            "Egyenleg,          BALANCE",
    })
    void headersNameTheirColumns(String header, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(header)).isEqualTo(kind);
    }

    @Test
    void aTurkishStatementWithItsBalanceRowsIsRead() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Ekstre Dönemi 01.05.2025 - 31.05.2025").gap(10)
                .line(40, "Önceki Dönem Bakiyesi", 300, "Dönem Sonu Bakiyesi")
                .line(40, "1.000,00 TL", 300, "1.765,44 TL").gap(20)
                .line(40, "İşlem Tarihi", 140, "Açıklama", 410, "İşlem Tutarı", 515, "Bakiye")
                .cell(140, "DEVİR BAKİYESİ").right(560, "1.000,00 TL").next()
                .cell(40, "02.05.2025").cell(140, "POS SATIŞ").right(460, "-1.234,56 TL").right(560, "-234,56 TL").next()
                .cell(40, "05.05.2025").cell(140, "EFT GELEN").right(460, "2.000,00 TL").right(560, "1.765,44 TL").next()
                .cell(140, "DÖNEM SONU BAKİYESİ").right(560, "1.765,44 TL").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("POS SATIŞ", "EFT GELEN");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1234.56"), new BigDecimal("2000.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1765.44");
    }

    @Test
    void hungarianOpeningAndClosingLabelsGiveTheBalances() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Időszak 2025.05.01. - 2025.05.31.").gap(10)
                .line(40, "Nyitó egyenleg", 300, "Záró egyenleg")
                .line(40, "1 000,00", 300, "1 765,44").gap(20)
                .line(40, "Könyvelés dátuma", 140, "Közlemény", 420, "Összeg", 515, "Egyenleg")
                .cell(40, "2025.05.02.").cell(140, "KÁRTYÁS VÁSÁRLÁS").right(460, "-1 234,56").right(560, "-234,56").next()
                .cell(40, "2025.05.05.").cell(140, "JÓVÁÍRÁS").right(460, "2 000,00").right(560, "1 765,44").next();
        Statement s = parse(p);
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1765.44");
    }
}
