package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text under a page's last row, over the forward or total rows the page break prints, in a table that wraps above. */
class PageFootForwardRowsTest {

    private static PageSketch header(PageSketch p) {
        return p.line(40, "DATE", 100, "DESCRIPTION", 400, "AMOUNT", 480, "BALANCE");
    }

    // A row centred on its dated line: a line above it, one below, rows set apart by a gap.
    private static PageSketch row(PageSketch p, String first, String date, String last, String amount, String balance) {
        return p.line(100, first).cell(40, date).right(440, amount).right(520, balance).next().line(100, last).gap(8);
    }

    private static PageSketch first(String ending) {
        PageSketch p = header(new PageSketch(1)
                .line(40, "Statement period 05/01/2025 through 05/31/2025")
                .line(40, "Beginning Balance", 450, "$1,000.00")
                .line(40, "Ending Balance", 450, ending).gap(20));
        row(p, "CARD PURCHASE", "05/02", "GROCER LEEDS", "-20.00", "980.00");
        row(p, "STANDING ORDER", "05/03", "BOOKSHOP YORK", "-30.00", "950.00");
        return row(p, "DIRECT DEBIT", "05/04", "WATER MANDATE 4453786", "-40.00", "910.00");
    }

    private static PageSketch second(String forward) {
        PageSketch p = header(new PageSketch(2));
        if (forward != null) {
            p.cell(100, forward).right(520, "910.00").next().gap(8);
        }
        return p.cell(40, "05/06").cell(100, "SPOTIFY LONDON").right(440, "-30.00").right(520, "880.00").next()
                .line(100, "REF 9837618");
    }

    @Test
    void textOverAPagesForwardRowMayBeginTheNextPagesFirstRowWhereRowsAreCentredOnTheirDate() throws Exception {
        // given: rows centred on their date; page 1's foot sets the first line of page 2's first row over the
        // balance carried forward
        PageSketch p1 = first("$880.00").line(100, "CONTACTLESS")
                .cell(100, "Balance carried forward").right(520, "910.00").next();

        // when
        Statement s = PageSketch.parse(p1, second("Balance brought forward"));

        // then: no distance across the break tells which row the foot's line is
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("foot of page 1 (\"CONTACTLESS\")");
    }

    @Test
    void textOverAPageTotalMayBeginTheNextPagesFirstRow() throws Exception {
        // given: as above, over the page's total of its amounts
        PageSketch p1 = first("$880.00").line(100, "CONTACTLESS").cell(100, "Page total").right(440, "-90.00").next();

        // when
        Statement s = PageSketch.parse(p1, second(null));

        // then
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("foot of page 1 (\"CONTACTLESS\")");
    }

    @Test
    void aRowsOwnLastLineAtTheTablesEndStaysItsOwn() throws Exception {
        // given: the same rows, the table ending on page 1 under its last row's own text
        PageSketch p1 = first("$910.00");

        // when
        Statement s = PageSketch.parse(p1);

        // then: no page follows that a row could begin on
        assertThat(s.transactions()).extracting(Transaction::description)
                .endsWith("DIRECT DEBIT WATER MANDATE 4453786");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void textOverAPagesForwardRowShowsNoSideInAnEvenlySpacedGrid() throws Exception {
        // given: every line 12 pt apart, each row's first line above its dated last line
        PageSketch p1 = header(new PageSketch(1)
                .line(40, "Statement period 05/01/2025 through 05/31/2025")
                .line(40, "Beginning Balance", 450, "$1,000.00")
                .line(40, "Ending Balance", 450, "$880.00").gap(20))
                .line(100, "CARD PURCHASE")
                .cell(40, "05/02").cell(100, "GROCER LEEDS").right(440, "-20.00").right(520, "980.00").next()
                .line(100, "STANDING ORDER")
                .cell(40, "05/03").cell(100, "BOOKSHOP YORK").right(440, "-30.00").right(520, "950.00").next()
                .line(100, "DIRECT DEBIT")
                .cell(40, "05/04").cell(100, "WATER MANDATE 4453786").right(440, "-40.00").right(520, "910.00").next()
                .line(100, "CONTACTLESS")
                .cell(100, "Balance carried forward").right(520, "910.00").next();
        PageSketch p2 = header(new PageSketch(2)).cell(100, "Balance brought forward").right(520, "910.00").next()
                .cell(40, "05/06").cell(100, "SPOTIFY LONDON").right(440, "-30.00").right(520, "880.00").next();

        // when
        Statement s = PageSketch.parse(p1, p2);

        // then: the foot's line proves no row wraps below its date (the next page's row may own it), so the line over
        // the first row may be its first line
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("text above a row (page 1: \"CARD PURCHASE\")");
    }
}
