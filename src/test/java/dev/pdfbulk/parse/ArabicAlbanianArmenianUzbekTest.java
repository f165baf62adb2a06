package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Arabic, Albanian, Armenian and Uzbek column headers, balance labels, balance rows and total rows. */
class ArabicAlbanianArmenianUzbekTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"التاريخ, DATE", "تاريخ القيمة, OTHER_DATE", "البيان, DESCRIPTION", "مدين, DEBIT", "دائن, CREDIT",
        "الرصيد, BALANCE", "Data e veprimit, DATE", "Data e valutës, OTHER_DATE", "Përshkrimi, DESCRIPTION",
        "Debi, DEBIT", "Kredi, CREDIT", "Gjendja, BALANCE", "Ամսաթիվ, DATE", "Նկարագրություն, DESCRIPTION",
        "Դեբետ, DEBIT", "Կրեդիտ, CREDIT", "Մնացորդ, BALANCE", "Փաստաթուղթ №, OTHER", "Sana, DATE",
        "Operatsiya mazmuni, DESCRIPTION", "Hujjat №, OTHER", "Qoldiq, BALANCE"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"رصيد أول المدة, true", "رصيد آخر المدة, false", "Gjendja fillestare, true",
        "Gjendja përfundimtare, false", "Սկզբնական մնացորդ, true", "Վերջնական մնացորդ, false",
        "Davr boshiga qoldiq, true", "Davr oxiriga qoldiq, false"})
    void labelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"رصيد أول المدة", "رصيد آخر المدة", "رصيد مرحل", "رصيد منقول", "Gjendja fillestare",
        "Gjendja përfundimtare", "Gjendja për t'u mbartur", "Gjendja e mbartur", "Սկզբնական մնացորդ",
        "Վերջնական մնացորդ", "Davr boshiga qoldiq", "Davr oxiriga qoldiq"})
    void balanceRowsAreNoTransactions(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"إجمالي الحركات", "Totali i qarkullimit", "Շրջանառություն", "Debet aylanmasi", "Kredit aylanmasi"})
    void totalWordsStartTotalRows(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.TOTAL);
    }
}
