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

/** Belgian Dutch, Bulgarian and Hungarian column headers, balance and total rows, and the statements they head. */
class BelgianBulgarianHungarianTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Uitgaven, DEBIT", "Inkomsten, CREDIT", "Ontvangsten, CREDIT"})
    void belgianDutchMoneyOutAndInNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void aKbcStatementReadsUitgavenAsMoneyOutAndInkomstenAsMoneyIn() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Periode van 01-06-2025 tot 30-06-2025").gap(20)
                .line(40, "Datum", 100, "Omschrijving", 350, "Valuta", 440, "Uitgaven", 510, "Inkomsten")
                .cell(100, "Vorig saldo per 31-05-2025").right(560, "3.245,18").next()
                .cell(40, "01-06-2025").cell(100, "BETALING VIA BANCONTACT").cell(350, "02-06-2025").right(480, "94,60")
                        .next()
                .cell(100, "DELHAIZE LEUVEN").next()
                .cell(40, "25-06-2025").cell(100, "EUROPESE OVERSCHRIJVING VAN").cell(350, "25-06-2025")
                        .right(560, "3.104,22").next()
                .cell(100, "Nieuw saldo per 30-06-2025").right(560, "6.254,80").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("BETALING VIA BANCONTACT DELHAIZE LEUVEN", "EUROPESE OVERSCHRIJVING VAN");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-94.60"), new BigDecimal("3104.22"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Дата, DATE", "Описание на операцията, DESCRIPTION", "Основание, DESCRIPTION", "Вальор, OTHER_DATE",
        "Дебит, DEBIT", "Кредит, CREDIT", "Салдо, BALANCE"})
    void bulgarianHeaderWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Начално салдо, BALANCE", "Крайно салдо, BALANCE", "КРАЙНО САЛДО, BALANCE",
        "Пренос от предходна страница, BALANCE", "Пренос към следваща страница, BALANCE", "Обороти, TOTAL",
        "Общо:, TOTAL"})
    void bulgarianBalanceForwardAndTotalRowsAreNoTransactions(String row, Marker marker) {
        assertThat(Marker.of(row, false)).isEqualTo(marker);
    }

    @Test
    void aBulgarianTransferThatStartsWithPrenosIsStillATransaction() {
        assertThat(Marker.of("ПРЕНОС МЕЖДУ СОБСТВЕНИ СМЕТКИ", true)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Начално салдо, true", "Крайно салдо, false"})
    void bulgarianLabelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @Test
    void aDskStatementReconcilesFromItsOpeningOverItsForwardRowsToItsClosing() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Период: 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Дата", 95, "Описание на операцията", 360, "Дебит", 430, "Кредит", 520, "Салдо")
                .cell(95, "Начално салдо").right(560, "2 845,60").next()
                .cell(40, "01.06.2025").cell(95, "ПЛАЩАНЕ С КАРТА BILLA BULGARIA СОФИЯ").right(395, "62,10")
                        .right(560, "2 783,50").next()
                .cell(95, "Пренос към следваща страница").right(560, "2 783,50").next()
                .cell(95, "Пренос от предходна страница").right(560, "2 783,50").next()
                .cell(40, "10.06.2025").cell(95, "ВХОДЯЩ ПРЕВОД ЗАПЛАТА").right(470, "2 512,40").right(560, "5 295,90")
                        .next()
                .cell(95, "Обороти").right(395, "62,10").right(470, "2 512,40").next()
                .cell(95, "Крайно салдо").right(560, "5 295,90").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ПЛАЩАНЕ С КАРТА BILLA BULGARIA СОФИЯ", "ВХОДЯЩ ПРЕВОД ЗАПЛАТА");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-62.10"), new BigDecimal("2512.40"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Terhelések összesen, TOTAL", "Terhelések / jóváírások összesen:, TOTAL", "ÖSSZESEN, TOTAL",
        "Výdaje celkem, TOTAL", "Příjmy celkem, TOTAL"})
    void hungarianAndCzechTotalsAfterWhatTheyTotalAreNoTransactions(String row, Marker marker) {
        assertThat(Marker.of(row, false)).isEqualTo(marker);
    }

    @Test
    void anOtpTotalRowUnderARowTheTableCouldNotReadIsNoTransaction() throws Exception {
        // "5" is no amount to the reader here: the rows above the total do not add up to it.
        Statement s = parse(new PageSketch(1)
                .line(40, "Időszak: 2025.06.01. - 2025.06.30.", 330, "Nyitó egyenleg:", 480, "412 580 HUF").gap(20)
                .line(40, "Könyvelés dátuma", 160, "Megnevezés / Közlemény", 420, "Terhelés", 500, "Jóváírás")
                .cell(40, "2025.06.02.").cell(160, "VÁSÁRLÁS KÁRTYÁVAL").right(460, "26 632").next()
                .cell(40, "2025.06.09.").cell(160, "JÓVÁÍRÁS ÁTUTALÁS").right(545, "832 511").next()
                .cell(160, "Terhelések összesen:").right(460, "26 637").next()
                .cell(160, "Jóváírások összesen:").right(545, "832 511").next()
                .cell(160, "Záró egyenleg:").right(545, "1 218 454").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("VÁSÁRLÁS KÁRTYÁVAL", "JÓVÁÍRÁS ÁTUTALÁS");
    }

    @Test
    void aSmallFeeAloneOnItsRowInATableOfWholeForintsIsAnAmount() throws Exception {
        // No balance column: nothing on the fee's row but "0" or "5" says it is money; the table's amounts do.
        Statement s = parse(new PageSketch(1)
                .line(40, "Időszak: 2025.06.01. - 2025.06.30.", 330, "Nyitó egyenleg:", 480, "412 580 HUF").gap(20)
                .line(40, "Könyvelés dátuma", 160, "Megnevezés / Közlemény", 420, "Terhelés", 500, "Jóváírás")
                .cell(40, "2025.06.02.").cell(160, "VÁSÁRLÁS KÁRTYÁVAL").right(460, "26 632").next()
                .cell(40, "2025.06.03.").cell(160, "ÁTUTALÁS INTERNETBANKBÓL").right(460, "182 000").next()
                .cell(40, "2025.06.04.").cell(160, "KÉSZPÉNZFELVÉTEL ATM").right(460, "75 000").next()
                .cell(40, "2025.06.10.").cell(160, "KÁRTYADÍJ").right(460, "0").next()
                .cell(160, "OTP Bankkártya éves díj").next()
                .cell(40, "2025.06.10.").cell(160, "JÓVÁÍRÁS ÁTUTALÁS").right(545, "832 511").next()
                .cell(40, "2025.06.30.").cell(160, "TRANZAKCIÓS ILLETÉK").right(460, "5").next()
                .cell(160, "Tételek száma:").right(545, "6").next()
                .cell(160, "Záró egyenleg:").right(545, "961 454").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("VÁSÁRLÁS KÁRTYÁVAL", "ÁTUTALÁS INTERNETBANKBÓL", "KÉSZPÉNZFELVÉTEL ATM",
                        "KÁRTYADÍJ OTP Bankkártya éves díj", "JÓVÁÍRÁS ÁTUTALÁS", "TRANZAKCIÓS ILLETÉK");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-26632"), new BigDecimal("-182000"), new BigDecimal("-75000"),
                        BigDecimal.ZERO, new BigDecimal("832511"), new BigDecimal("-5"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSmallNumberAloneOnARowOfATableInCentsIsStillNoAmount() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Időszak: 2025.06.01. - 2025.06.30.", 330, "Nyitó egyenleg:", 480, "1 412,50").gap(20)
                .line(40, "Könyvelés dátuma", 160, "Megnevezés / Közlemény", 420, "Terhelés", 500, "Jóváírás")
                .cell(40, "2025.06.02.").cell(160, "VÁSÁRLÁS KÁRTYÁVAL").right(460, "26,30").next()
                .cell(40, "2025.06.03.").cell(160, "ÁTUTALÁS INTERNETBANKBÓL").right(460, "182,00").next()
                .cell(40, "2025.06.04.").cell(160, "KÉSZPÉNZFELVÉTEL ATM").right(460, "75,00").next()
                .cell(40, "2025.06.10.").cell(160, "KÁRTYADÍJ").right(460, "5").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("VÁSÁRLÁS KÁRTYÁVAL", "ÁTUTALÁS INTERNETBANKBÓL", "KÉSZPÉNZFELVÉTEL ATM");
    }
}
