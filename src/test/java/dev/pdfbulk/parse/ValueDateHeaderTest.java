package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "Value" alone as the header of a value-date column, between the date and the description. */
class ValueDateHeaderTest {

    @Test
    void aValueColumnBesideDebitAndCreditColumnsHoldsValueDates() throws Exception {
        // Read as the amount, "Value" left debit, credit and balance columns with two amounts too many: no table.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/05/2025 - 31/05/2025")
                .line(40, "Opening balance 1.000,00").line(40, "Closing balance 1.040,00").gap(20)
                .line(40, "Date", 100, "Value", 160, "Description", 420, "Debit", 480, "Credit", 540, "Balance")
                .cell(40, "02/05").cell(100, "02/05").cell(160, "SUPERMARKET").right(460, "10,00")
                        .right(580, "990,00").next()
                .cell(40, "03/05").cell(100, "04/05").cell(160, "SALARY").right(520, "50,00")
                        .right(580, "1.040,00").next());
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 3));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("SUPERMARKET", "SALARY");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-10.00"), new BigDecimal("50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
