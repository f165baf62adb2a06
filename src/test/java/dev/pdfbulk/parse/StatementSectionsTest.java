package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checking statement printed as one table per kind of transaction (deposits, checks paid, withdrawals, fees),
 * each under its own title and column header, with unsigned amounts, totals and a grid of daily balances.
 */
class StatementSectionsTest {

    private static PageSketch summary(String ending) {
        return new PageSketch(1)
                .line(40, "Statement period 05/01/2025 through 05/31/2025")
                .line(40, "CHECKING SUMMARY").line(300, "INSTANCES", 450, "AMOUNT")
                .line(40, "Beginning Balance", 450, "$1,000.00")
                .line(40, "Ending Balance", 320, "5", 450, ending).gap(20);
    }

    private static PageSketch section(PageSketch p, String title) {
        // The title stands a little apart from the header, as a bold title does.
        return p.line(40, title).gap(4).line(40, "DATE", 100, "DESCRIPTION", 470, "AMOUNT");
    }

    @Test
    void aSectionTitleOverItsOwnHeaderSignsTheRowsUnderIt() throws Exception {
        // given: deposits, then withdrawals, each under its own header; the last deposit is right above the next title
        PageSketch p = section(summary("$1,100.00"), "DEPOSITS AND ADDITIONS")
                .cell(40, "05/02").cell(100, "PAYROLL ACME").right(500, "$300.00").next()
                .cell(40, "05/16").cell(100, "PAYROLL ACME").right(500, "300.00").next()
                .line(40, "Total Deposits and Additions", 455, "$600.00").gap(14);
        section(p, "ELECTRONIC WITHDRAWALS")
                .cell(40, "05/05").cell(100, "CITY POWER EBILL").right(500, "$120.00").next()
                .cell(40, "05/20").cell(100, "MORTGAGE PAYMENT").right(500, "380.00").next()
                .line(40, "Total Electronic Withdrawals", 455, "$500.00");

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("300.00"),
                new BigDecimal("300.00"), new BigDecimal("-120.00"), new BigDecimal("-380.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSectionTitleRepeatedAsContinuedOnTheNextPageStillSignsItsRows() throws Exception {
        // given: the withdrawals run on to page 2 under "(continued)" and the header again
        PageSketch p1 = section(summary("$1,050.00"), "DEPOSITS")
                .cell(40, "05/02").cell(100, "PAYROLL ACME").right(500, "300.00").next().gap(14);
        section(p1, "ATM & DEBIT CARD WITHDRAWALS")
                .cell(40, "05/03").cell(100, "CARD PURCHASE GROCER").right(500, "100.00").next();
        PageSketch p2 = section(new PageSketch(2), "ATM & DEBIT CARD WITHDRAWALS (continued)")
                .cell(40, "05/25").cell(100, "CARD PURCHASE FUEL").right(500, "150.00").next();

        // when
        Statement s = parse(p1, p2);

        // then
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("300.00"),
                new BigDecimal("-100.00"), new BigDecimal("-150.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void rowsAboveTheFirstHeaderOfAPageGoOnWithThePreviousPagesTable() throws Exception {
        // given: the withdrawals run on to page 2 with no header of their own, then the fees under theirs
        PageSketch p1 = section(summary("$1,025.00"), "DEPOSITS")
                .cell(40, "05/02").cell(100, "PAYROLL ACME").right(500, "300.00").next().gap(14);
        section(p1, "ATM & DEBIT CARD WITHDRAWALS")
                .cell(40, "05/03").cell(100, "CARD PURCHASE GROCER").right(500, "100.00").next();
        PageSketch p2 = new PageSketch(2).line(40, "Detail Continued").gap(10)
                .cell(40, "05/25").cell(100, "CARD PURCHASE FUEL").right(500, "150.00").next()
                .line(100, "Total ATM & Debit Card Withdrawals", 455, "250.00").gap(14);
        section(p2, "FEES").cell(40, "05/31").cell(100, "SERVICE FEE").right(500, "25.00").next();

        // when
        Statement s = parse(p1, p2);

        // then
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("300.00"),
                new BigDecimal("-100.00"), new BigDecimal("-150.00"), new BigDecimal("-25.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void checksPrintedSeveralToALineAreOneRowEachNamedByTheirNumber() throws Exception {
        // given: three checks on two lines of two CHECK NO. / DATE PAID / AMOUNT groups, one marked for a footnote
        PageSketch p = section(summary("$1,115.00"), "DEPOSITS")
                .cell(40, "05/02").cell(100, "PAYROLL ACME").right(500, "200.00").next().gap(14)
                .line(40, "CHECKS PAID").gap(4)
                .line(40, "CHECK NO.", 100, "DATE PAID", 170, "AMOUNT", 230, "CHECK NO.", 290, "DATE PAID",
                        360, "AMOUNT")
                .cell(40, "101").cell(100, "05/09").right(200, "$50.00")
                .cell(230, "102 *").cell(290, "05/03").right(390, "$25.00").next()
                .cell(40, "104").cell(100, "05/12").right(200, "$10.00").next()
                .line(40, "* Checks missing from the sequence have not cleared or were on an earlier statement.")
                .line(40, "Total Checks Paid", 455, "$85.00");

        // when
        Statement s = parse(p);

        // then: left to right, then top to bottom, as printed
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAYROLL ACME", "101", "102", "104");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("200.00"),
                new BigDecimal("-50.00"), new BigDecimal("-25.00"), new BigDecimal("-10.00"));
        assertThat(s.transactions().get(2).date()).hasToString("2025-05-03");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aGridOfDailyBalancesIsNoTransactionsAndNoClosingBalance() throws Exception {
        // given: after the sections, the balance at the end of each day, two date/amount pairs across
        PageSketch p = section(summary("$1,150.00"), "DEPOSITS")
                .cell(40, "05/02").cell(100, "PAYROLL ACME").right(500, "200.00").next().gap(14);
        section(p, "FEES")
                .cell(40, "05/30").cell(100, "MONTHLY SERVICE FEE").right(500, "50.00").next()
                .line(40, "Total Fees", 455, "$50.00").gap(14)
                .line(40, "DAILY ENDING BALANCE").gap(4)
                .line(40, "DATE", 120, "AMOUNT", 175, "DATE", 255, "AMOUNT")
                .cell(40, "05/02").right(150, "$1,200.00").cell(175, "05/30").right(285, "$1,150.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAYROLL ACME", "MONTHLY SERVICE FEE");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("200.00"), new BigDecimal("-50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void cellsOfASummaryGridSetApartAboveTheHeaderAreNoTitle() throws Exception {
        // given: the last line of a summary grid right above the header, its cells far apart
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 05/01/2025 through 05/31/2025")
                .line(40, "Beginning Balance", 450, "$1,000.00")
                .line(40, "Ending Balance", 450, "$1,050.00").gap(20)
                .line(40, "Total deposits", 300, "Average balance").gap(4)
                .line(40, "DATE", 100, "DESCRIPTION", 470, "AMOUNT")
                .cell(40, "05/02").cell(100, "PAYROLL ACME").right(500, "+100.00").next()
                .cell(40, "05/03").cell(100, "GROCER").right(500, "50.00").next();

        // when
        Statement s = parse(p);

        // then: the rows are the statement's, signed by their own marks, not by "deposits"
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("-50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
