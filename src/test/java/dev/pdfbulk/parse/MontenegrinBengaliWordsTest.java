package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Montenegrin ledger columns and Bengali column headers, balance labels, balance rows and total rows. */
class MontenegrinBengaliWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Duguje, DEBIT", "Potražuje, CREDIT", "Дугује, DEBIT", "Потражује, CREDIT", "Opis transakcije, DESCRIPTION",
        "তারিখ, DATE", "বিবরণ, DESCRIPTION", "চেক নং, OTHER", "উত্তোলন, DEBIT", "জমা, CREDIT", "স্থিতি, BALANCE",
        "পরিমাণ, AMOUNT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"প্রারম্ভিক স্থিতি, true", "সমাপনী স্থিতি, false"})
    void labelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"প্রারম্ভিক স্থিতি", "সমাপনী স্থিতি", "পরবর্তী পৃষ্ঠায় স্থানান্তর", "পূর্ববর্তী পৃষ্ঠা থেকে স্থানান্তর",
        "Prenos na sljedeću stranu", "Prenos sa prethodne strane", "Prethodno stanje", "Novo stanje"})
    void balanceRowsAreNoTransactions(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"মোট", "Promet", "Promet:"})
    void totalRowsAreNoTransactions(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.TOTAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"বিকাশ স্থানান্তর", "অনলাইন স্থানান্তর প্রাপ্তি", "মুনাফা জমা সঞ্চয়ী হিসাব", "Promet d.o.o. Podgorica",
        "Auto promet Nikšić", "Prenos sredstava na štednju", "Plaćanje karticom VOLI MARKET PODGORICA"})
    void rowsStayTransactions(String row) {
        assertThat(Marker.of(row, true)).isNull();
        assertThat(Marker.of(row, false)).isNull();
    }
}
