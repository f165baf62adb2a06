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

/** Macedonian, Kazakh, Mongolian and Azerbaijani column headers, balance labels and total rows. */
class MacedonianKazakhMongolianAzerbaijaniTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Задолжување, DEBIT", "Одобрување, CREDIT", "Күні, DATE", "Операция сипаттамасы, DESCRIPTION",
        "Сомасы, AMOUNT", "Қалдық, BALANCE", "Огноо, DATE", "Гүйлгээний утга, DESCRIPTION", "Үлдэгдэл, BALANCE",
        "Tarix, DATE", "Təsvir, DESCRIPTION", "Məxaric, DEBIT", "Mədaxil, CREDIT", "Qalıq, BALANCE", "QALIQ, BALANCE"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Почетно салдо, true", "Крајно салдо, false", "Эхний үлдэгдэл, true", "Эцсийн үлдэгдэл, false",
        "Dövrün əvvəlinə qalıq, true", "DÖVRÜN SONUNA QALIQ, false", "Кіріс қалдық, true", "Шығыс қалдық, false"})
    void labelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Почетно салдо", "Крајно салдо", "Салдо за пренос", "Пренесено салдо", "Эхний үлдэгдэл",
        "Эцсийн үлдэгдэл", "Dövrün əvvəlinə qalıq", "Dövrün sonuna qalıq"})
    void balanceRowsAreNoTransactions(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Вкупно", "Нийт гүйлгээ", "Cəmi dövriyyə"})
    void totalWordsStartTotalRows(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.TOTAL);
    }

    @Test
    void aMacedonianStatementReconcilesPastItsTotalRow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Период: од 01.07.2025 до 31.07.2025").gap(20)
                .line(40, "Датум", 100, "Опис", 380, "Задолжување", 455, "Одобрување", 530, "Салдо")
                .cell(100, "Почетно салдо").right(555, "46.820,00").next()
                .cell(40, "02.07.2025").cell(100, "Плаќање А1 МАКЕДОНИЈА").right(405, "1.250,00").right(555, "45.570,00").next()
                .cell(40, "05.07.2025").cell(100, "Плата МАКЕДОНСКИ ТЕЛЕКОМ").right(480, "52.000,00").right(555, "97.570,00").next()
                .cell(100, "Вкупно").right(405, "1.250,00").right(480, "52.000,00").next()
                .cell(100, "Крајно салдо").right(555, "97.570,00").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1250.00"), new BigDecimal("52000.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aKazakhStatementWithRussianAndKazakhHeadersReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Период / Кезең: с 01.03.2025 по 31.03.2025").gap(20)
                .line(40, "Дата / Күні", 105, "Описание операции / Операция сипаттамасы", 430, "Сумма / Сомасы",
                        490, "Остаток / Қалдық")
                .cell(105, "Входящий остаток / Кіріс қалдық на 01.03.2025").right(555, "348 215,40 ₸").next()
                .cell(40, "03.03.2025").cell(105, "Оплата Kcell").right(470, "-3 562,68 ₸").right(555, "344 652,72 ₸").next()
                .cell(40, "09.03.2025").cell(105, "Перевод от АЙГЕРИМ С.").right(470, "+8 305,15 ₸").right(555, "352 957,87 ₸").next()
                .cell(105, "Исходящий остаток / Шығыс қалдық на 31.03.2025").right(555, "352 957,87 ₸").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-3562.68"), new BigDecimal("8305.15"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
