package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The time of a transaction printed beside its date with no column header of its own. */
class TimeBesideDateTest {

    @Test
    void aTimeAfterTheDateIsPartOfTheDateCell() throws Exception {
        // given: "2025-05-01  10:36" under "Date", the time set apart before the Reference column
        PageSketch p = new PageSketch(1)
                .line(50, "Account transactions from 1 May 2025 to 31 May 2025").gap(6)
                .line(50, "Date", 160, "Reference", 210, "Description", 380, "Money out", 440, "Money in",
                        500, "Balance")
                .cell(50, "2025-05-01").cell(112, "10:36").cell(160, "137242a6").cell(210, "Transfer from JULIEN")
                .right(480, "€21.09").right(540, "€863.26").next()
                .cell(50, "2025-05-02").cell(112, "9:05 PM").cell(160, "a7f3").cell(210, "Uber")
                .right(420, "€13.26").right(540, "€850.00").next()
                .cell(50, "2025-05-03").cell(112, "23:59:12").cell(160, "b7f3").cell(210, "Tesco")
                .right(420, "€50.00").right(540, "€800.00").next()
                .gap(20).line(50, "Opening balance €842.17", 300, "Closing balance €800.00");

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Transfer from JULIEN", "Uber", "Tesco");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("21.09"),
                new BigDecimal("-13.26"), new BigDecimal("-50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
