package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A reference cell wrapped on alone under its row, the row's text ended above it (probes L10). */
class OtherColumnLineTest {

    private static PageSketch header() {
        return new PageSketch(1).line(40, "Statement period 01/11/2025 to 30/11/2025").gap(20)
                .line(40, "Booked", 110, "Description", 300, "Reference", 420, "Amount", 500, "Balance")
                .cell(110, "Opening balance").right(540, "1,000.00").next();
    }

    @Test
    void aReferenceRunOnAloneUnderItsRowIsNeitherTextNorTheTablesEnd() throws Exception {
        // given: rows set at their first line, each reference wrapping a line further than the description
        PageSketch page = header()
                .cell(40, "01/11/2025").cell(110, "CASHBACK REWARD").cell(300, "REF").right(460, "100.00")
                .right(540, "1,100.00").next()
                .line(300, "460722-0948/37").gap(4)
                .cell(40, "02/11/2025").cell(110, "CONTACTLESS TESCO").cell(300, "REF").right(460, "-21.46")
                .right(540, "1,078.54").next()
                .line(300, "960919-6178/54").gap(4)
                .cell(40, "03/11/2025").cell(110, "DIRECT DEBIT WATER").cell(300, "REF").right(460, "-78.54")
                .right(540, "1,000.00").next()
                .line(300, "891836-7180/52").gap(4)
                .cell(110, "Closing balance").right(540, "1,000.00").next();

        // when
        Statement s = parse(page);

        // then: every row read, none taking the reference's run-on as text
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CASHBACK REWARD", "CONTACTLESS TESCO", "DIRECT DEBIT WATER");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void textAfterAReferenceRunOnBeginsTheNextRow() throws Exception {
        // given: rows aligned to the bottom of their cells, the reference run on under the amounts' line
        PageSketch page = header().gap(4)
                .line(110, "CASHBACK REWARD")
                .cell(40, "01/11/2025").cell(110, "MANDATE 7954967").cell(300, "REF").right(460, "100.00")
                .right(540, "1,100.00").next()
                .line(300, "460722-0948/37").gap(4)
                .line(110, "CONTACTLESS TESCO")
                .cell(40, "02/11/2025").cell(110, "STORES OXFORD").cell(300, "REF").right(460, "-21.46")
                .right(540, "1,078.54").next()
                .line(300, "960919-6178/54").gap(4)
                .line(110, "DIRECT DEBIT")
                .cell(40, "03/11/2025").cell(110, "WAITROSE").cell(300, "REF").right(460, "-78.54")
                .right(540, "1,000.00").next()
                .line(300, "891836-7180/52").gap(4)
                .cell(110, "Closing balance").right(540, "1,000.00").next();

        // when
        Statement s = parse(page);

        // then: each row's first line is its own; the first, under the opening row, may be a heading: in doubt
        assertThat(s.transactions()).extracting(Transaction::description).endsWith("CONTACTLESS TESCO STORES OXFORD",
                "DIRECT DEBIT WAITROSE");
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().status() == ReconciliationStatus.RECONCILED
                ? s.transactions().get(0).description() : "CASHBACK REWARD MANDATE 7954967")
                .isEqualTo("CASHBACK REWARD MANDATE 7954967");
    }

    @Test
    void textAfterAReferenceRunOnAtAPagesFootBeginsTheNextPagesFirstRow() throws Exception {
        // given: probe fz_417_L10 of seed 2715: a row's upper lines after the last row's run-on, over the page's
        // total and forward rows; its amounts' line under the next page's balance brought forward
        PageSketch one = header().gap(4)
                .line(110, "CASHBACK REWARD")
                .cell(40, "01/11/2025").cell(110, "MANDATE 7954967").cell(300, "REF").right(460, "100.00")
                .right(540, "1,100.00").next()
                .line(300, "460722-0948/37").gap(4)
                .line(110, "HMRC TAX REFUND AUTH")
                .line(110, "CODE 7977 INVOICE")
                .cell(110, "Page total").right(460, "100.00").next()
                .cell(110, "Balance carried forward").right(540, "1,100.00").next();
        PageSketch two = new PageSketch(2)
                .line(40, "Booked", 110, "Description", 300, "Reference", 420, "Amount", 500, "Balance")
                .cell(110, "Balance brought forward").right(540, "1,100.00").next()
                .cell(40, "20/11/2025").cell(110, "2634272").cell(300, "REF").right(460, "707.96")
                .right(540, "1,807.96").next()
                .line(300, "930078-8275/16").gap(4)
                .cell(110, "Closing balance").right(540, "1,807.96").next();

        // when
        Statement s = parse(one, two);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .endsWith("HMRC TAX REFUND AUTH CODE 7977 INVOICE 2634272");
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void textOverTheFirstRowIsItsFirstLineWhereARunOnShowsTextAboveTheAmounts() throws Exception {
        // given: rows aligned to the bottom of their cells, a reference run on, then text over the next row's amounts
        PageSketch page = header().gap(4)
                .line(110, "CASHBACK REWARD")
                .cell(40, "01/11/2025").cell(110, "MANDATE 7954967").cell(300, "REF").right(460, "100.00")
                .right(540, "1,100.00").next()
                .line(300, "460722-0948/37").gap(4)
                .line(110, "CONTACTLESS TESCO")
                .cell(40, "02/11/2025").cell(110, "STORES OXFORD").cell(300, "REF").right(460, "-21.46")
                .right(540, "1,078.54").next()
                .line(300, "960919-6178/54").gap(4)
                .cell(110, "Closing balance").right(540, "1,078.54").next();

        // when
        Statement s = parse(page);

        // then: the line under the opening balance row is the first row's, no heading
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CASHBACK REWARD MANDATE 7954967", "CONTACTLESS TESCO STORES OXFORD");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSectionsNameOverTheFirstRowStillHeadsTheRows() throws Exception {
        // given: as above, a section's name right under the opening balance row
        PageSketch page = header().gap(4)
                .line(110, "PAYMENTS AND OTHER CREDITS")
                .cell(40, "01/11/2025").cell(110, "MANDATE 7954967").cell(300, "REF").right(460, "100.00")
                .right(540, "1,100.00").next()
                .line(300, "460722-0948/37").gap(4)
                .line(110, "CONTACTLESS TESCO")
                .cell(40, "02/11/2025").cell(110, "STORES OXFORD").cell(300, "REF").right(460, "-21.46")
                .right(540, "1,078.54").next()
                .line(300, "960919-6178/54").gap(4)
                .cell(110, "Closing balance").right(540, "1,078.54").next();

        // when
        Statement s = parse(page);

        // then: no row's text
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("MANDATE 7954967", "CONTACTLESS TESCO STORES OXFORD");
    }

    @Test
    void withoutTextAfterARunOnTextOverTheFirstRowStaysInDoubt() throws Exception {
        // given: each row's reference run on, the next row's text on its amounts' line: nothing shows text above
        PageSketch page = header().gap(4)
                .line(110, "CASHBACK REWARD")
                .cell(40, "01/11/2025").cell(110, "MANDATE 7954967").cell(300, "REF").right(460, "100.00")
                .right(540, "1,100.00").next()
                .line(300, "460722-0948/37").gap(4)
                .cell(40, "02/11/2025").cell(110, "CONTACTLESS TESCO").cell(300, "REF").right(460, "-21.46")
                .right(540, "1,078.54").next()
                .line(300, "960919-6178/54").gap(4)
                .cell(110, "Closing balance").right(540, "1,078.54").next();

        // when
        Statement s = parse(page);

        // then: read as before, a heading over the rows
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("MANDATE 7954967", "CONTACTLESS TESCO");
    }

    @Test
    void aRunOnOpeningAPageEndsThePreviousPagesLastRow() throws Exception {
        // given: probe fz_413_L10 of seed 3607: page 1 ends on a row's amounts' line, its reference's run-on the
        // first line under page 2's repeated header
        PageSketch one = header().gap(4)
                .line(110, "CASHBACK REWARD")
                .cell(40, "01/11/2025").cell(110, "MANDATE 7954967").cell(300, "REF").right(460, "100.00")
                .right(540, "1,100.00").next()
                .line(300, "460722-0948/37").gap(4)
                .line(110, "CONTACTLESS TESCO")
                .cell(40, "02/11/2025").cell(110, "STORES OXFORD").cell(300, "REF").right(460, "-21.46")
                .right(540, "1,078.54").next();
        PageSketch two = new PageSketch(2)
                .line(40, "Booked", 110, "Description", 300, "Reference", 420, "Amount", 500, "Balance")
                .line(300, "960919-6178/54").gap(4)
                .line(110, "DIRECT DEBIT")
                .cell(40, "03/11/2025").cell(110, "WAITROSE").cell(300, "REF").right(460, "-78.54")
                .right(540, "1,000.00").next()
                .line(300, "891836-7180/52").gap(4)
                .cell(110, "Closing balance").right(540, "1,000.00").next();

        // when
        Statement s = parse(one, two);

        // then: page 2 read, its first row's upper line its own
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "CASHBACK REWARD MANDATE 7954967", "CONTACTLESS TESCO STORES OXFORD", "DIRECT DEBIT WAITROSE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
