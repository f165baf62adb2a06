package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Dates with a dot after each number: "3. 5. 2025" (day first, spaced) and "2025.05.03." (year first). */
class DottedDatesTest {

    @Test
    void spacedDayFirstDatesAreReadInTheDateColumnAndThePeriod() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period 1. 5. 2025 – 31. 5. 2025").gap(20)
                .line(40, "Date", 140, "Description", 420, "Amount", 515, "Balance")
                .cell(40, "1. 5. 2025").cell(140, "OPENING BALANCE").right(560, "1 000,00").next()
                .cell(40, "3. 5. 2025").cell(140, "MARKET").right(460, "-234,56").right(560, "765,44").next()
                .cell(40, "13. 5. 2025").cell(140, "SALARY").right(460, "2 000,00").right(560, "2 765,44").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 13));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 5, 31));
    }

    @Test
    void yearFirstDatesEndingInADotAreRead() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period 2025.05.01. – 2025.05.31.").gap(20)
                .line(40, "Date", 140, "Description", 420, "Amount", 515, "Balance")
                .cell(40, "2025.05.01.").cell(140, "OPENING BALANCE").right(560, "1 000,00").next()
                .cell(40, "2025.05.03.").cell(140, "MARKET").right(460, "-234,56").right(560, "765,44").next()
                .cell(40, "2025. 05. 13.").cell(140, "SALARY").right(460, "2 000,00").right(560, "2 765,44").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 13));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 5, 31));
    }
}
