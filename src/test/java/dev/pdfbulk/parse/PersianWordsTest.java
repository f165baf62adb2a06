package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Persian column headers, balance labels, balance rows and total rows (Bank Mellat's صورتحساب). */
class PersianWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"تاریخ, DATE", "شرح, DESCRIPTION", "توضیحات, DESCRIPTION", "برداشت, DEBIT", "بدهکار, DEBIT",
        "واریز, CREDIT", "بستانکار, CREDIT", "مبلغ, AMOUNT", "مانده, BALANCE", "ردیف, OTHER", "ساعت, OTHER",
        "شماره پیگیری, OTHER", "شماره سند, OTHER", "شعبه, OTHER"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"مانده ابتدای دوره, true", "مانده پایان دوره, false", "مانده اول دوره, true", "مانده آخر دوره, false"})
    void labelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"مانده ابتدای دوره", "مانده پایان دوره", "نقل به صفحه بعد", "نقل از صفحه قبل"})
    void balanceRowsAreNoTransactions(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"جمع برداشت", "جمع واریز"})
    void totalWordsStartTotalRows(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.TOTAL);
    }
}
