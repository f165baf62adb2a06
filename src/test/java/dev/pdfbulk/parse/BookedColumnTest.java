package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "Booked" heads the day the bank booked the row, a value date beside it ("Booked | Value | Description"). */
class BookedColumnTest {

    @Test
    void theBookedDateIsTheRowsDate() throws Exception {
        // Probes L10: "Value" was taken for the row's date column and "Booked" for none; the two dates set tight, every
        // row was left unread.
        PageSketch page = new PageSketch(1).line(40, "Statement period 01/03/2025 to 31/03/2025").gap(20)
                .line(40, "Booked", 92, "Value", 145, "Description", 400, "Amount", 480, "Balance")
                .cell(145, "Opening balance").right(520, "1,000.00").next()
                .cell(40, "2025-03-01").cell(92, "2025-03-03").cell(145, "TESCO STORES").right(430, "-25.40")
                .right(520, "974.60").next()
                .cell(40, "2025-03-04").cell(92, "2025-03-04").cell(145, "SALARY").right(430, "1,200.00")
                .right(520, "2,174.60").next()
                .cell(40, "2025-03-05").cell(92, "2025-03-07").cell(145, "CAFE NERO").right(430, "-4.60")
                .right(520, "2,170.00").next()
                .cell(145, "Closing balance").right(520, "2,170.00").next();
        Statement s = parse(page);
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("TESCO STORES", "SALARY",
                "CAFE NERO");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
