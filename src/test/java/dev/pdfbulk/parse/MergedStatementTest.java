package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** One account's monthly statements merged into one file read as one statement, each month under its own period. */
class MergedStatementTest {

    // One month's statement on a page of its own: its period, its summary, two rows with dates printing no year.
    private static PageSketch month(int page, String period, String opening, String closing, String[] first,
                                    String[] second) {
        return month(page, "01234567812", period, opening, closing, first, second);
    }

    private static PageSketch month(int page, String account, String period, String opening, String closing,
                                    String[] first, String[] second) {
        return new PageSketch(page)
                .line(300, "Statement Period: " + period)
                .line(300, "Account Number: " + account).gap(20)
                .line(300, "Beginning Balance", 480, opening)
                .line(300, "Ending Balance", 480, closing).gap(20)
                .line(40, "Date", 110, "Description", 380, "Withdrawals", 450, "Deposits", 530, "Balance")
                .cell(40, first[0]).cell(110, first[1]).right(first[2].startsWith("+") ? 480 : 410,
                        first[2].substring(1)).right(560, first[3]).next()
                .cell(40, second[0]).cell(110, second[1]).right(second[2].startsWith("+") ? 480 : 410,
                        second[2].substring(1)).right(560, second[3]).next();
    }

    private static PageSketch january() {
        return month(1, "Jan 1, 2025 to Jan 31, 2025", "$1,000.00", "$1,150.00",
                new String[] {"01/04", "GROCERY", "-50.00", "950.00"},
                new String[] {"01/20", "PAYROLL", "+200.00", "1,150.00"});
    }

    private static PageSketch february(int page, String opening) {
        return month(page, "Feb 1, 2025 to Feb 28, 2025", opening, "$1,100.00",
                new String[] {"02/21", "FUEL", "-70.00", "1,080.00"},
                new String[] {"02/27", "REFUND", "+20.00", "1,100.00"});
    }

    @Test
    void monthsInTurnReadAsOneStatementOverAllTheirPeriods() throws Exception {
        Statement s = parse(january(), february(2, "$1,150.00"));
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 1, 4),
                LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 21), LocalDate.of(2025, 2, 27));
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo(new BigDecimal("1000.00"));
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo(new BigDecimal("1100.00"));
        assertThat(s.sections()).isEmpty();
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aMonthNotOpeningAtTheClosingBeforeIsNotReconciled() throws Exception {
        // Each month adds up on its own, yet the second does not go on from the first: no silent join.
        Statement s = parse(january(), month(2, "Feb 1, 2025 to Feb 28, 2025", "$1,200.00", "$1,150.00",
                new String[] {"02/21", "FUEL", "-70.00", "1,130.00"},
                new String[] {"02/27", "REFUND", "+20.00", "1,150.00"}));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("opening balance");
    }

    @Test
    void monthsOutOfOrderAreNotReconciled() throws Exception {
        Statement s = parse(month(1, "Feb 1, 2025 to Feb 28, 2025", "$1,150.00", "$1,100.00",
                new String[] {"02/21", "FUEL", "-70.00", "1,080.00"},
                new String[] {"02/27", "REFUND", "+20.00", "1,100.00"}),
                month(2, "Jan 1, 2025 to Jan 31, 2025", "$1,100.00", "$1,250.00",
                new String[] {"01/04", "GROCERY", "-50.00", "1,050.00"},
                new String[] {"01/20", "PAYROLL", "+200.00", "1,250.00"}));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("out of order");
    }

    @Test
    void aMissingMonthIsNotReconciled() throws Exception {
        Statement s = parse(january(), month(2, "Mar 1, 2025 to Mar 31, 2025", "$1,150.00", "$1,100.00",
                new String[] {"03/21", "FUEL", "-70.00", "1,080.00"},
                new String[] {"03/27", "REFUND", "+20.00", "1,100.00"}));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("gap");
    }

    @Test
    void onePeriodPrintedOnEveryPageIsOneStatement() throws Exception {
        Statement s = parse(january(), new PageSketch(2)
                .line(300, "Statement Period: Jan 1, 2025 to Jan 31, 2025").gap(20)
                .line(40, "Date", 110, "Description", 380, "Withdrawals", 450, "Deposits", 530, "Balance")
                .cell(40, "01/31").cell(110, "FEE").right(410, "0.00").right(560, "1,150.00").next());
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void monthsOfTwoAccountsAreNoMergedStatement() throws Exception {
        Statement s = parse(january(), month(2, "98765432109", "Feb 1, 2025 to Feb 28, 2025", "$1,150.00",
                "$1,100.00", new String[] {"02/21", "FUEL", "-70.00", "1,080.00"},
                new String[] {"02/27", "REFUND", "+20.00", "1,100.00"}));
        // Read as before: two accounts, each a section of its own, never one account's two months.
        assertThat(s.sections()).hasSize(2);
        assertThat(s.metadata().account()).isNull();
    }
}
