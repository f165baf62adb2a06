package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grid aligned to the bottom of its cells with no padding: every line 12 pt apart, each row's date and amounts on
 * its last line, its first lines above them. The distances say nothing; the words do ({@link BottomRows}): the
 * descriptions wrap at 24 characters, and a row whose line had room for the first word of the text under it ends
 * there. Before, the statement was unverified ("text between two rows ... may begin the row below", probes
 * {@code valign=bottom}).
 */
class BottomRowsTest {

    private static PageSketch header(int page) {
        return new PageSketch(page).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance");
    }

    private static PageSketch forward(PageSketch p, String day, String label, String balance) {
        return p.cell(40, day).cell(100, label).right(555, balance).next();
    }

    @Test
    void evenlySpacedRowsWhoseWordsShowThemEndingOnTheirAmountsReadTheTextAboveEachDateAsItsRows() throws Exception {
        // "MANDATE 88120" had room for "CARD", "LONDON" for "ONLINE": each text line above a date begins that row;
        // the first row's line under the forward row is its own and the last row has nothing under it.
        PageSketch p = forward(header(1), "01 Aug 2025", "BALANCE BROUGHT FORWARD", "1,000.00")
                .line(100, "DIRECT DEBIT BRITISH GAS")
                .cell(40, "01 Aug 2025").cell(100, "MANDATE 88120").right(415, "43.45").right(555, "956.55").next()
                .line(100, "CARD PAYMENT TESCO STORE")
                .cell(40, "02 Aug 2025").cell(100, "LONDON").right(415, "6.55").right(555, "950.00").next()
                .line(100, "ONLINE TRANSFER J SMITH")
                .cell(40, "03 Aug 2025").cell(100, "SAVINGS").right(415, "100.00").right(555, "850.00").next()
                .cell(40, "04 Aug 2025").cell(100, "SALARY ACME LTD").right(480, "500.00").right(555, "1,350.00")
                .next();
        Statement s = parse(forward(p, "31 Aug 2025", "BALANCE CARRIED FORWARD", "1,350.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "DIRECT DEBIT BRITISH GAS MANDATE 88120", "CARD PAYMENT TESCO STORE LONDON",
                "ONLINE TRANSFER J SMITH SAVINGS", "SALARY ACME LTD");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aRowsFirstLinesAtAPagesFootGoWithItsDateOnTheNextPage() throws Exception {
        // The transfer's first line ends page 1 over the carried-forward row; its date opens page 2 under the
        // brought-forward row. Before, "text at the foot of page 1 ... may begin the next page's first row".
        PageSketch one = forward(header(1), "01 Aug 2025", "BALANCE BROUGHT FORWARD", "1,000.00")
                .line(100, "DIRECT DEBIT BRITISH GAS")
                .cell(40, "01 Aug 2025").cell(100, "MANDATE 88120").right(415, "43.45").right(555, "956.55").next()
                .line(100, "CARD PAYMENT TESCO STORE")
                .cell(40, "02 Aug 2025").cell(100, "LONDON").right(415, "6.55").right(555, "950.00").next()
                .line(100, "ONLINE TRANSFER J SMITH");
        forward(one, "02 Aug 2025", "BALANCE CARRIED FORWARD", "950.00");
        PageSketch two = forward(header(2), "02 Aug 2025", "BALANCE BROUGHT FORWARD", "950.00")
                .cell(40, "03 Aug 2025").cell(100, "SAVINGS").right(415, "100.00").right(555, "850.00").next()
                .cell(40, "04 Aug 2025").cell(100, "SALARY ACME LTD").right(480, "500.00").right(555, "1,350.00")
                .next();
        Statement s = parse(one, forward(two, "31 Aug 2025", "BALANCE CARRIED FORWARD", "1,350.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "DIRECT DEBIT BRITISH GAS MANDATE 88120", "CARD PAYMENT TESCO STORE LONDON",
                "ONLINE TRANSFER J SMITH SAVINGS", "SALARY ACME LTD");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void wherePaddingLeavesARowsFirstLineAloneAtAPagesFootTheWordsPlaceIt() throws Exception {
        // Rows 6 pt of padding apart ({@link RowBlocks} reads the blocks), the transfer's first line alone at page 1's
        // foot, its own block over the carried-forward row: a heading, or the next page's first row's first line?
        // The words show it the row below's. Before, "text at the foot of page 1 ... may begin the next page's first
        // row".
        PageSketch one = forward(header(1), "01 Aug 2025", "BALANCE BROUGHT FORWARD", "1,000.00").gap(6)
                .line(100, "DIRECT DEBIT BRITISH GAS")
                .cell(40, "01 Aug 2025").cell(100, "MANDATE 88120").right(415, "43.45").right(555, "956.55").next()
                .gap(6)
                .line(100, "CARD PAYMENT TESCO STORE")
                .cell(40, "02 Aug 2025").cell(100, "LONDON").right(415, "6.55").right(555, "950.00").next().gap(6)
                .line(100, "ONLINE TRANSFER J SMITH");
        forward(one, "02 Aug 2025", "BALANCE CARRIED FORWARD", "950.00");
        PageSketch two = forward(header(2), "02 Aug 2025", "BALANCE BROUGHT FORWARD", "950.00").gap(6)
                .cell(40, "03 Aug 2025").cell(100, "SAVINGS").right(415, "100.00").right(555, "850.00").next().gap(6)
                .cell(40, "04 Aug 2025").cell(100, "SALARY ACME LTD").right(480, "500.00").right(555, "1,350.00")
                .next().gap(6);
        Statement s = parse(one, forward(two, "31 Aug 2025", "BALANCE CARRIED FORWARD", "1,350.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "DIRECT DEBIT BRITISH GAS MANDATE 88120", "CARD PAYMENT TESCO STORE LONDON",
                "ONLINE TRANSFER J SMITH SAVINGS", "SALARY ACME LTD");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void underDayHeadingsTheTextUnderAHeadingIsItsFirstRowsAndTheWordsPlaceTheRest() throws Exception {
        // No date column: each day's heading ("Friday 01 Aug 2025") over its rows, evenly spaced (probes L4, L8). The
        // text under a heading is its first row's; "MANDATE 88120" and "SALARY ACME" had room for the text under
        // them. Before, "text between two rows ... may begin the row below".
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Description", 400, "Amount", 500, "Balance")
                .cell(40, "Opening balance").right(540, "1,000.00").next()
                .line(40, "Friday 01 Aug 2025")
                .line(40, "DIRECT DEBIT BRITISH GAS")
                .cell(40, "MANDATE 88120").right(440, "-43.45").right(540, "956.55").next()
                .line(40, "CARD PAYMENT TESCO STORE")
                .cell(40, "LONDON").right(440, "-6.55").right(540, "950.00").next()
                .line(40, "Saturday 02 Aug 2025")
                .line(40, "ONLINE TRANSFER J SMITH")
                .cell(40, "SAVINGS").right(440, "-100.00").right(540, "850.00").next()
                .cell(40, "SALARY ACME").right(440, "500.00").right(540, "1,350.00").next()
                .line(40, "FASTER PAYMENT FROM K")
                .cell(40, "STEWART").right(440, "50.00").right(540, "1,400.00").next()
                .cell(40, "Closing balance").right(540, "1,400.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "DIRECT DEBIT BRITISH GAS MANDATE 88120", "CARD PAYMENT TESCO STORE LONDON",
                "ONLINE TRANSFER J SMITH SAVINGS", "SALARY ACME", "FASTER PAYMENT FROM K STEWART");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void textUnderARowAsFullOverItsAmountsAsAnyStaysInDoubt() throws Exception {
        // "LONDON CARD ENDING 4471" is full: no room for "ONLINE". The row sets one line over its amounts, as many as
        // the table shows a row set; a table setting one line over the amounts and the rest under them reads the
        // same, "ONLINE TRANSFER J SMITH" then the card payment's last line.
        PageSketch p = forward(header(1), "01 Aug 2025", "BALANCE BROUGHT FORWARD", "1,000.00")
                .line(100, "DIRECT DEBIT BRITISH GAS")
                .cell(40, "01 Aug 2025").cell(100, "MANDATE 88120").right(415, "43.45").right(555, "956.55").next()
                .line(100, "CARD PAYMENT TESCO STORE")
                .cell(40, "02 Aug 2025").cell(100, "LONDON CARD ENDING 4471").right(415, "6.55").right(555, "950.00")
                .next()
                .line(100, "ONLINE TRANSFER J SMITH")
                .cell(40, "03 Aug 2025").cell(100, "SAVINGS").right(415, "100.00").right(555, "850.00").next()
                .cell(40, "04 Aug 2025").cell(100, "SALARY ACME LTD").right(480, "500.00").right(555, "1,350.00")
                .next();
        Statement s = parse(forward(p, "31 Aug 2025", "BALANCE CARRIED FORWARD", "1,350.00"));
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void textUnderAFullRowSettingThreeLinesOverItsAmountsIsTheRowBelows() throws Exception {
        // Probe fz_007_L8 (2111): "TERMINAL 0042 REF 556120" is full, no room for "ONLINE", and its row sets three
        // lines over its amounts, as many as any row shown to. A table that sets a fixed number over its amounts and
        // the rest under them sets one or two, so three lines over shows the bottom alignment: "ONLINE TRANSFER J
        // SMITH" begins the row below. Before, it went to the row above and the statement was unverified.
        PageSketch p = forward(header(1), "01 Aug 2025", "BALANCE BROUGHT FORWARD", "1,000.00")
                .line(100, "DIRECT DEBIT BRITISH GAS")
                .line(100, "NORTHERN REGION ACCOUNT")
                .line(100, "CUSTOMER REF 88120 DD")
                .cell(40, "01 Aug 2025").cell(100, "MANDATE 88120").right(415, "43.45").right(555, "956.55").next()
                .line(100, "CARD PAYMENT TESCO STORE")
                .line(100, "HIGH STREET NORTH BRANCH")
                .line(100, "LONDON CARD ENDING 4471")
                .cell(40, "02 Aug 2025").cell(100, "TERMINAL 0042 REF 556120").right(415, "6.55").right(555, "950.00")
                .next()
                .line(100, "ONLINE TRANSFER J SMITH")
                .cell(40, "03 Aug 2025").cell(100, "SAVINGS").right(415, "100.00").right(555, "850.00").next()
                .line(100, "FASTER PAYMENT RECEIVED")
                .cell(40, "04 Aug 2025").cell(100, "SALARY ACME LTD").right(480, "500.00").right(555, "1,350.00")
                .next();
        Statement s = parse(forward(p, "31 Aug 2025", "BALANCE CARRIED FORWARD", "1,350.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "DIRECT DEBIT BRITISH GAS NORTHERN REGION ACCOUNT CUSTOMER REF 88120 DD MANDATE 88120",
                "CARD PAYMENT TESCO STORE HIGH STREET NORTH BRANCH LONDON CARD ENDING 4471 TERMINAL 0042 REF 556120",
                "ONLINE TRANSFER J SMITH SAVINGS", "FASTER PAYMENT RECEIVED SALARY ACME LTD");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDetailLineUnderAShortRowIsNoRowsFirstLine() throws Exception {
        // Rows aligned to the top, a transfer's IBAN on a line of its own under it (Sparkasse's Finanzstatus): the
        // transfer's line had room for "IBAN", and the IBAN line, set apart by its content, happens to be too full
        // for "Lastschrift". No text stands over the first row, so nothing shows the rows set text over their
        // amounts: read as before. Read as aligned to the bottom, each IBAN went to the row below, reconciled.
        PageSketch p = forward(header(1), "01 Aug 2025", "BALANCE BROUGHT FORWARD", "1,000.00")
                .cell(40, "01 Aug 2025").cell(100, "Transfer to savings account").right(415, "446.49")
                .right(555, "553.51").next()
                .line(100, "IBAN DE44 3705 0198 0044 5566 77")
                .cell(40, "02 Aug 2025").cell(100, "Lastschrift REWE Markt GmbH Koeln Ref 447328").right(415, "53.74")
                .right(555, "499.77").next()
                .cell(40, "03 Aug 2025").cell(100, "Transfer to savings account").right(415, "298.01")
                .right(555, "201.76").next()
                .line(100, "IBAN DE44 3705 0198 0044 5566 77")
                .cell(40, "04 Aug 2025").cell(100, "Lastschrift Telekom Deutschland GmbH Bonn").right(415, "48.50")
                .right(555, "153.26").next()
                .cell(40, "05 Aug 2025").cell(100, "Kartenzahlung girocard Aral Station 2811").right(415, "56.79")
                .right(555, "96.47").next();
        Statement s = parse(forward(p, "31 Aug 2025", "BALANCE CARRIED FORWARD", "96.47"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Transfer to savings account IBAN DE44 3705 0198 0044 5566 77",
                "Lastschrift REWE Markt GmbH Koeln Ref 447328",
                "Transfer to savings account IBAN DE44 3705 0198 0044 5566 77",
                "Lastschrift Telekom Deutschland GmbH Bonn", "Kartenzahlung girocard Aral Station 2811");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void rowsAlignedToTheTopShowNoRowWithRoomOverText() throws Exception {
        // The same words aligned to the top: each date on a row's first line, full, its rest under it. No row line
        // has room for the text under it, so nothing proves the rows end on their amounts; read as before.
        PageSketch p = forward(header(1), "01 Aug 2025", "BALANCE BROUGHT FORWARD", "1,000.00")
                .cell(40, "01 Aug 2025").cell(100, "DIRECT DEBIT BRITISH GAS").right(415, "43.45").right(555, "956.55")
                .next()
                .line(100, "MANDATE 88120")
                .cell(40, "02 Aug 2025").cell(100, "CARD PAYMENT TESCO STORE").right(415, "6.55").right(555, "950.00")
                .next()
                .line(100, "LONDON")
                .cell(40, "03 Aug 2025").cell(100, "ONLINE TRANSFER J SMITH").right(415, "100.00").right(555, "850.00")
                .next()
                .line(100, "SAVINGS")
                .cell(40, "04 Aug 2025").cell(100, "SALARY ACME LTD").right(480, "500.00").right(555, "1,350.00")
                .next();
        Statement s = parse(forward(p, "31 Aug 2025", "BALANCE CARRIED FORWARD", "1,350.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "DIRECT DEBIT BRITISH GAS MANDATE 88120", "CARD PAYMENT TESCO STORE LONDON",
                "ONLINE TRANSFER J SMITH SAVINGS", "SALARY ACME LTD");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aShortLineBeforeAWordOverHalfTheWidthIsSetAsAWrappedRowsLine() throws Exception {
        // Descriptions wrapped at 16 characters (probe fz_003_L4): "NETFLIX" stands alone because "SUBSCRIPTION",
        // 12 characters, did not fit after it. Before, a line under half the width counted as broken other than by
        // width, the block proved nothing and the statement was unverified.
        PageSketch p = forward(header(1), "01 Aug 2025", "BALANCE BROUGHT FORWARD", "1,000.00")
                .line(100, "CONTACTLESS")
                .line(100, "NETFLIX")
                .line(100, "SUBSCRIPTION")
                .cell(40, "01 Aug 2025").cell(100, "BATH").right(415, "10.99").right(555, "989.01").next()
                .line(100, "DIRECT DEBIT GAS")
                .cell(40, "02 Aug 2025").cell(100, "LONDON").right(415, "43.45").right(555, "945.56").next()
                .line(100, "ONLINE TRANSFER")
                .cell(40, "03 Aug 2025").cell(100, "SAVINGS").right(415, "100.00").right(555, "845.56").next()
                .cell(40, "04 Aug 2025").cell(100, "SALARY ACME LTD").right(480, "500.00").right(555, "1,345.56")
                .next();
        Statement s = parse(forward(p, "31 Aug 2025", "BALANCE CARRIED FORWARD", "1,345.56"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "CONTACTLESS NETFLIX SUBSCRIPTION BATH", "DIRECT DEBIT GAS LONDON", "ONLINE TRANSFER SAVINGS",
                "SALARY ACME LTD");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
