package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Turkmen and Faroese column headers, balance labels, balance rows and total rows. */
class TurkmenFaroeseWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Sene, DATE", "Amalyň senesi, DATE", "Amalyň mazmuny, DESCRIPTION", "Tölegiň maksady, DESCRIPTION",
        "Debet, DEBIT", "Çykdajy, DEBIT", "Kredit, CREDIT", "Girdeji, CREDIT", "Galyndy, BALANCE", "Resminama №, OTHER",
        "Dagfesting, DATE", "Rentudagur, OTHER_DATE", "Tekstur, DESCRIPTION", "Upphædd, AMOUNT", "Úttøka, DEBIT",
        "Innlegg, CREDIT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Döwrüň başyna galyndy, true", "Başky galyndy, true", "Döwrüň ahyryna galyndy, false",
        "Ahyrky galyndy, false", "Byrjanarsaldo, true", "Endasaldo, false"})
    void labelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Döwrüň başyna galyndy", "Döwrüň ahyryna galyndy", "Indiki sahypa geçirildi", "Öňki sahypadan geçirildi",
        "Byrjanarsaldo", "Endasaldo", "Flutt á næstu síðu", "Flutt frá fyrru síðu"})
    void balanceRowsAreNoTransactions(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Jemi dolanyşyk", "Dolanyşyk", "Jemi"})
    void totalWordsStartTotalRows(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.TOTAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Galyndyny geçirmek SENAGATBANK hasabyna", "Pul geçirimi kabul edildi GELDIÝEW M.",
        "Goýum boýunça göterim hasaplanyldy", "Flutt til sparikontu", "Dankort-keyp SMS TÓRSHAVN"})
    void rowsStayTransactions(String row) {
        assertThat(Marker.of(row, true)).isNull();
    }
}
