package dev.pdfbulk.parse;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statements without a date column that print each row's date as the first word(s) of its description cell
 * ("03/03 CARD PAYMENT TO TESCO"): the leading date is the row's, and only a leading one.
 */
class DatedTextRowsTest {

    private static PageSketch header(PageSketch p) {
        return columns(p.line(40, "Statement period 01/03/2025 to 31/03/2025").gap(20));
    }

    private static PageSketch columns(PageSketch p) {
        return p.line(40, "Transaction details", 370, "Paid out", 440, "Paid in", 515, "Balance");
    }

    private static PageSketch row(PageSketch p, String text, String out, String in, String balance) {
        p.cell(40, text);
        if (out != null) {
            p.right(415, out);
        }
        if (in != null) {
            p.right(480, in);
        }
        return p.right(555, balance).next();
    }

    @Test
    void theLeadingDateOfTheTextIsTheRowsDate() throws Exception {
        PageSketch p = header(new PageSketch(1));
        row(p, "Balance brought forward", null, null, "1,000.00");
        row(p, "03/03 CARD PAYMENT TO", "10.00", null, "990.00");
        p.line(40, "TESCO STORES 2291");
        row(p, "05/03 CARD PAYMENT ON 03 AUG", "20.00", null, "970.00");
        // No date of its own: the row shares the one above.
        row(p, "TRANSFER TO SAVINGS", "50.00", null, "920.00");
        row(p, "14/03 SALARY ACME LTD", null, "1,000.00", "1,920.00");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "CARD PAYMENT TO TESCO STORES 2291", "CARD PAYMENT ON 03 AUG", "TRANSFER TO SAVINGS",
                "SALARY ACME LTD");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 14));
        assertThat(s.transactions().get(3).amount()).isEqualByComparingTo("1000.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
    }

    @Test
    void monthNamesAndIsoDatesLeadTheTextToo() throws Exception {
        PageSketch p = header(new PageSketch(1));
        row(p, "12 Mar DIRECT DEBIT", "10.00", null, "990.00");
        p.line(40, "COUNCIL TAX");
        row(p, "2025-03-14 SALARY", null, "100.00", "1,090.00");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("DIRECT DEBIT COUNCIL TAX", "SALARY");
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 14));
    }

    @Test
    void aMonthWordThatIsAlsoAWordLeadsTheTextOnlyWithItsYear() throws Exception {
        // "OUT" is Portuguese October and "SET" September, but "03 OUT OF HOURS" is no date: it shares the one above.
        PageSketch p = header(new PageSketch(1));
        row(p, "12 Mar DIRECT DEBIT", "10.00", null, "990.00");
        row(p, "03 OUT OF HOURS SERVICE", "5.00", null, "985.00");
        row(p, "15 SET UP FEE", "5.00", null, "980.00");
        row(p, "20 mar 2025 CARD PAYMENT", "5.00", null, "975.00");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("DIRECT DEBIT", "03 OUT OF HOURS SERVICE", "15 SET UP FEE", "CARD PAYMENT");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 3, 12),
                LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 20));
    }

    @Test
    void theDayAndMonthOrderIsTheStatementsAsWithADateColumn() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period March 1, 2025 to March 31, 2025").gap(20)
                .line(40, "Description", 370, "Withdrawals", 440, "Deposits", 515, "Balance");
        row(p, "03/04 COFFEE SHOP", "5.00", null, "95.00");
        row(p, "03/21 PAYROLL", null, "50.00", "145.00");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 21));
    }

    @Test
    void aDateInAColumnOfItsOwnUnderNoHeaderLeadsTheRowToo() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/03/2025 to 31/03/2025").gap(20)
                .line(140, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance");
        p.cell(40, "03/03/2025").cell(140, "RENT").right(415, "500.00").right(555, "500.00").next();
        p.cell(40, "04/03/2025").cell(140, "COFFEE").right(415, "2.50").right(555, "497.50").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("RENT", "COFFEE");
        assertThat(s.transactions().get(1).date()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void aMarkBetweenALeadingDateAndTheTextGoesWithTheDate() throws Exception {
        // "·" or "-" only parts the date from the text, in its cell or in a cell of its own.
        PageSketch p = header(new PageSketch(1));
        row(p, "02/03 - CARD PAYMENT", "10.00", null, "990.00");
        p.cell(40, "04/03").cell(75, "·").cell(90, "BOOTS").right(415, "20.00").right(555, "970.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("CARD PAYMENT", "BOOTS");
    }

    @Test
    void aHeaderWithoutADateColumnIsOneOnlyOverRowsThatBeginWithADate() {
        PageSketch undated = columns(new PageSketch(1));
        row(undated, "CARD PAYMENT ON 03 AUG", "10.00", null, "990.00");
        row(undated, "SALARY ACME LTD", null, "1,000.00", "1,990.00");
        PageSketch alone = columns(new PageSketch(1))
                .gap(60).line(40, "Registered in England. Authorised by the Prudential Regulation Authority etc etc");
        PageSketch dated = columns(new PageSketch(1));
        row(dated, "03/03 CARD PAYMENT", "10.00", null, "990.00");
        assertThat(HeaderDetector.detect(Line.of(undated.page()), 0)).isEmpty();
        assertThat(HeaderDetector.detect(Line.of(alone.page()), 0)).isEmpty();
        assertThat(HeaderDetector.detect(Line.of(dated.page()), 0)).isPresent();
    }

    @Test
    void rowsOnlyNowAndThenBeginningWithADateMakeNoTable() {
        PageSketch p = header(new PageSketch(1));
        row(p, "CARD PAYMENT TESCO", "10.00", null, "990.00");
        row(p, "TRANSFER TO SAVINGS", "50.00", null, "940.00");
        row(p, "12/03 ORDER REF 4471", "5.00", null, "935.00");
        row(p, "SALARY ACME LTD", null, "1,000.00", "1,935.00");
        assertThatThrownBy(() -> parse(p)).isInstanceOf(StatementException.class)
                .satisfies(e -> assertThat(((StatementException) e).reason()).isEqualTo(FailureReason.NO_TRANSACTIONS));
    }
}
