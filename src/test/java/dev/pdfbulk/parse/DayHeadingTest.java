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
 * Statements grouped by day: a line holding only a date ("Thursday, 1 May 2025", "05 May 2025") over the day's
 * rows, which print no date of their own. The heading dates them and is no row nor description.
 */
class DayHeadingTest {

    private static PageSketch top(String dateHeader) {
        PageSketch p = new PageSketch(1);
        p.line(40, "Statement period 1 May 2025 to 31 May 2025").gap(10);
        p.line(40, "Opening balance", 200, "$1,000.00").gap(20);
        if (dateHeader != null) {
            return p.line(40, dateHeader, 90, "TRANSACTION", 400, "AMOUNT", 500, "BALANCE").gap(6);
        }
        return p.line(60, "TRANSACTION", 400, "AMOUNT", 500, "BALANCE").gap(6);
    }

    private static void row(PageSketch p, float textX, String text, String amount, String balance) {
        p.cell(textX, text).right(440, amount).right(545, balance).next();
    }

    private static Statement grouped(String dateHeader, String day1, String day2) throws StatementException {
        float textX = dateHeader == null ? 60 : 90;
        PageSketch p = top(dateHeader);
        p.line(40, day1);
        row(p, textX, "Osko payment from A Kowalski", "+$326.50", "$1,326.50");
        row(p, textX, "Guzman Y Gomez Carlton", "-$13.15", "$1,313.35");
        p.gap(8).line(40, day2);
        row(p, textX, "Chemist Warehouse Northcote", "-$143.07", "$1,170.28");
        row(p, textX, "Spotify P2B91C", "-$20.28", "$1,150.00");
        row(p, textX, "Aldi Preston", "-$50.00", "$1,100.00");
        return parse(p);
    }

    private static void assertDays(Statement s) {
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Osko payment from A Kowalski", "Guzman Y Gomez Carlton", "Chemist Warehouse Northcote",
                "Spotify P2B91C", "Aldi Preston");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aWeekdayAndDateAloneOnItsLineDatesTheRowsUnderIt() throws Exception {
        assertDays(grouped(null, "Thursday, 1 May 2025", "Friday, 2 May 2025"));
    }

    @Test
    void aDateAloneOnItsLineDatesTheRowsUnderIt() throws Exception {
        assertDays(grouped(null, "01 May 2025", "02 May 2025"));
    }

    @Test
    void aWeekdayHeadingUnderADateColumnDatesTheRowsToo() throws Exception {
        assertDays(grouped("DATE", "Thursday, 1 May 2025", "Friday, 2 May 2025"));
    }

    @Test
    void rowsWithNoDateAtAllAreStillNoTable() {
        PageSketch p = top(null);
        row(p, 60, "Osko payment from A Kowalski", "+$326.50", "$1,326.50");
        row(p, 60, "Guzman Y Gomez Carlton", "-$13.15", "$1,313.35");
        p.line(40, "Thursday");
        row(p, 60, "Spotify P2B91C", "-$13.35", "$1,300.00");
        assertThatThrownBy(() -> parse(p)).isInstanceOf(StatementException.class)
                .satisfies(e -> assertThat(((StatementException) e).reason()).isEqualTo(FailureReason.NO_TRANSACTIONS));
    }
}
