package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A column stating each transaction's status ("COMPLETED"), its header perhaps wrapped over two rows. */
class StatusColumnTest {

    private static Statement statement(String dateHeader) throws Exception {
        return parse(new PageSketch(1)
                .line(30, "Statement Period: 01 May 2025 - 31 May 2025").gap(20)
                .line(30, "Receipt No.", 90, dateHeader, 190, "Details", 330, "Transaction", 400, "Paid In",
                        450, "Withdrawn", 510, "Balance")
                .line(330, "Status")
                .cell(30, "TE1").cell(90, "2025-05-01 07:12:05").cell(190, "Funds received from X")
                        .cell(330, "COMPLETED").right(440, "1,000.00").right(550, "1,500.00").next()
                .cell(30, "TE2").cell(90, "2025-05-02 08:00:00").cell(190, "Pay Bill to KPLC")
                        .cell(330, "COMPLETED").right(495, "-200.00").right(550, "1,300.00").next()
                .cell(30, "TE3").cell(90, "2025-05-03 09:30:10").cell(190, "Merchant Payment")
                        .cell(330, "COMPLETED").right(495, "-100.00").right(550, "1,200.00").next());
    }

    @Test
    void aTransactionStatusWrappedUnderItsHeaderIsNoPartOfTheDescription() throws Exception {
        // Read without "Status", "Transaction" named a second text column and every description ended in "COMPLETED".
        Statement s = statement("Date");
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Funds received from X", "Pay Bill to KPLC", "Merchant Payment");
    }

    @Test
    void aCompletionTimeColumnOfDatesAndTimesDatesTheRows() throws Exception {
        // "Completion Time" names no date column; its cells, a date and a time, still date the rows.
        Statement s = statement("Completion Time");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 3));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Funds received from X", "Pay Bill to KPLC", "Merchant Payment");
    }
}
