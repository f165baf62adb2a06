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

/** Finnish column headers, balance labels and total rows, and the statements they head. */
class FinnishTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Kirjauspäivä, POSTING_DATE", "Kirjaus- päivä, POSTING_DATE", "Arvopäivä, OTHER_DATE",
        "Maksupäivä, DATE", "'Saaja/Maksaja, viesti', DESCRIPTION", "Selite, DESCRIPTION",
        "Määrä, AMOUNT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Saldo alussa 01.09.2025, true", "SALDO ALUSSA, true", "Saldo lopussa 30.09.2025, false"})
    void finnishLabelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Panot yhteensä 8 kpl", "Otot yhteensä 12 kpl", "Yhteensä"})
    void yhteensaAfterWhatItTotalsIsATotalRow(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.TOTAL);
    }

    @Test
    void anOpStatementWithDatesWithoutYearReconcilesFromSaldoAlussaToSaldoLopussa() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Ajalta 01.09.2025 - 30.09.2025", 330, "Saldo alussa 01.09.2025", 520, "2 514,09")
                .line(330, "Saldo lopussa 30.09.2025", 520, "2 507,62").gap(20)
                .line(40, "Kirjaus-", 80, "Arvo-", 118, "Maksu-", 160, "Saaja/Maksaja, viesti", 380, "Tapahtuma",
                        510, "Määrä EUR")
                .line(40, "päivä", 80, "päivä", 118, "päivä")
                .cell(40, "01.09.").cell(80, "01.09.").cell(118, "01.09.").cell(160, "K-CITYMARKET TAMPERE")
                        .cell(380, "KORTTIOSTO").right(555, "-116,06").next()
                .cell(40, "05.09.").cell(80, "05.09.").cell(118, "05.09.").cell(160, "VIRTANEN MATTI")
                        .cell(380, "TILISIIRTO").right(555, "+140,44").next()
                .cell(160, "Viite 7516343").next()
                .cell(40, "30.09.").cell(80, "30.09.").cell(118, "30.09.").cell(160, "OP-PALVELUMAKSU")
                        .cell(380, "PALVELUMAKSU").right(555, "-30,85").next().gap(10)
                .cell(160, "Panot yhteensä 1 kpl").right(555, "+140,44").next()
                .cell(160, "Otot yhteensä 2 kpl").right(555, "-146,91").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("K-CITYMARKET TAMPERE", "VIRTANEN MATTI Viite 7516343", "OP-PALVELUMAKSU");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-116.06"), new BigDecimal("140.44"), new BigDecimal("-30.85"));
        assertThat(s.transactions().get(2).date()).hasToString("2025-09-30");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
