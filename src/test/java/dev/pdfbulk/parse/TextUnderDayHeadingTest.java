package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows under day headings, every line evenly spaced, set wrapped text above their amounts (a grid aligned to the bottom
 * of its cells): text between a day's heading and its first row can only be that row's, so text equally near two
 * complete rows may as well begin the row below (probe fz_027_L4 of seed 3708: reconciled with a row's first line
 * given to the row above).
 */
class TextUnderDayHeadingTest {

    private static PageSketch row(PageSketch p, String text, String amount, String balance) {
        return p.cell(40, text).right(440, amount).right(545, balance).next();
    }

    // {@code wrapUnderHeading}: the first day's row sets its first line right under the day's heading.
    private static Statement days(boolean wrapUnderHeading) throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 01 Jul 2025 to 31 Jul 2025").gap(20)
                .line(40, "Description", 400, "Amount", 500, "Balance").next();
        row(p, "Opening balance", "", "2,000.00");
        p.line(40, "Thursday 03 Jul 2025");
        if (wrapUnderHeading) {
            p.line(40, "CONTACTLESS SPOTIFY PREMIUM GLASGOW REF");
            row(p, "7267697 INVOICE 8674227", "100.00-", "1,900.00");
        } else {
            row(p, "CONTACTLESS SPOTIFY PREMIUM GLASGOW", "100.00-", "1,900.00");
        }
        p.line(40, "Saturday 05 Jul 2025");
        row(p, "STANDING ORDER SAINSBURYS MANDATE 6042110", "143.99-", "1,756.01");
        p.line(40, "DIRECT DEBIT NETFLIX SUBSCRIPTION NORWICH");
        row(p, "ORDER 998023 AUTH CODE 8844", "253.18-", "1,502.83");
        p.line(40, "Monday 07 Jul 2025");
        row(p, "BILL PAYMENT TESCO STORES LEEDS", "2.83-", "1,500.00");
        return parse(p);
    }

    @Test
    void textEquallyNearTwoRowsWhereADaysFirstRowSetsItsTextAboveItsAmountIsInDoubt() throws Exception {
        Statement s = days(true);
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("DIRECT DEBIT NETFLIX SUBSCRIPTION NORWICH")
                .contains("may begin the row below");
    }

    @Test
    void withNoTextUnderADaysHeadingEvenlySpacedTextStaysWithTheRowAbove() throws Exception {
        // Nothing shows the rows setting text above their amounts: rows wrap below, as most tables do.
        Statement s = days(false);
        assertThat(s.transactions().get(1).description())
                .isEqualTo("STANDING ORDER SAINSBURYS MANDATE 6042110 DIRECT DEBIT NETFLIX SUBSCRIPTION NORWICH");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    // Rows centred on their amounts under day headings, a row's last line at page 1's foot, page 2 opening on a day's
    // heading (probe fz_107_L4 of seed 2816).
    private static Statement centredOverABreak() throws Exception {
        PageSketch one = new PageSketch(1)
                .line(40, "Statement period 01 Aug 2025 to 31 Aug 2025").gap(20)
                .line(40, "Description", 400, "Amount", 500, "Balance").next();
        row(one, "Opening balance", "", "2,000.00");
        one.line(40, "Monday 04 Aug 2025").line(40, "FASTER PAYMENT APPLE SERVICES MANCHESTER");
        row(one, "", "(438.18)", "1,561.82").line(40, "ORDER 9672778");
        // Days parted by a few points, as the probe sets them: the text under a row is nearer it than the heading.
        one.gap(3).line(40, "Thursday 28 Aug 2025").line(40, "CARD PURCHASE COUNCIL TAX CARDIFF REF");
        row(one, "", "(61.82)", "1,500.00").line(40, "2286233");
        PageSketch two = new PageSketch(2).line(40, "Description", 400, "Amount", 500, "Balance").next();
        two.line(40, "Sunday 31 Aug 2025").line(40, "BILL PAYMENT COSTA COFFEE CARDIFF");
        row(two, "", "(400.00)", "1,100.00").line(40, "TERMINAL 1413");
        row(two, "Closing balance", "", "1,100.00");
        return parse(one, two);
    }

    @Test
    void textAtAPagesFootOverANextPageOpeningOnADaysHeadingEndsTheRowAbove() throws Exception {
        // The heading stands over the day's rows: the text at page 1's foot cannot begin page 2's first row.
        Statement s = centredOverABreak();
        assertThat(s.transactions()).extracting(t -> t.description()).containsExactly(
                "FASTER PAYMENT APPLE SERVICES MANCHESTER ORDER 9672778", "CARD PURCHASE COUNCIL TAX CARDIFF REF 2286233",
                "BILL PAYMENT COSTA COFFEE CARDIFF TERMINAL 1413");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
