package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text between two complete rows that the rows' distances give to the row above, though it may begin the row below:
 * the amounts add up either way, so the statement is unverified rather than reconciled with a wrong description.
 */
class TextNearerRowBelowTest {

    // Three rows, one line of text between the first two: {@code under} below the first row, {@code over} above the
    // second.
    private static Statement withTextBetween(float under, float over) throws Exception {
        return parse(new PageSketch(1)
                .line(40, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(40, "Date", 100, "Description").right(430, "Debit").right(490, "Credit").right(555, "Balance")
                .next()
                .cell(100, "Opening Balance").right(555, "1,000.00").next()
                .cell(40, "02/04/2025").cell(100, "DEWA BILL PAYMENT").right(430, "40.00").right(555, "960.00").next()
                .gap(under - 12).line(100, "INWARD REMITTANCE FROM ALI").gap(over - 12)
                .cell(40, "03/04/2025").cell(100, "FT308139").right(490, "100.00").right(555, "1,060.00").next()
                .cell(40, "04/04/2025").cell(100, "SALIK RECHARGE").right(430, "60.00").right(555, "1,000.00").next()
                .cell(100, "Closing Balance").right(555, "1,000.00").next());
    }

    @Test
    void textSetATenthNearerTheRowBelowLeavesTheDescriptionsInDoubt() throws Exception {
        // 13 pt under the row above, 11 pt over the row below: not clearly nearer it, yet nearer.
        Statement s = withTextBetween(13, 11);
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("may begin the row below");
    }

    @Test
    void textSetNearerTheRowAboveIsItsWrappedLine() throws Exception {
        Statement s = withTextBetween(11, 13);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("DEWA BILL PAYMENT INWARD REMITTANCE FROM ALI", "FT308139", "SALIK RECHARGE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void evenlySpacedTextStaysWithTheRowAbove() throws Exception {
        // Nothing in the table sets text nearer a row below: rows wrap below their date, as most tables do.
        Statement s = withTextBetween(12, 12);
        assertThat(s.transactions().get(0).description()).isEqualTo("DEWA BILL PAYMENT INWARD REMITTANCE FROM ALI");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void evenlySpacedTextWhereAnotherRowSetsItsTextAboveItsAmountsIsInDoubt() throws Exception {
        // A grid centred in its cells: the last row's first line sits over its amounts, nearer them than the row
        // above; the text between the first two rows, as far from both, may as well be the second row's first line.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(40, "Date", 100, "Description").right(430, "Debit").right(490, "Credit").right(555, "Balance")
                .next()
                .cell(100, "Opening Balance").right(555, "1,000.00").next()
                .cell(40, "02/04/2025").cell(100, "DEWA BILL PAYMENT").right(430, "40.00").right(555, "960.00").next()
                .line(100, "INWARD REMITTANCE FROM ALI")
                .cell(40, "03/04/2025").cell(100, "FT308139").right(490, "100.00").right(555, "1,060.00").next()
                .gap(-2).line(100, "SALIK TAG 284861").gap(-7)
                .cell(40, "04/04/2025").cell(100, "RECHARGE").right(430, "60.00").right(555, "1,000.00").next()
                .gap(-7).line(100, "DUBAI").gap(-2)
                .cell(100, "Closing Balance").right(555, "1,000.00").next());
        assertThat(s.transactions().get(2).description()).isEqualTo("SALIK TAG 284861 RECHARGE DUBAI");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    // Four rows evenly spaced (the last two full lines), a line of text between the first two and, where {@code tail}
    // is set, a line under the
    // last one over the closing balance, {@code tailGap} points further down than the rows' pitch.
    private static Statement evenly(String first, String between, String second, String tail, float tailGap)
            throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(40, "Date", 100, "Description").right(430, "Debit").right(490, "Credit").right(555, "Balance")
                .next()
                .cell(100, "Opening Balance").right(555, "1,000.00").next()
                .cell(40, "02/04/2025").cell(100, first).right(430, "40.00").right(555, "960.00").next()
                .line(100, between)
                .cell(40, "03/04/2025").cell(100, second).right(490, "100.00").right(555, "1,060.00").next()
                .cell(40, "04/04/2025").cell(100, "SALARY CREDIT EMIRATES GROUP APR 2025").right(490, "60.00")
                .right(555, "1,120.00").next()
                .cell(40, "05/04/2025").cell(100, "ATM CASH WITHDRAWAL MASHREQ BURJUMAN").right(430, "120.00")
                .right(555, "1,000.00").next();
        if (tail != null) {
            p.gap(tailGap).line(100, tail);
        }
        return parse(p.cell(100, "Closing Balance").right(555, "1,000.00").next());
    }

    @Test
    void evenlySpacedFullLineUnderAShortRowMayBeginTheRowBelow() throws Exception {
        // A grid aligned to the bottom of its cells with no padding (Mashreq): the line between the first two rows is
        // as far from both, too full to take the next row's first word, and the row above had room for its first
        // word. Before, it went to the row above and the statement came out reconciled with both descriptions wrong.
        Statement s = evenly("DEWA BILL PAYMENT", "INWARD REMITTANCE FROM MOHAMMED ALI REF", "FT308139", null, 0);
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("may begin the row below");
    }

    @Test
    void evenlySpacedShortLineUnderAShortRowStaysWithIt() throws Exception {
        // A reference line under its row, with room after it for the next row's first word: no wrap of the row below.
        Statement s = evenly("DEWA BILL PAYMENT", "REF 2004417833", "INWARD REMITTANCE FROM MOHAMMED ALI", null, 0);
        assertThat(s.transactions().get(0).description()).isEqualTo("DEWA BILL PAYMENT REF 2004417833");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void evenlySpacedRateLineUnderAShortRowStaysWithIt() throws Exception {
        // AIB's rate line: too full to take the next row's first word, but far short of the column's widest line; the
        // descriptions do not wrap by width, so its words say nothing of the row below.
        Statement s = evenly("VDC-NETFLIX", "USD 77.81@1.0921", "VDC-INSOMNIA COFFEE", null, 0);
        assertThat(s.transactions().get(0).description()).isEqualTo("VDC-NETFLIX USD 77.81@1.0921");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aTableWhoseDescriptionsFillNoWidthSaysNothingByItsWords() throws Exception {
        // A short type line over a longer detail line, the widest of a table of short descriptions: no width they
        // wrap at, so the detail stays with its row, reconciled.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(40, "Date", 100, "Description").right(430, "Debit").right(490, "Credit").right(555, "Balance")
                .next()
                .cell(100, "Opening Balance").right(555, "1,000.00").next()
                .cell(40, "02/04/2025").cell(100, "Card payment").right(430, "40.00").right(555, "960.00").next()
                .line(100, "LIDL SLOVENSKA REPUBLIKA")
                .cell(40, "03/04/2025").cell(100, "Incoming payment").right(490, "100.00").right(555, "1,060.00").next()
                .cell(100, "Closing Balance").right(555, "1,060.00").next());
        assertThat(s.transactions().get(0).description()).isEqualTo("Card payment LIDL SLOVENSKA REPUBLIKA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void evenlySpacedFullLineUnderAFullRowIsInDoubt() throws Exception {
        // The row above is full, so its description may have wrapped there (a grid aligned to the top of its cells);
        // but the line, within a tenth of the widest too, had no room for "FT308139", so it may equally be the row
        // below's first line (to the bottom, probe fz_131_L4), and four lines near the widest show the descriptions
        // run up against a width. Before, the line stayed the row above's, reconciled, whichever side was true.
        Statement s = evenly("STANDING ORDER HARBOUR LETTINGS RENT REF", "386968 MONTHLY RENT PAYMENT FOR APRIL",
                "FT308139", null, 0);
        assertThat(s.transactions().get(0).description())
                .isEqualTo("STANDING ORDER HARBOUR LETTINGS RENT REF 386968 MONTHLY RENT PAYMENT FOR APRIL");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("may begin the row below");
    }

    @Test
    void aRowWrappedOverTheClosingBalanceShowsOnlyOneSideAndTheWordsStillDoubt() throws Exception {
        // The last row's second line, then the closing balance: no row below can own it, so it is read as wrapping
        // below; but evenly spaced rows may set lines on both sides (probe fz_400_L9, the first row one line, laid
        // out as here), and the full line between the first two rows, its words the row below's, stays in doubt.
        Statement s = evenly("DEWA BILL PAYMENT", "INWARD REMITTANCE FROM MOHAMMED ALI REF", "FT308139", "TAG 284861",
                0);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "DEWA BILL PAYMENT INWARD REMITTANCE FROM MOHAMMED ALI REF", "FT308139",
                "SALARY CREDIT EMIRATES GROUP APR 2025", "ATM CASH WITHDRAWAL MASHREQ BURJUMAN TAG 284861");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void aNoteSetWellUnderTheLastRowShowsNoSide() throws Exception {
        // Set further under the last row than the rows are apart: a note, which proves nothing of where rows wrap.
        Statement s = evenly("DEWA BILL PAYMENT", "INWARD REMITTANCE FROM MOHAMMED ALI REF", "FT308139", "TAG 284861",
                8);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }
    // A table of width-wrapped descriptions (three full lines of 28 characters), evenly spaced: {@code first}'s row,
    // {@code between}, {@code second}'s row.
    private static Statement narrow(String first, String between, String second) throws Exception {
        return parse(new PageSketch(1)
                .line(40, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(40, "Date", 100, "Description").right(430, "Debit").right(490, "Credit").right(555, "Balance")
                .next()
                .cell(100, "Opening Balance").right(555, "1,000.00").next()
                .cell(40, "02/04/2025").cell(100, first).right(430, "40.00").right(555, "960.00").next()
                .line(100, between)
                .cell(40, "03/04/2025").cell(100, second).right(490, "100.00").right(555, "1,060.00").next()
                .cell(40, "04/04/2025").cell(100, "ACH DEBIT CON EDISON UTILITY").right(430, "20.00")
                .right(555, "1,040.00").next()
                .cell(40, "05/04/2025").cell(100, "ACH DEBIT CON EDISON UTILITY").right(430, "20.00")
                .right(555, "1,020.00").next()
                .cell(40, "06/04/2025").cell(100, "ACH DEBIT CON EDISON UTILITY").right(430, "20.00")
                .right(555, "1,000.00").next()
                .cell(100, "Closing Balance").right(555, "1,000.00").next());
    }

    @Test
    void evenlySpacedLineShortOfTheWidestThatCannotTakeTheNextWordMayBeginTheRowBelow() throws Exception {
        // A grid aligned to the bottom of its cells (M&T): "CARD PURCHASE WHOLE FOODS" is three characters short of
        // the widest line (type is not monospaced) yet could not take "MARKET", and the row above had room for "CARD".
        // Before, only a line within a tenth of the widest counted, and the statement reconciled with both wrong.
        Statement s = narrow("MOBILE CHECK DEPOSIT", "CARD PURCHASE WHOLE FOODS", "MARKET #1042");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("may begin the row below");
    }

    @Test
    void evenlySpacedShortLineBeforeALongFirstWordStaysWithTheRowAbove() throws Exception {
        // Under half the widest line: that it cannot take the next row's long first word says nothing of a width.
        Statement s = narrow("NEFT", "BOARD REF", "UPI-SWIGGY-SWIGGY@ICICI-BANK");
        assertThat(s.transactions().get(0).description()).isEqualTo("NEFT BOARD REF");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
