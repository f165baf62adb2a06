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

/** Ukrainian and Romanian column headers and balance labels, and the statements they head. */
class UkrainianRomanianTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Опис операції, DESCRIPTION", "Сума, AMOUNT", "Залишок, BALANCE", "Залишок після операції, BALANCE",
        "Час, OTHER", "Валюта, OTHER", "Data tranzacției, DATE", "Descriere tranzacție, DESCRIPTION",
        "Descriere, DESCRIPTION", "Suma, AMOUNT", "Sold, BALANCE"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Вхідний залишок, true", "ВХІДНИЙ ЗАЛИШОК, true", "Вихідний залишок, false"})
    void ukrainianLabelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @Test
    void aUkrainianTableReadsItsSignedAmountsBesideTimeAndCurrencyColumns() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Період: з 01.03.2025 по 31.03.2025").gap(20)
                .line(40, "Дата", 110, "Час", 150, "Опис операції", 380, "Сума", 430, "Валюта", 500, "Залишок")
                .cell(40, "01.03.2025").cell(110, "15:55").cell(150, "Зарахування заробітної плати")
                        .right(410, "33 396,99").cell(430, "UAH").right(560, "51 637,54").next()
                .cell(40, "05.03.2025").cell(110, "16:56").cell(150, "АТБ-Маркет").right(410, "-54,35").cell(430, "UAH")
                        .right(560, "51 583,19").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Зарахування заробітної плати", "АТБ-Маркет");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("33396.99"), new BigDecimal("-54.35"));
    }

    @Test
    void aUkrainianOpeningBalanceOnADateBeforeTheTableChecksTheFirstRow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Період: з 01.03.2025 по 31.03.2025").gap(10)
                .line(40, "Вхідний залишок на 01.03.2025: 18 240,55 UAH").gap(20)
                .line(40, "Дата", 110, "Час", 150, "Опис операції", 380, "Сума", 430, "Валюта", 500, "Залишок")
                .cell(40, "01.03.2025").cell(110, "15:55").cell(150, "Зарахування заробітної плати")
                        .right(410, "33 396,99").cell(430, "UAH").right(560, "51 637,54").next()
                .cell(40, "05.03.2025").cell(110, "16:56").cell(150, "АТБ-Маркет").right(410, "-54,35").cell(430, "UAH")
                        .right(560, "51 583,19").next());
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("18240.55");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aRomanianStatementWithItsHeaderOverTwoRowsReconcilesFromSoldInitialToSoldFinal() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Perioada: 01.05.2025 - 31.05.2025").gap(20)
                .line(40, "Data", 110, "Descriere tranzacție", 380, "Debit", 470, "Credit")
                .line(40, "tranzacției")
                .cell(110, "SOLD INITIAL").right(500, "6.312,48").next()
                .cell(40, "02.05.2025").cell(110, "Comision administrare cont").right(410, "9,16").next()
                .cell(40, "03.05.2025").cell(110, "Transfer primit de la POPESCU ION").right(500, "1.117,14").next()
                .cell(110, "SOLD FINAL").right(500, "7.420,46").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-9.16"), new BigDecimal("1117.14"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
