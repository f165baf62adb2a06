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

/** Serbian column headers (Cyrillic and Latin), balance labels and total rows, and the statements they head. */
class SerbianTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Датум, DATE", "Опис, DESCRIPTION", "Задужење, DEBIT", "Zaduženje, DEBIT", "Одобрење, CREDIT",
        "Odobrenje, CREDIT", "Стање, BALANCE", "Износ, AMOUNT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Претходно стање, true", "ПРЕТХОДНО СТАЊЕ, true", "Ново стање, false"})
    void cyrillicLabelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Укупно", "УКУПНО:", "Ukupno"})
    void ukupnoIsATotalRow(String row) {
        assertThat(Marker.of(row, false)).isEqualTo(Marker.TOTAL);
    }

    @Test
    void anIntesaStatementReconcilesFromPrethodnoToNovoStanje() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Период: 01.06.2025. - 30.06.2025.").gap(20)
                .cell(40, "Датум").cell(100, "Опис").right(400, "Задужење").right(475, "Одобрење").right(555, "Стање").next()
                .cell(100, "Претходно стање").right(555, "86.420,50").next()
                .cell(40, "02.06.2025.").cell(100, "Куповина - MAXI 215 BEOGRAD").right(400, "2.345,10")
                        .right(555, "84.075,40").next()
                .cell(40, "05.06.2025.").cell(100, "Зарада - НИС а.д. Нови Сад").right(475, "120.000,00")
                        .right(555, "204.075,40").next()
                .cell(100, "Укупно").right(400, "2.345,10").right(475, "120.000,00").next()
                .cell(100, "Ново стање").right(555, "204.075,40").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Куповина - MAXI 215 BEOGRAD", "Зарада - НИС а.д. Нови Сад");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-2345.10"), new BigDecimal("120000.00"));
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("86420.50");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("204075.40");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
