package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice printed across the transaction table between rows, in a cell spanning the columns: a note inside the
 * table when dated rows go on below it, never the table's end nor a row's description.
 */
class TableNoteTest {

    private static final String NOTICE = "Important: the interest rate on this account changed on 1 March 2025."
            + " We wrote to you about this on 14 January 2025 and the new rate applies from that day.";

    private static PageSketch table() {
        PageSketch p = new PageSketch(1);
        p.line(40, "Statement period 1 January 2025 to 30 June 2025").gap(20);
        p.line(40, "Date", 110, "Description", 330, "Money out", 420, "Money in", 510, "Balance");
        row(p, "1 Jan 2025", "Opening balance", null, null, "1,000.00");
        row(p, "9 Jan 2025", "Faster payment in", null, "277.07", "1,277.07");
        p.line(110, "From Mrs E Ross");
        row(p, "8 Feb 2025", "Withdrawal to nominated account", "277.07", null, "1,000.00");
        return p;
    }

    private static void row(PageSketch p, String date, String text, String out, String in, String balance) {
        p.cell(40, date).cell(110, text);
        if (out != null) {
            p.right(375, out);
        }
        if (in != null) {
            p.right(460, in);
        }
        p.right(555, balance).next();
    }

    @Test
    void aNoticeAcrossTheColumnsWithRowsBelowItIsANoteInsideTheTable() throws Exception {
        PageSketch p = table();
        p.line(40, NOTICE);
        row(p, "10 Apr 2025", "Transfer in from current account", null, "250.00", "1,250.00");
        p.line(110, "Ref SAVINGS");
        row(p, "21 Apr 2025", "Withdrawal to nominated account", "50.00", null, "1,200.00");
        row(p, "30 Jun 2025", "Closing balance", null, null, "1,200.00");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Faster payment in From Mrs E Ross", "Withdrawal to nominated account",
                "Transfer in from current account Ref SAVINGS", "Withdrawal to nominated account");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aNoticeWithNoRowsBelowItStillEndsTheTable() throws Exception {
        PageSketch p = table();
        p.line(40, NOTICE);
        p.line(40, "Withdrawals allowed", 480, "Unlimited, no notice needed");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Faster payment in From Mrs E Ross", "Withdrawal to nominated account");
    }
}
