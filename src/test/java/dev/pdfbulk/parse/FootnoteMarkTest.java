package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A footnote mark after an amount ("12.50*", "12.50 †"): the amount as printed, the mark a reference to a note. */
class FootnoteMarkTest {

    @Test
    void aMarkAfterTheDigitsLeavesTheAmount() {
        assertThat(AmountParser.parse("12.50*").orElseThrow().magnitude()).isEqualByComparingTo("12.50");
        assertThat(AmountParser.parse("1,234.56 \u2020").orElseThrow().magnitude()).isEqualByComparingTo("1234.56");
        assertThat(AmountParser.parse("(3.10)\u00b9").orElseThrow().mark()).isEqualTo(Amount.Mark.MINUS);
        assertThat(AmountParser.parse("*")).isEmpty();
        assertThat(AmountParser.parse("ABC*")).isEmpty();
    }

    @Test
    void rowsWithMarkedAmountsAreRead() throws Exception {
        // Probes L11/L12: a quarter of the money cells marked, glued or a space apart; the rows were left unread.
        PageSketch page = new PageSketch(1).line(40, "Statement period 01/03/2025 to 31/03/2025").gap(20)
                .line(40, "Date", 110, "Particulars", 330, "Debit", 410, "Credit", 500, "Balance")
                .cell(110, "Opening balance").right(530, "1,000.00").next()
                .cell(40, "01/03/2025").cell(110, "TESCO STORES").right(360, "25.40*").right(530, "974.60").next()
                .cell(40, "03/03/2025").cell(110, "SALARY").right(440, "1,200.00 \u2020").right(530, "2,174.60").next()
                .cell(40, "05/03/2025").cell(110, "CAFE NERO").right(360, "4.60").right(530, "2,170.00").next()
                .cell(110, "Closing balance").right(530, "2,170.00").next();
        Statement s = parse(page);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-25.40"),
                new BigDecimal("1200.00"), new BigDecimal("-4.60"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
