package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A period whose first day carries its ordinal suffix: French "1er mars 2025", English "1st March 2025". */
class OrdinalDayPeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Période du 1er mars 2025 au 31 mars 2025 | 2025-03-01 | 2025-03-31",
        "Statement period 1st March 2025 to 31st March 2025 | 2025-03-01 | 2025-03-31",
        "Statement period 2nd March 2025 to 23rd March 2025 | 2025-03-02 | 2025-03-23"})
    void theOrdinalDayStartsThePeriod(String period, LocalDate start, LocalDate end) throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, period).gap(20)
                .line(40, "Date", 110, "Description", 410, "Withdrawals", 480, "Deposits", 540, "Balance")
                .cell(40, "02 Mar").cell(110, "Opening balance").right(580, "1,000.00").next()
                .cell(40, "03 Mar").cell(110, "GROCERY STORE").right(460, "25.40").right(580, "974.60").next());
        assertThat(s.metadata().periodStart()).isEqualTo(start);
        assertThat(s.metadata().periodEnd()).isEqualTo(end);
    }
}
