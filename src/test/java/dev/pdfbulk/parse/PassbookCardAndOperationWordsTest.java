package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header words of a Japan Post passbook print ("お取扱内容", "現在高（円）"), a Turkish card's instalment and points
 * columns ("Taksit", "Worldpuan") and Romanian "Descrierea operațiunii"; a foreign-amount line starting "Suma" under a
 * row's text.
 */
class PassbookCardAndOperationWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"お取扱内容, DESCRIPTION", "取扱内容, DESCRIPTION", "現在高, BALANCE", "現在高（円）, BALANCE",
        "お支払金額（円）, DEBIT", "お預り金額（円）, CREDIT", "Taksit, OTHER", "Worldpuan, OTHER", "Puan, OTHER",
        "Descrierea operațiunii, DESCRIPTION"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void aJapanPostListingWithKanjiEraDatesIsRead() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "照会期間 令和7年5月1日～令和7年5月31日").gap(20)
                .line(40, "取扱日", 135, "お取扱内容", 360, "お支払金額（円）", 440, "お預り金額（円）", 530, "現在高（円）")
                .cell(40, "令和7年5月1日").cell(135, "前月繰越").right(560, "284,615").next()
                .cell(40, "令和7年5月2日").cell(135, "振替 ＮＨＫ受信料").right(400, "2,200").right(560, "282,415").next()
                .cell(40, "令和7年5月23日").cell(135, "給与 カ）トウキョウデンシ").right(480, "312,480")
                        .right(560, "594,895").next()
                .cell(40, "令和7年5月31日").cell(135, "翌月繰越").right(560, "594,895").next());
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 23));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-2200"), new BigDecimal("312480"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aTurkishCardsInstalmentAndPointsColumnsAreNoMoney() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Dönem: 16.04.2025 - 15.05.2025").gap(20)
                .line(40, "İşlem Tarihi", 110, "İşlem Açıklaması", 370, "Taksit", 450, "Tutar", 510, "Worldpuan")
                .cell(40, "20.12.2024").cell(110, "MEDIAMARKT ATASEHIR").cell(380, "5/6").right(480, "4.599,99 TL").next()
                .cell(40, "17.04.2025").cell(110, "MIGROS TICARET").right(480, "244,21 TL").right(560, "1,22").next()
                .cell(40, "02.05.2025").cell(110, "ODEME - TESEKKUR EDERIZ").right(480, "-15.000,00 TL").next());
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("MEDIAMARKT ATASEHIR", "MIGROS TICARET", "ODEME - TESEKKUR EDERIZ");
    }

    @Test
    void aForeignAmountLineStartingWithSumaGoesOnWithTheRowsText() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Perioada 01.05.2025 - 31.05.2025").gap(20)
                .line(40, "Data", 100, "Descrierea operațiunii", 360, "Debit", 430, "Credit", 520, "Sold")
                .cell(100, "Sold inițial").right(560, "1 000,00").next()
                .cell(40, "08.05.2025").cell(100, "Plata POS BOOKING.COM").right(390, "880,25").right(560, "119,75").next()
                .cell(100, "Suma tranzacției: 45,00 EUR, curs 19,5612").next()
                .cell(40, "09.05.2025").cell(100, "Transfer MIA").right(460, "500,00").right(560, "619,75").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Plata POS BOOKING.COM Suma tranzacției: 45,00 EUR, curs 19,5612", "Transfer MIA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
