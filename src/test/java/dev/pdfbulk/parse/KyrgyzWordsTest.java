package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Kyrgyz column headers, balance labels, balance rows and total rows; Russian "Содержание операции". */
class KyrgyzWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Күнү, DATE", "Операциянын күнү, DATE", "Операциянын мазмуну, DESCRIPTION", "Төлөмдүн максаты, DESCRIPTION",
        "Чыгым, DEBIT", "Чыгаша, DEBIT", "Кириш, CREDIT", "Киреше, CREDIT", "Калдык, BALANCE",
        "Содержание операции, DESCRIPTION"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Мезгилдин башындагы калдык, true", "Баштапкы калдык, true", "Мезгилдин аягындагы калдык, false",
        "Акыркы калдык, false"})
    void labelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Мезгилдин башындагы калдык", "Мезгилдин аягындагы калдык", "Кийинки бетке", "Мурунку беттен"})
    void balanceRowsAreNoTransactions(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Жүгүртүү / Обороты", "Жүгүртүү", "Бардыгы"})
    void totalWordsStartTotalRows(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.TOTAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Төлөм Северэлектро эсеп", "Калдыкты которуу ЭЛСОМ капчыгына", "Которуу кирди АСАНОВА АЙГҮЛ"})
    void rowsInKyrgyzStayTransactions(String row) {
        assertThat(Marker.of(row, true)).isNull();
    }
}
