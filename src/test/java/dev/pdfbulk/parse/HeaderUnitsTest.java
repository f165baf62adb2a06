package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A row under the header holding only the money columns' currency is part of the header, not a row. */
class HeaderUnitsTest {

    private static PageSketch rows(PageSketch p) {
        return p.cell(40, "03 May 25").cell(100, "Balance brought forward").right(560, "912.40").next()
                .cell(40, "03 May 25").cell(100, "CO-OP GROUP").cell(300, "DEB").right(480, "130.88")
                .right(560, "781.52").next()
                .cell(40, "06 May 25").cell(100, "SALARY ACME LTD").cell(300, "BGC").right(410, "1,250.00")
                .right(560, "2,031.52").next();
    }

    @Test
    void aCurrencyWrappedAloneUnderAMoneyHeaderIsPartOfTheHeader() throws Exception {
        // "Money Out (£)" in a narrow cell: "(£)" wraps to a line of its own, under "Money".
        PageSketch p = rows(new PageSketch(1)
                .line(40, "Statement period 03 May 2025 to 02 June 2025").gap(20)
                .line(40, "Date", 100, "Description", 300, "Type", 350, "Money In (£)", 440, "Money Out",
                        505, "Balance (£)")
                .line(440, "(£)"));
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-130.88"), new BigDecimal("1250.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aRowOfUnitsUnderEveryMoneyHeaderIsPartOfTheHeader() {
        PageSketch p = new PageSketch(1)
                .line(40, "Date", 100, "Description", 350, "Withdrawals", 440, "Deposits", 505, "Balance")
                .line(360, "in $", 450, "in $", 515, "(USD)");
        List<Line> lines = Line.of(p.page());
        assertThat(HeaderDetector.detect(lines, 0).orElseThrow().linesUsed()).isEqualTo(2);
    }

    @Test
    void aLocalCurrencySignUnderTheMoneyHeadersIsAUnitRow() {
        // Malaysian "(RM)", Indonesian "Rp", Swedish "kr": signs an amount may carry, printed as the header's unit.
        PageSketch p = new PageSketch(1)
                .line(40, "Date", 100, "Description", 350, "Withdrawal", 440, "Deposits", 505, "Balance")
                .line(360, "(RM)", 450, "Rp", 515, "(kr)");
        List<Line> lines = Line.of(p.page());
        assertThat(HeaderDetector.detect(lines, 0).orElseThrow().linesUsed()).isEqualTo(2);
    }

    @Test
    void aUnitUnderAnUnknownHeaderWordDoesNotRejectTheUnitsRow() {
        // "Levy" names no column the parser knows: its "(RM)" lies under no column, and the row is units all the same.
        PageSketch p = new PageSketch(1)
                .line(40, "Date", 100, "Description", 340, "Withdrawal", 410, "Deposits", 480, "Levy", 530, "Balance")
                .line(350, "(RM)", 420, "(RM)", 480, "(RM)", 535, "(RM)");
        assertThat(HeaderDetector.detect(Line.of(p.page()), 0).orElseThrow().linesUsed()).isEqualTo(2);
    }

    @Test
    void aUnitUnderAnOtherColumnDoesNotRejectTheUnitsRow() {
        // "Tax" is a column of money the row does not move: its "(RM)" is a unit like the money columns'.
        PageSketch p = new PageSketch(1)
                .line(40, "Date", 100, "Description", 340, "Withdrawal", 410, "Deposits", 480, "Tax", 530, "Balance")
                .line(350, "(RM)", 420, "(RM)", 480, "(RM)", 535, "(RM)");
        assertThat(HeaderDetector.detect(Line.of(p.page()), 0).orElseThrow().linesUsed()).isEqualTo(2);
    }

    @Test
    void aRowOfUnitsUnderNoMoneyColumnIsNoPartOfTheHeader() {
        PageSketch p = new PageSketch(1)
                .line(40, "Date", 100, "Description", 340, "Withdrawal", 410, "Deposits", 480, "Tax", 530, "Balance")
                .line(480, "(RM)");
        assertThat(HeaderDetector.detect(Line.of(p.page()), 0).orElseThrow().linesUsed()).isEqualTo(1);
    }

    @Test
    void aUnitUnderATextColumnOrBesideOtherWordsIsNoPartOfTheHeader() {
        PageSketch underText = new PageSketch(1)
                .line(40, "Date", 100, "Description", 350, "Paid in", 440, "Paid out", 505, "Balance")
                .line(100, "EUR");
        PageSketch withWords = new PageSketch(1)
                .line(40, "Date", 100, "Description", 350, "Paid in", 440, "Paid out", 505, "Balance")
                .line(440, "GBP 12 fee");
        assertThat(HeaderDetector.detect(Line.of(underText.page()), 0).orElseThrow().linesUsed()).isEqualTo(1);
        assertThat(HeaderDetector.detect(Line.of(withWords.page()), 0).orElseThrow().linesUsed()).isEqualTo(1);
    }
}
