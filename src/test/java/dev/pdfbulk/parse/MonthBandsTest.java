package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Rows dated "Tue 13" under a band naming their month ("May 2025") take the band's month and year. */
class MonthBandsTest {

    private static PageSketch page(String may, String june, String thirteenth) {
        return new PageSketch(1)
                .line(40, "Statement period 12 May 2025 to 11 June 2025").gap(8)
                .line(40, "Opening balance", 200, "1,000.00").line(40, "Closing balance", 200, "1,160.10").gap(20)
                .line(40, "Date", 100, "Description", 330, "Paid out", 390, "Paid in", 460, "Balance")
                .cell(40, may).next()
                .cell(40, thirteenth).cell(60, "13").cell(100, "TESCO STORES LEEDS").right(350, "45.20").right(490, "954.80")
                .next()
                .cell(40, "Fri").cell(60, "16").cell(100, "CARD GREGGS").right(350, "4.70").right(490, "950.10").next()
                .cell(40, "Wed").cell(60, "28").cell(100, "SALARY NHS LEEDS").right(415, "250.00").right(490, "1,200.10")
                .next()
                .cell(40, june).next()
                .cell(40, "Mon").cell(60, "2").cell(100, "DD YORKSHIRE WATER").right(350, "38.00").right(490, "1,162.10")
                .next()
                .cell(40, "Tue").cell(60, "10").cell(100, "CARD SPOTIFY").right(350, "2.00").right(490, "1,160.10").next();
    }

    @Test
    void aRowTakesItsBandsMonthAndYear() throws Exception {
        Statement s = parse(page("May 2025", "June 2025", "Tue"));
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 5, 13),
                LocalDate.of(2025, 5, 16), LocalDate.of(2025, 5, 28), LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 10));
        assertThat(s.transactions()).extracting(Transaction::description).doesNotContain("May 2025", "June 2025")
                .contains("TESCO STORES LEEDS");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBandWithoutItsYearTakesThePeriods() throws Exception {
        Statement s = parse(page("May", "June", "Tue"));
        assertThat(s.transactions()).extracting(Transaction::date).contains(LocalDate.of(2025, 5, 13),
                LocalDate.of(2025, 6, 10));
    }

    @Test
    void aWeekdayThatIsNotItsDatesLeavesTheRowsUndated() throws Exception {
        // 13 May 2025 was a Tuesday: "Wed 13" proves the reading wrong, so no row is dated from the bands.
        Statement s = parseOrNull(page("May 2025", "June 2025", "Wed"));
        assertThat(s == null || s.transactions().stream().noneMatch(t -> t.date().equals(LocalDate.of(2025, 5, 13))))
                .isTrue();
    }

    private static Statement parseOrNull(PageSketch p) {
        try {
            return parse(p);
        } catch (Exception e) {
            return null;
        }
    }
}
