package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineClassifierTest {

    private final TableColumns columns = HeaderDetector.detect(Line.of(new PageSketch(1)
            .line(40, "Date", 100, "Chq", 140, "Description", 380, "Debit", 450, "Credit", 520, "Balance").page()), 0)
            .orElseThrow().columns();

    @Test
    void valuesGoToTheColumnTheyLineUpWith() {
        TableLine line = classify(new PageSketch(1).cell(40, "03/08/2025").cell(140, "CARD PAYMENT TESCO")
                .right(405, "12.50").right(555, "1,000.00"));
        assertThat(line.date()).isNotNull();
        assertThat(line.description()).isEqualTo("CARD PAYMENT TESCO");
        assertThat(line.money()).containsOnlyKeys(ColumnKind.DEBIT, ColumnKind.BALANCE);
        assertThat(line.money().get(ColumnKind.DEBIT).magnitude()).isEqualByComparingTo(new BigDecimal("12.50"));

        TableLine credit = classify(new PageSketch(1).cell(40, "03/08/2025").cell(140, "SALARY")
                .right(480, "2,000.00").right(555, "3,000.00"));
        assertThat(credit.money()).containsOnlyKeys(ColumnKind.CREDIT, ColumnKind.BALANCE);
    }

    @Test
    void amountsSetTightInOneCellGoToTheirColumns() {
        TableColumns tight = HeaderDetector.detect(Line.of(new PageSketch(1)
                .line(40, "Date", 140, "Details", 405, "Paid out", 440, "Paid in", 480, "Balance").page()), 0)
                .orElseThrow().columns();
        List<Line> lines = Line.of(new PageSketch(1).cell(40, "03/08/2025").cell(140, "SALARY")
                .cell(445, "962.80 (1,816.00)").page());
        TableLine line = LineClassifier.classify(lines.get(0), tight, 600).orElseThrow();
        assertThat(line.money()).containsOnlyKeys(ColumnKind.CREDIT, ColumnKind.BALANCE);
    }

    @Test
    void amountsSetTightNextToEachOtherBothCount() {
        TableLine line = classify(new PageSketch(1).cell(40, "03/08/2025").cell(140, "RENT")
                .cell(375, "12.50").cell(510, "1,000.00"));
        assertThat(line.money()).containsOnlyKeys(ColumnKind.DEBIT, ColumnKind.BALANCE);
    }

    @Test
    void anAmountInsideTheDescriptionStaysText() {
        TableLine line = classify(new PageSketch(1).cell(140, "AMAZON.DE EUR 45.00 @ 1.1234"));
        assertThat(line.money()).isEmpty();
        assertThat(line.description()).isEqualTo("AMAZON.DE EUR 45.00 @ 1.1234");
    }

    @Test
    void aChequeNumberIsNotPartOfTheDescription() {
        TableLine line = classify(new PageSketch(1).cell(40, "04/08/2025").cell(100, "000123")
                .cell(140, "CHEQUE").right(405, "80.00"));
        assertThat(line.description()).isEqualTo("CHEQUE");
    }

    @Test
    void aChequeNumberSetCloseToTheDescriptionIsStillLeftOut() {
        // Right-aligned under "Chq" and ending one space before the description.
        TableLine line = classify(new PageSketch(1).cell(40, "04/08/2025").cell(105, "123456 CHEQUE PAID")
                .right(405, "80.00"));
        assertThat(line.description()).isEqualTo("CHEQUE PAID");
    }

    @Test
    void aDateInTheDescriptionColumnIsText() {
        TableLine line = classify(new PageSketch(1).cell(140, "03 AUG 10:15"));
        assertThat(line.date()).isNull();
        assertThat(line.description()).isEqualTo("03 AUG 10:15");
    }

    @Test
    void textAcrossTheMoneyColumnsEndsTheTable() {
        List<Line> lines = Line.of(new PageSketch(1)
                .cell(40, "Northwind Savings plc is authorised by the Prudential Regulation Authority and more").page());
        assertThat(LineClassifier.classify(lines.get(0), columns, 600)).isEmpty();
    }

    @Test
    void balanceRowsAndTotalsAreMarkers() {
        assertThat(classify(new PageSketch(1).cell(140, "BALANCE BROUGHT FORWARD").right(555, "4,293.77")).marker())
                .isEqualTo(Marker.BALANCE);
        assertThat(classify(new PageSketch(1).cell(140, "Total payments").right(405, "99.00")).marker())
                .isEqualTo(Marker.TOTAL);
        assertThat(classify(new PageSketch(1).cell(40, "05/08/2025").cell(140, "TOTAL WINE & MORE SPIRITS SHOP")
                .right(405, "20.00")).marker()).isNull();
    }

    private final TableColumns dateLast = HeaderDetector.detect(Line.of(new PageSketch(1)
            .line(40, "Description", 250, "Money out", 330, "Money in", 410, "Balance", 490, "Date").page()), 0)
            .orElseThrow().columns();

    @Test
    void aDateLastIsReadAlsoWhenSetTightAfterTheBalance() {
        // The balance ends at 455, the date starts one character later: one cell, read from both ends.
        TableLine line = classifyUnder(dateLast, new PageSketch(1).cell(40, "RENT").right(300, "80.00")
                .right(455, "1 000.00").cell(460, "03/08/2025"));
        assertThat(line.date()).isEqualTo(DateParser.parse("03/08/2025").orElseThrow());
        assertThat(line.money()).containsOnlyKeys(ColumnKind.DEBIT, ColumnKind.BALANCE);
        assertThat(line.money().get(ColumnKind.BALANCE).magnitude()).isEqualByComparingTo("1000.00");
    }

    @Test
    void aDateInTheTextNearTheDateColumnIsTextUnlessItLinesUpWithIt() {
        // "03/08" opens a cell of the details, nearer the date column than the details' left edge, yet not under it.
        TableColumns dateBetween = HeaderDetector.detect(Line.of(new PageSketch(1)
                .line(40, "Details", 220, "Date", 370, "Paid out", 440, "Paid in", 515, "Balance").page()), 0)
                .orElseThrow().columns();
        TableLine line = classifyUnder(dateBetween, new PageSketch(1).cell(40, "CARD PAYMENT").cell(150, "03/08 REF")
                .cell(220, "04 Aug").right(410, "10.00"));
        assertThat(line.description()).isEqualTo("CARD PAYMENT 03/08 REF");
        assertThat(line.date()).isEqualTo(DateParser.parse("04 Aug").orElseThrow());
    }

    @Test
    void aDateInTheTextOfADateLastTableIsText() {
        TableLine line = classifyUnder(dateLast, new PageSketch(1).cell(40, "TRANSFER").cell(120, "12/07 REF 9")
                .right(300, "80.00").cell(490, "13/07/2025"));
        assertThat(line.description()).isEqualTo("TRANSFER 12/07 REF 9");
        assertThat(line.date()).isEqualTo(DateParser.parse("13/07/2025").orElseThrow());
    }

    private static TableLine classifyUnder(TableColumns table, PageSketch sketch) {
        List<Line> lines = Line.of(sketch.page());
        assertThat(lines).hasSize(1);
        return LineClassifier.classify(lines.get(0), table, 600).orElseThrow();
    }

    private TableLine classify(PageSketch sketch) {
        List<Line> lines = Line.of(sketch.page());
        assertThat(lines).hasSize(1);
        return LineClassifier.classify(lines.get(0), columns, 600).orElseThrow();
    }
}
