package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A summary box set beside the table's first rows, its lines on the header's and the rows' baselines. */
class SideBoxTest {

    private static PageSketch besideTheHeader() {
        return new PageSketch(1)
                .line(40, "Statement period 1 March 2025 to 31 March 2025").gap(20)
                .cell(40, "Date").cell(100, "Description").cell(250, "Amount").cell(310, "Balance")
                .cell(380, "Opening balance").right(560, "1,000.00").next()
                .cell(40, "01 Mar 2025").cell(100, "TESCO STORES").right(280, "-25.40").right(350, "974.60")
                .cell(380, "Money out").right(560, "25.40").next()
                .cell(40, "03 Mar 2025").cell(100, "SALARY").right(280, "1,200.00").right(350, "2,174.60")
                .cell(380, "Money in").right(560, "1,200.00").next()
                .cell(40, "05 Mar 2025").cell(100, "CAFE NERO").right(280, "-4.60").right(350, "2,170.00")
                .cell(380, "Closing balance").right(560, "2,165.40").next()
                .cell(40, "07 Mar 2025").cell(100, "BOOTS").right(280, "-4.60").right(350, "2,165.40").next()
                .cell(40, "09 Mar 2025").cell(100, "DEPOSIT").right(280, "0.00").right(350, "2,165.40").next()
                .cell(40, "10 Mar 2025").cell(100, "FEE REFUND").right(280, "0.00").right(350, "2,165.40").next();
    }

    @Test
    void theBoxStaysOutOfTheHeaderAndTheRows() throws Exception {
        Statement s = parse(besideTheHeader());
        BigDecimal nil = new BigDecimal("0.00");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-25.40"),
                new BigDecimal("1200.00"), new BigDecimal("-4.60"), new BigDecimal("-4.60"), nil, nil);
        assertThat(s.transactions()).extracting(Transaction::description).startsWith("TESCO STORES", "SALARY",
                "CAFE NERO");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theBoxIsReadAsLinesOfItsOwn() {
        var page = besideTheHeader().page();
        SideBox.Split split = SideBox.split(Line.of(page), page.width());
        assertThat(split.box()).extracting(Line::text).containsExactly("Opening balance 1,000.00",
                "Money out 25.40", "Money in 1,200.00", "Closing balance 2,165.40");
        assertThat(split.lines()).extracting(Line::text).contains("Date Description Amount Balance");
    }

    @Test
    void anAmountInTheBoxMayCarryAMark() {
        PageSketch sketch = new PageSketch(1)
                .cell(40, "Date").cell(100, "Description").cell(250, "Amount")
                .cell(380, "Opening balance").right(560, "10.00 D").next()
                .cell(40, "01 Mar 2025").cell(100, "SHOP").right(280, "-1.00")
                .cell(380, "Paid out").right(560, "1.00").next()
                .cell(40, "02 Mar 2025").cell(100, "SHOP").right(280, "-1.00")
                .cell(380, "Closing balance").right(560, "12.00 D").next()
                .cell(40, "03 Mar 2025").cell(100, "SHOP").right(280, "-1.00").next();
        var page = sketch.page();
        assertThat(SideBox.split(Line.of(page), page.width()).box()).extracting(Line::text)
                .containsExactly("Opening balance 10.00 D", "Paid out 1.00", "Closing balance 12.00 D");
    }

    @Test
    void aColumnOfTheTableGoingOnBelowIsNoBox() {
        // "Category" cells at the same place in every row, the rows below too: a column of the table.
        PageSketch sketch = new PageSketch(1)
                .line(40, "Date", 100, "Description", 250, "Amount", 380, "Category");
        for (int d = 1; d <= 9; d++) {
            sketch.cell(40, "0" + d + " Mar 2025").cell(100, "SHOP").right(280, "-1.00")
                    .cell(380, "Groceries").right(560, "1.00").next();
        }
        var page = sketch.page();
        assertThat(SideBox.split(Line.of(page), page.width()).box()).isEmpty();
    }

    // The box's heading on the table header's baseline, its figures from the first row's line down (probes' L1-L12
    // with the summary beside: every such file failed or did not reconcile, the heading and the box left in the table).
    private static PageSketch headedBesideTheHeader() {
        return new PageSketch(1)
                .line(40, "Statement period 1 March 2025 to 31 March 2025").gap(20)
                .cell(40, "Date").cell(100, "Description").cell(250, "Amount").cell(310, "Balance")
                .cell(380, "Account summary").next()
                .cell(100, "Opening balance").right(350, "1,000.00")
                .cell(380, "Opening balance").right(560, "1,000.00").next()
                .cell(40, "01 Mar 2025").cell(100, "TESCO STORES").right(280, "-25.40").right(350, "974.60")
                .cell(380, "Money out").right(560, "30.00").next()
                .cell(40, "03 Mar 2025").cell(100, "SALARY").right(280, "1,200.00").right(350, "2,174.60")
                .cell(380, "Money in").right(560, "1,200.00").next()
                .cell(40, "05 Mar 2025").cell(100, "CAFE NERO").right(280, "-4.60").right(350, "2,170.00")
                .cell(380, "Closing balance").right(560, "2,170.00").next()
                .cell(40, "07 Mar 2025").cell(100, "DEPOSIT").right(280, "0.00").right(350, "2,170.00").next()
                .cell(40, "09 Mar 2025").cell(100, "FEE REFUND").right(280, "0.00").right(350, "2,170.00").next();
    }

    @Test
    void aHeadingOnTheHeadersLineGoesWithTheBox() throws Exception {
        var page = headedBesideTheHeader().page();
        SideBox.Split split = SideBox.split(Line.of(page), page.width());
        assertThat(split.box()).extracting(Line::text).containsExactly("Account summary",
                "Opening balance 1,000.00", "Money out 30.00", "Money in 1,200.00", "Closing balance 2,170.00");
        assertThat(split.lines()).extracting(Line::text).contains("Date Description Amount Balance");
        Statement s = parse(headedBesideTheHeader());
        assertThat(s.transactions()).extracting(Transaction::description).startsWith("TESCO STORES", "SALARY",
                "CAFE NERO");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aHeadingWithAFigureIsNoBoxHeading() {
        // "Page 1 of 2" at the box's edge is no heading: the box does not start under it.
        var page = new PageSketch(1)
                .cell(40, "Date").cell(100, "Description").cell(250, "Amount").cell(380, "Page 1 of 2").next()
                .cell(40, "01 Mar 2025").cell(100, "SHOP").right(280, "-1.00")
                .cell(380, "Paid out").right(560, "1.00").next()
                .cell(40, "02 Mar 2025").cell(100, "SHOP").right(280, "-1.00")
                .cell(380, "Paid in").right(560, "0.00").next()
                .cell(40, "03 Mar 2025").cell(100, "SHOP").right(280, "-1.00")
                .cell(380, "Closing balance").right(560, "12.00").next()
                .cell(40, "04 Mar 2025").cell(100, "SHOP").right(280, "-1.00").next().page();
        assertThat(SideBox.split(Line.of(page), page.width()).box()).isEmpty();
    }
}
