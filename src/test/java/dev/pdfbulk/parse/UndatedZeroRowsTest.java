package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card's "Interest Charged" title ends one page and its nil lines ("Interest Charge on Purchases $0.00") open the
 * next under the repeated header: in a table whose every row prints its date, such an undated 0.00 line is a label,
 * no transaction dated like the row above.
 */
class UndatedZeroRowsTest {

    private static PageSketch[] card(String secondAmount) {
        PageSketch p1 = new PageSketch(1).line(40, "Open Date: 05/13/25 - Close Date: 06/12/25")
                .line(300, "Previous Balance", 480, "$100.00")
                .line(300, "New Balance", 480, "$57.84").gap(20)
                .line(40, "Trans. date", 100, "Post date", 160, "Description", 450, "Amount")
                .line(40, "PAYMENTS AND CREDITS")
                .cell(40, "05/20").cell(100, "05/21").cell(160, "INTERNET PAYMENT - THANK YOU").right(480, "-$100.00").next()
                .line(40, "PURCHASES")
                .cell(40, "05/24").cell(100, "05/25").cell(160, "KROGER #0417 COLUMBUS OH").right(480, "$11.32").next()
                .cell(40, "06/05").cell(100, "06/06").cell(160, "TARGET 00012345 COLUMBUS OH").right(480, "$46.52").next()
                .line(40, "FEES")
                .cell(160, "TOTAL FEES FOR THIS PERIOD").right(480, "$0.00").next()
                .line(40, "INTEREST CHARGED");
        PageSketch p2 = new PageSketch(2).line(40, "TRANSACTIONS (continued)").gap(10)
                .line(40, "Trans. date", 100, "Post date", 160, "Description", 450, "Amount")
                .cell(160, "Interest Charge on Purchases").right(480, "$0.00").next()
                .cell(160, "Interest Charge on Cash Advances").right(480, secondAmount).next()
                .line(40, "2025 Totals Year-to-Date")
                .cell(160, "Total fees charged in 2025").right(480, "$0.00").next();
        return new PageSketch[] {p1, p2};
    }

    @Test
    void undatedNilLinesOnTheNextPageAreNoTransactions() throws Exception {
        Statement s = parse(card("$0.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "INTERNET PAYMENT - THANK YOU", "KROGER #0417 COLUMBUS OH", "TARGET 00012345 COLUMBUS OH");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
