package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An amount cell printed empty as the word "blank" (ANZ) or a lone dash under a money column: no text across the
 * money columns, so the line stays a row of the table; a balance cell printed "blank" is no balance of the row, and
 * "blank" in the description is text.
 */
class BlankMoneyCellTest {

    private static PageSketch page(String empty) {
        String emptyBalance = "blank".equals(empty) ? empty : "";
        return new PageSketch(1)
                .line(40, "Statement starts 17 April 2025 Statement ends 16 May 2025").gap(20)
                .line(40, "Date", 90, "Transaction Details", 325, "Withdrawals ($)", 420, "Deposits ($)",
                        505, "Balance ($)")
                .cell(90, "OPENING BALANCE").right(400, empty).right(480, empty).right(560, "1,000.00").next()
                .cell(40, "18 APR").cell(90, "EFTPOS COLES 0456 RICHMOND AU").right(400, "25.40").right(480, empty)
                        .right(560, emptyBalance).next()
                .cell(40, "18 APR").cell(90, "BLANK MEDIA PTY LTD").right(400, "10.00").right(480, empty)
                        .right(560, "964.60").next()
                .cell(40, "20 APR").cell(90, "PAY/SALARY FROM TELSTRA CORP LTD").right(400, empty)
                        .right(480, "1,200.00").right(560, "2,164.60").next();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"blank", "-", "\u2013"})
    void anEmptyAmountCellLeavesTheRowInTheTable(String empty) throws Exception {
        Statement s = parse(page(empty));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-25.40"),
                new BigDecimal("-10.00"), new BigDecimal("1200.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "EFTPOS COLES 0456 RICHMOND AU", "BLANK MEDIA PTY LTD", "PAY/SALARY FROM TELSTRA CORP LTD");
        assertThat(s.transactions().get(0).balance()).isNull();
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
