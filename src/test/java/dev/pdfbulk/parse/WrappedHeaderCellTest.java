package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A header cell wrapped over two rows ("Details of" over "transaction") names one column, both its rows known words. */
class WrappedHeaderCellTest {

    private static PageSketch rows(PageSketch p) {
        return p.cell(100, "BALANCE BROUGHT FORWARD").right(560, "6,204.18").next()
                .cell(40, "1 May 2025").cell(100, "VISA DEBIT LINDOS GROCERIES").right(418, "217.14")
                .right(560, "5,987.04").next()
                .cell(40, "4 May 2025").cell(100, "INCOMING WIRE ATLANTIC").right(480, "1,636.94")
                .right(560, "7,623.98").next()
                .cell(100, "BALANCE CARRIED FORWARD").right(560, "7,623.98").next();
    }

    @Test
    void everyHeaderCellWrappedOverTwoRows() throws Exception {
        PageSketch p = rows(new PageSketch(1)
                .line(40, "Statement period May 1, 2025 to May 31, 2025").gap(20)
                .cell(40, "Date of").cell(100, "Details of").right(418, "Payments").right(480, "Payments")
                .right(560, "Balance").next()
                .cell(40, "posting").cell(100, "transaction").right(418, "out ($)").right(480, "in ($)")
                .right(560, "($)").next());
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-217.14"), new BigDecimal("1636.94"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void onlyTheDetailsCellWrapped() {
        List<Line> lines = Line.of(new PageSketch(1)
                .cell(100, "Details of").right(418, "Payments out").right(490, "Payments in").next()
                .cell(40, "Date").cell(100, "transaction").right(418, "($)").right(490, "($)")
                .right(560, "Balance ($)").next().page());
        String kinds = HeaderDetector.detect(lines, 1).orElseThrow().columns().columns().stream()
                .map(c -> c.kind().name()).collect(Collectors.joining(","));
        assertThat(kinds).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void aSecondHeaderRowAboveAnUndatedOpeningBalanceRow() throws Exception {
        // "operation" under "Date" and under "Description" names no more columns than the top row alone; it is the
        // header's all the same, not a row above the undated opening balance.
        Statement s = parse(rows(new PageSketch(1)
                .line(40, "Statement period May 1, 2025 to May 31, 2025").gap(20)
                .cell(40, "Date").cell(100, "Description").right(418, "Debit").right(480, "Credit")
                .right(560, "Balance").next()
                .cell(40, "operation").cell(100, "operation").next()));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-217.14"), new BigDecimal("1636.94"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theSecondHeaderRowIsCountedInTheHeader() {
        List<Line> lines = Line.of(new PageSketch(1)
                .cell(40, "Date").cell(100, "Description").right(418, "Debit").right(480, "Credit")
                .right(560, "Balance").next()
                .cell(40, "operation").cell(100, "operation").next()
                .cell(100, "Opening balance").right(560, "6,204.18").next().page());
        HeaderDetector.Found found = HeaderDetector.detect(lines, 0).orElseThrow();
        assertThat(found.columns().signature()).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(found.linesUsed()).isEqualTo(2);
    }
}
