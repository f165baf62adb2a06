package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The time a row was made, printed alone under its date on the row's second line (Sberbank's "03.06.2024" over "22:04"). */
class TimeUnderDateTest {

    @Test
    void aTimeUnderTheDateIsNoTextAndNoEndOfTheTable() throws Exception {
        // Under the date column yet no date, the time made its line none of the table's: the table ended after a row.
        Statement s = parse(new PageSketch(1)
                .line(40, "Date", 130, "Description", 420, "Amount", 520, "Balance")
                .cell(40, "03.06.2024").cell(130, "Restaurants").right(450, "2 048,68").right(555, "46 166,65").next()
                .cell(40, "22:04").cell(130, "KOFEMANIYA Moscow RUS").next()
                .cell(40, "04.06.2024").cell(130, "Cash").right(450, "1 328,95").right(555, "44 837,70").next()
                .cell(40, "14:11").cell(130, "ATM 60012345 Moscow RUS").next()
                .cell(40, "05.06.2024").cell(130, "Transfer").right(450, "+5 000,00").right(555, "49 837,70").next()
                .cell(40, "9:05").cell(130, "from A. Olga").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Restaurants KOFEMANIYA Moscow RUS", "Cash ATM 60012345 Moscow RUS", "Transfer from A. Olga");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-2048.68"),
                new BigDecimal("-1328.95"), new BigDecimal("5000.00"));
    }
}
