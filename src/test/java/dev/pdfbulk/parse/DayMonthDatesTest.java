package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** "03.05" and "03-05" under a date column are a day and a month; anywhere else they stay what they were. */
class DayMonthDatesTest {

    private static PageSketch statement(String first, String second, String third) {
        return new PageSketch(1).line(40, "Période du 01/05/2025 au 31/05/2025").gap(20)
                .line(40, "Date", 140, "Libellé", 370, "Débit", 440, "Crédit", 515, "Solde")
                .cell(40, first).cell(140, "SOLDE PRECEDENT").right(555, "100,00").next()
                .cell(40, second).cell(140, "CARTE CARREFOUR").right(400, "12,05").right(555, "87,95").next()
                .cell(40, third).cell(140, "VIR SEPA RECU").right(470, "3,05").right(555, "91,00").next()
                .cell(140, "NOUVEAU SOLDE").right(555, "91,00").next();
    }

    @Test
    void dayAndMonthWithADotUnderTheDateColumnAreADate() throws Exception {
        Statement s = PageSketch.parse(statement("01.05", "03.05", "12.05"));
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 12));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-12.05"), new BigDecimal("3.05"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void dayAndMonthWithAHyphenUnderTheDateColumnAreADate() throws Exception {
        Statement s = PageSketch.parse(statement("01-05", "03-05", "12-05"));
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 12));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void anAmountNearerAMoneyColumnThanTheDateColumnStaysMoney() {
        // Columns set tight, the date last: "12.05" a little right of "Amount" is within reach of "Date" too.
        TableColumns columns = HeaderDetector.detect(Line.of(new PageSketch(1)
                .line(40, "Description", 290, "Amount", 330, "Date").page()), 0).orElseThrow().columns();
        TableLine dated = LineClassifier.classify(Line.of(new PageSketch(1).cell(40, "RENT").right(326, "12.05")
                .cell(336, "03.05").page()).get(0), columns, 600).orElseThrow();
        assertThat(dated.date()).isEqualTo(new RawDate(3, 5, null, false));
        assertThat(dated.money().get(ColumnKind.AMOUNT).magnitude()).isEqualByComparingTo("12.05");

        TableLine amountOnly = LineClassifier.classify(Line.of(new PageSketch(1).cell(40, "RENT")
                .right(326, "12.05").page()).get(0), columns, 600).orElseThrow();
        assertThat(amountOnly.date()).isNull();
        assertThat(amountOnly.money().get(ColumnKind.AMOUNT).magnitude()).isEqualByComparingTo("12.05");
    }

    @Test
    void outsideADateCellDayAndMonthWithADotStayANumber() {
        assertThat(DateParser.parse("03.05")).isEmpty();
        assertThat(DateParser.parse("03-05")).isEmpty();
        assertThat(DateParser.parseInDateColumn("03.05")).contains(new RawDate(3, 5, null, false));
        assertThat(DateParser.parseInDateColumn("31-12")).contains(new RawDate(31, 12, null, false));
        assertThat(DateParser.parseInDateColumn("32.05")).isEmpty();
        assertThat(DateParser.parseInDateColumn("3.050")).isEmpty();
    }
}
