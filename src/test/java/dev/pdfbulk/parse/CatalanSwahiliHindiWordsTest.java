package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Catalan, Swahili and Hindi column headers, balance labels, balance rows and total rows. */
class CatalanSwahiliHindiWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Data, DATE", "Data valor, OTHER_DATE", "Concepte, DESCRIPTION", "Càrrec, DEBIT", "Abonament, CREDIT",
        "Import, AMOUNT", "Saldo, BALANCE", "Tarehe, DATE", "Maelezo, DESCRIPTION", "Kumbukumbu, OTHER", "Kutoa, DEBIT",
        "Kuweka, CREDIT", "Salio, BALANCE", "दिनांक, DATE", "विवरण, DESCRIPTION", "चेक नं., OTHER", "शेष, BALANCE",
        "राशि, AMOUNT", "नामे, DEBIT", "जमा, CREDIT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Salio la kuanzia, true", "Salio la mwisho, false", "प्रारंभिक शेष, true", "अंतिम शेष, false"})
    void labelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Salio la kuanzia", "Salio la mwisho", "Salio linalohamishwa", "Salio lililohamishwa",
        "Saldo anterior", "Saldo final", "प्रारंभिक शेष", "अंतिम शेष"})
    void balanceRowsAreNoTransactions(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Jumla", "Total moviments", "Suma i segueix", "Suma anterior"})
    void totalAndForwardRowsAreNoTransactions(String row) {
        assertThat(Marker.of(row, false)).isIn(Marker.TOTAL, Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Kutoa fedha ATM NMB POSTA", "Malipo LUKU umeme TANESCO", "Transferència rebuda GARCIA PUJOL JORDI",
        "Comissió manteniment compte", "Ada ya huduma", "Ushuru wa serikali", "INTEREST CREDIT SB A/C"})
    void rowsStayTransactions(String row) {
        assertThat(Marker.of(row, true)).isNull();
    }
}
