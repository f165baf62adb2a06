package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line of text set in a smaller type than the row above it is a note on the rows, no part of that row's
 * description; in the rows' type it is the row's wrapped text.
 */
class SmallerTypeNoteTest {

    private static PageSketch card() {
        return new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025")
                .line(40, "Credit limit 5,000.00")
                .line(40, "Previous balance", 200, "100.00")
                .line(40, "New balance", 200, "130.00").gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount")
                .cell(40, "02/08/2025").cell(110, "GROCER").right(510, "30.00").next();
    }

    @Test
    void aLineInTheRowsTypeUnderTheLastRowIsItsText() throws Exception {
        PageSketch p = card();
        p.cell(110, "USD 8.00 RATE 3.75").next();
        p.cell(110, "Total purchases").right(510, "30.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("GROCER USD 8.00 RATE 3.75");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLineInASmallerTypeUnderTheLastRowIsANoteOnTheRows() throws Exception {
        PageSketch p = card();
        p.sized(110, "Dollar conversion rate 3.75", 7f).next();
        p.cell(110, "Total purchases").right(510, "30.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("GROCER");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void smallerLinesUnderEveryRowAreTheRowsOwnEvenUnderTheLast() throws Exception {
        // Each row's reference in a smaller type: where rows follow it, it is the row's; so it is under the last row.
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025")
                .line(40, "Credit limit 5,000.00")
                .line(40, "Previous balance", 200, "100.00")
                .line(40, "New balance", 200, "150.00").gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount");
        p.cell(40, "02/08/2025").cell(110, "GROCER").right(510, "30.00").next();
        p.sized(110, "Card 1234 ref 5501", 7f).next();
        p.cell(40, "03/08/2025").cell(110, "TAXI").right(510, "20.00").next();
        p.sized(110, "Card 1234 ref 5502", 7f).next();
        p.cell(110, "Total purchases").right(510, "50.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GROCER Card 1234 ref 5501", "TAXI Card 1234 ref 5502");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSmallerLineWithRowsBelowItIsTheRowsText() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025")
                .line(40, "Credit limit 5,000.00")
                .line(40, "Previous balance", 200, "100.00")
                .line(40, "New balance", 200, "150.00").gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount");
        p.cell(40, "02/08/2025").cell(110, "GROCER").right(510, "30.00").next();
        p.sized(110, "USD 8.00", 7f).next();
        p.cell(40, "03/08/2025").cell(110, "TAXI").right(510, "20.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("GROCER USD 8.00", "TAXI");
    }
}
