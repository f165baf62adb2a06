package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A US card's "Interest Charged" block under its transactions, its lines undated: the cycle's interest is charged
 * on the period's last day, and counts when, and only when, with it the balance agrees.
 */
class UndatedChargesTest {

    private static PageSketch card(String period, String newBalance, String interest, String interestTotal) {
        PageSketch p = new PageSketch(1).line(40, "Quicksilver Card | Visa Signature ending in 4821");
        if (period != null) {
            p.line(40, period);
        }
        return p.line(300, "Previous Balance", 480, "$100.00")
                .line(300, "New Balance", 480, newBalance).gap(20)
                .line(40, "Trans Date", 100, "Post Date", 160, "Description", 450, "Amount")
                .line(40, "JOHN Q PUBLIC #4821: Payments, Credits and Adjustments")
                .cell(40, "Jul 20").cell(100, "Jul 21").cell(160, "CAPITAL ONE MOBILE PYMT").right(480, "- $100.00").next()
                .line(40, "JOHN Q PUBLIC #4821: Transactions")
                .cell(40, "Jul 24").cell(100, "Jul 25").cell(160, "UBER *TRIP").right(480, "$111.32").next()
                .cell(40, "Aug 5").cell(100, "Aug 6").cell(160, "TRADER JOE S #412").right(480, "$46.52").next()
                .cell(160, "Total Transactions for This Period").right(480, "$157.84").next()
                .gap(10).line(40, "Interest Charged")
                .cell(160, "Interest Charge on Purchases").right(480, interest).next()
                .cell(160, "Interest Charge on Cash Advances").right(480, "$0.00").next()
                .cell(160, "Total Interest for This Period").right(480, interestTotal).next();
    }

    @Test
    void anUndatedInterestChargeIsDatedTheClosingDayWhenItMakesTheBalanceAgree() throws Exception {
        Statement s = parse(card("Jul 12, 2025 - Aug 11, 2025", "$175.68", "$17.84", "$17.84"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("CAPITAL ONE MOBILE PYMT",
                "UBER *TRIP", "TRADER JOE S #412", "Interest Charge on Purchases");
        Transaction interest = s.transactions().get(3);
        assertThat(interest.amount()).isEqualByComparingTo("-17.84");
        assertThat(interest.date()).isEqualTo(LocalDate.of(2025, 8, 11));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void interestThatDoesNotMakeTheBalanceAgreeIsLeftOut() throws Exception {
        Statement s = parse(card("Jul 12, 2025 - Aug 11, 2025", "$175.00", "$17.84", "$17.84"));
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void withoutAClosingDatePrintedTheChargeHasNoDateAndIsLeftOut() throws Exception {
        Statement s = parse(card(null, "$175.68", "$17.84", "$17.84"));
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aBlockWhoseTotalIsNotTheSumOfItsLinesIsNoBlockOfCharges() throws Exception {
        Statement s = parse(card("Jul 12, 2025 - Aug 11, 2025", "$175.68", "$17.84", "$18.84"));
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aBlockOfNothingButZeroesAddsNothing() throws Exception {
        Statement s = parse(card("Jul 12, 2025 - Aug 11, 2025", "$157.84", "$0.00", "$0.00"));
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
