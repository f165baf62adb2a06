package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A US card prints its cycle as "Open Date: 12/13/24 - Close Date: 01/12/25": each end labelled, no range word
 * between the dates, yet the period, which gives rows printed "12/22" and "01/05" their years.
 */
class OpenCloseDatesTest {

    @Test
    void openAndCloseDatesOnOneLineAreThePeriod() throws Exception {
        Statement s = parse(new PageSketch(1).line(300, "Account ending in 6011")
                .line(300, "Open Date: 12/13/24 - Close Date: 01/12/25")
                .line(40, "Payment Due Date", 300, "February 6, 2025")
                .line(40, "Previous Balance", 300, "$100.00")
                .line(40, "New Balance", 300, "$57.84").gap(20)
                .line(40, "Trans. date", 100, "Post date", 160, "Description", 450, "Amount")
                .cell(40, "12/20").cell(100, "12/21").cell(160, "INTERNET PAYMENT - THANK YOU").right(480, "-$100.00").next()
                .cell(40, "12/24").cell(100, "12/25").cell(160, "KROGER #0417 COLUMBUS OH").right(480, "$11.32").next()
                .cell(40, "01/05").cell(100, "01/06").cell(160, "TARGET 00012345 COLUMBUS OH").right(480, "$46.52").next());
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2024, 12, 20),
                LocalDate.of(2024, 12, 24), LocalDate.of(2025, 1, 5));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
