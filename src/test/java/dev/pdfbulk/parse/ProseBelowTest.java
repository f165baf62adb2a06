package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paragraph printed under the table, set clearly further below the last row than the table's lines are apart and
 * running across the money columns, ends the table: it is no more of the last row's description.
 */
class ProseBelowTest {

    private static final String LEGEND = "ACCOUNT ISSUE: Please notify us of any errors or omissions within 60 days";

    private static PageSketch table() {
        PageSketch p = new PageSketch(1);
        p.line(40, "Statement period 1 May 2025 to 31 May 2025").gap(20);
        p.line(40, "Date", 110, "Description", 330, "Money out", 420, "Money in", 510, "Balance");
        row(p, "1 May 2025", "Opening balance", null, null, "1,000.00");
        row(p, "2 May 2025", "Payroll ACME Corp", null, "2,000.00", "3,000.00");
        row(p, "9 May 2025", "Rent May", "1,200.00", null, "1,800.00");
        row(p, "20 May 2025", "Grocer", "55.34", null, "1,744.66");
        row(p, "30 May 2025", "Overdraft interest", "3.12", null, "1,741.54");
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
    void aLegendWellBelowTheLastRowIsNoPartOfItsDescription() throws Exception {
        // 24 pt below a table of lines 12 pt apart: twice its pitch, yet short of the gap that ends a table by itself.
        PageSketch p = table().gap(12);
        p.line(110, LEGEND + " of the statement date.");
        p.line(110, "OD OVERDRAWN BALANCE");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).last().isEqualTo("Overdraft interest");
    }

    @Test
    void aDisclaimerOfSeveralLinesWellBelowTheLastRowIsNoPartOfItsDescription() throws Exception {
        PageSketch p = table().gap(12);
        p.line(110, "Disclaimer: This statement is produced for your personal use and is not valid for other use.");
        p.gap(-3).line(110, "For enquiries call 100 or visit any branch.");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).last().isEqualTo("Overdraft interest");
    }

    @Test
    void aLongWrappedLineSetAsNearAsTheRowsAreStaysTheRowsDescription() throws Exception {
        PageSketch p = table();
        p.line(110, LEGEND);
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).last()
                .isEqualTo("Overdraft interest " + LEGEND);
    }

    // M-Pesa: Receipt No. | Completion Time | Details | Transaction Status | Paid In | Withdrawn | Balance; the
    // disclaimer runs from the receipt column across the details and the status, short of the money columns.
    private static PageSketch statusTable() {
        PageSketch p = new PageSketch(1);
        p.line(20, "Statement Period: 01 Jun 2024 - 30 Jun 2024").gap(20);
        p.cell(20, "Receipt No.").cell(90, "Completion Time").cell(190, "Details").cell(330, "Status")
                .right(450, "Paid In").right(505, "Withdrawn").right(570, "Balance").next();
        String[][] rows = {{"SF52XK9ABC", "2024-06-05", "Merchant Payment to 5123 - NAIVAS", null, "-120.00", "1,380.00"},
            {"SF52XK9ABD", "2024-06-04", "Funds received from - JOHN KAMAU", "500.00", null, "1,500.00"},
            {"SF52XK9ABE", "2024-06-03", "Pay Bill to 888880 - KPLC PREPAID", null, "-200.00", "1,000.00"},
            {"SF52XK9ABF", "2024-06-02", "Customer Transfer to - MARY", null, "-300.00", "1,200.00"}};
        for (String[] r : rows) {
            p.cell(20, r[0]).cell(90, r[1]).cell(190, r[2]).cell(330, "Completed");
            if (r[3] != null) {
                p.right(450, r[3]);
            }
            if (r[4] != null) {
                p.right(505, r[4]);
            }
            p.right(570, r[5]).next();
        }
        return p;
    }

    @Test
    void aDisclaimerAcrossTheStatusColumnShortOfTheMoneyIsNoPartOfTheLastRow() throws Exception {
        PageSketch p = statusTable().gap(12);
        p.line(20, "Disclaimer: This record is produced for your information only, accept");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).last()
                .isEqualTo("Customer Transfer to - MARY");
    }

    @Test
    void aLineInTheDetailsColumnBelowStaysTheRowsDescription() throws Exception {
        PageSketch p = statusTable();
        p.line(190, "2547******410 PETER");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).last()
                .isEqualTo("Customer Transfer to - MARY 2547******410 PETER");
    }
}
