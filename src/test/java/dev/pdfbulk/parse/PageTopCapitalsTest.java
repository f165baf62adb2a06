package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short line of capitals alone under a page's repeated header, set a row's pitch above the page's first row: where
 * the table's rows wrap below their first line it is the previous page's last row's rest, not a heading.
 */
class PageTopCapitalsTest {

    private static PageSketch header(int page) {
        return new PageSketch(page).line(40, "Statement period 01 Jun 2025 to 30 Jun 2025").gap(20)
                .line(40, "Date", 110, "Details", 380, "Paid out", 450, "Paid in", 530, "Balance");
    }

    // Rows 16 pt apart, a row's wrapped lines 12: the table wraps below the date and amount line.
    private static PageSketch pageOne() {
        return header(1)
                .cell(110, "Opening balance").right(570, "1,000.00").next().gap(4)
                .cell(40, "02 Jun 2025").cell(110, "ACH DEBIT CON EDISON").right(420, "100.00").right(570, "900.00")
                .next()
                .line(110, "UTILITY REF 364026").gap(4)
                .cell(40, "03 Jun 2025").cell(110, "MONTHLY SERVICE FEE").right(420, "10.00").right(570, "890.00").next()
                .gap(4)
                .cell(40, "05 Jun 2025").cell(110, "INSURANCE PREMIUM").right(420, "200.00").right(570, "690.00").next();
    }

    private static PageSketch pageTwo(String top) {
        return header(2)
                .line(110, top).gap(4)
                .cell(40, "16 Jun 2025").cell(110, "PAYROLL DEPOSIT").right(490, "500.00").right(570, "1,190.00").next()
                .gap(4)
                .cell(110, "Closing balance").right(570, "1,190.00").next();
    }

    @Test
    void capitalsUnderTheRepeatedHeaderEndThePreviousPagesLastRow() throws Exception {
        Statement s = parse(pageOne(), pageTwo("GEICO AUTO"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "ACH DEBIT CON EDISON UTILITY REF 364026", "MONTHLY SERVICE FEE", "INSURANCE PREMIUM GEICO AUTO",
                "PAYROLL DEPOSIT");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSectionsNameUnderTheRepeatedHeaderStaysAHeading() throws Exception {
        Statement s = parse(pageOne(), pageTwo("DEPOSITS AND CREDITS"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "ACH DEBIT CON EDISON UTILITY REF 364026", "MONTHLY SERVICE FEE", "INSURANCE PREMIUM",
                "PAYROLL DEPOSIT");
    }

    @Test
    void whereNoRowWrapsCapitalsUnderTheRepeatedHeaderStayAHeading() throws Exception {
        // Nothing shows the rows wrap below their date: the line names the rows below, as before.
        PageSketch one = header(1)
                .cell(110, "Opening balance").right(570, "1,000.00").next().gap(4)
                .cell(40, "02 Jun 2025").cell(110, "ACH DEBIT CON EDISON").right(420, "100.00").right(570, "900.00")
                .next().gap(4)
                .cell(40, "03 Jun 2025").cell(110, "MONTHLY SERVICE FEE").right(420, "10.00").right(570, "890.00").next()
                .gap(4)
                .cell(40, "05 Jun 2025").cell(110, "INSURANCE PREMIUM").right(420, "200.00").right(570, "690.00").next();
        Statement s = parse(one, pageTwo("JOHN SMITH"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "ACH DEBIT CON EDISON", "MONTHLY SERVICE FEE", "INSURANCE PREMIUM", "PAYROLL DEPOSIT");
    }
}
