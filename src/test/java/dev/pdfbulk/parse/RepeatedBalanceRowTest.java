package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** An undated line that repeats the balance the rows have reached, under a label no vocabulary knows. */
class RepeatedBalanceRowTest {

    private static PageSketch header() {
        return new PageSketch(1).line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 140, "Description", 420, "Amount", 515, "Balance");
    }

    @Test
    void anUnknownLabelOverTheBalanceReachedIsABalanceRowNotMoreText() throws Exception {
        PageSketch p = header()
                .cell(40, "01/05/2025").cell(140, "OPENING BALANCE").right(560, "1,000.00").next()
                .cell(40, "02/05/2025").cell(140, "MARKET").right(460, "-234.56").right(560, "765.44").next()
                .cell(40, "05/05/2025").cell(140, "SALARY").right(460, "2,000.00").right(560, "2,765.44").next()
                .cell(140, "STAND ZUM PERIODENENDE").right(560, "2,765.44").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("MARKET", "SALARY");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("2765.44");
    }

    @Test
    void aBalanceOtherThanTheRowsOwnLeavesTheLineToTheRow() throws Exception {
        PageSketch p = header()
                .cell(40, "01/05/2025").cell(140, "OPENING BALANCE").right(560, "1,000.00").next()
                .cell(40, "02/05/2025").cell(140, "MARKET").right(460, "-234.56").right(560, "765.44").next()
                .cell(140, "STORE 42").right(560, "700.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("MARKET STORE 42");
    }
}
