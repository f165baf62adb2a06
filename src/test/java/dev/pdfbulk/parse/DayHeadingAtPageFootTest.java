package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day's heading set over a total or forward row (a page's foot: "Tuesday, 6 May 2025" then "Page total", its rows
 * after the break; Monzo-like rows with no date of their own): the heading dates the undated rows after that row,
 * never the day above it. A heading with its rows right under it dates them as before.
 */
class DayHeadingAtPageFootTest {

    private static Statement statement(String between) throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Personal Account statement 01/05/2025 - 31/05/2025").gap(10)
                .line(320, "Balance at start", 500, "1,000.00")
                .line(320, "Balance at end", 500, "900.00").gap(20)
                .line(40, "Description", 270, "Amount", 350, "Balance")
                .line(40, "Monday, 5 May 2025")
                .cell(40, "Pret A Manger").right(300, "-12.00").right(380, "988.00").next()
                .cell(40, "Amazon").right(300, "-13.40").right(380, "974.60").next()
                .line(40, "Tuesday, 6 May 2025");
        if (between != null) {
            p.cell(40, between).right(300, "-25.40").next();
        }
        return parse(p.cell(40, "Transport for London").right(300, "-8.49").right(380, "966.11").next()
                .cell(40, "Deliveroo").right(300, "-16.11").right(380, "950.00").next()
                .line(40, "Wednesday, 7 May 2025")
                .cell(40, "Tesco").right(300, "-50.00").right(380, "900.00").next());
    }

    @Test
    void theHeadingOverAPageTotalDatesTheRowsAfterIt() throws Exception {
        assertThat(statement("Page total").transactions()).extracting(Transaction::date).containsExactly(
                LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 6),
                LocalDate.of(2025, 5, 7));
    }

    @Test
    void theHeadingRightOverItsRowsDatesThem() throws Exception {
        assertThat(statement(null).transactions()).extracting(Transaction::date).containsExactly(
                LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 6),
                LocalDate.of(2025, 5, 7));
    }
}
