package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sberbank's payment account statement: the date and time over the row's authorisation code, a "КАТЕГОРИЯ" column
 * holding the category over the row's text, and "Остаток на 01.06.2025" rows opening and closing the table.
 */
class CodeUnderDateTest {

    @Test
    void theWordsNameWhatTheyDo() {
        assertThat(HeaderVocabulary.kindOf("КАТЕГОРИЯ")).isEqualTo(ColumnKind.DESCRIPTION);
        assertThat(Marker.of("Остаток на 01.06.2025", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("Остаток средств на 30.06.2025", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("Остаток наличных", false)).isNull();
    }

    @Test
    void aCodeUnderTheDateIsNoTextAndNoEndOfTheTable() throws Exception {
        // Under the date column yet no date, the code made its line none of the table's: the table ended.
        Statement s = parse(new PageSketch(1)
                .line(40, "Период: 01.06.2025 — 30.06.2025").gap(20)
                .cell(40, "ДАТА ОПЕРАЦИИ (МСК)").cell(150, "КАТЕГОРИЯ").right(470, "СУММА В ВАЛЮТЕ СЧЁТА")
                        .right(555, "ОСТАТОК СРЕДСТВ").next()
                .cell(150, "Остаток на 01.06.2025").right(555, "37 208,15").next()
                .cell(40, "02.06.2025 12:40").cell(150, "Автомобиль").right(470, "3 319,05").right(555, "33 889,10").next()
                .cell(40, "365121").cell(150, "TATNEFT AZS 112 Kazan RUS").next()
                .cell(40, "08.06.2025 18:10").cell(150, "Прочие операции").right(470, "+78 747,73").right(555, "112 636,83").next()
                .cell(40, "716546").cell(150, "Заработная плата АО ТАТНЕФТЬ").next()
                .cell(40, "11.06.2025 08:43").cell(150, "Рестораны и кафе").right(470, "723,63").right(555, "111 913,20").next()
                .cell(40, "A7K31Q").cell(150, "SHOKOLADNITSA Kazan RUS").next()
                .cell(150, "Остаток на 30.06.2025").right(555, "111 913,20").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Автомобиль TATNEFT AZS 112 Kazan RUS", "Прочие операции Заработная плата АО ТАТНЕФТЬ",
                "Рестораны и кафе SHOKOLADNITSA Kazan RUS");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-3319.05"),
                new BigDecimal("78747.73"), new BigDecimal("-723.63"));
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("37208.15");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("111913.20");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
