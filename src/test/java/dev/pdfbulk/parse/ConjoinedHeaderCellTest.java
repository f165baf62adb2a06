package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "or" between the header words of one cell ("Merchant Name or Transaction Description", Chase's) is the header's own
 * word: the header is found, "Date of" over "Transaction" its date column.
 */
class ConjoinedHeaderCellTest {

    private static PageSketch chase(String previous, String next) {
        return new PageSketch(1)
                .line(40, "Opening/Closing Date 04/15/25 - 05/14/25")
                .line(40, "Previous Balance", 200, previous)
                .line(40, "New Balance", 200, next)
                .line(40, "Minimum Payment Due", 200, "$0.00")
                .line(40, "Payment Due Date", 200, "06/11/25")
                .line(40, "Credit Access Line", 200, "$12,500").gap(20)
                .line(40, "Date of")
                .line(40, "Transaction", 110, "Merchant Name or Transaction Description", 470, "$ Amount")
                .line(110, "PAYMENTS AND OTHER CREDITS")
                .cell(40, "04/27").cell(110, "AMAZON MKTPL RETURN").right(510, "-34.99").next()
                .cell(40, "05/06").cell(110, "BEST BUY 00011569").right(510, "-899.99").next()
                .line(110, "PURCHASE")
                .cell(40, "04/28").cell(110, "WHOLEFDS HAR 10203").right(510, "162.58").next()
                .cell(40, "05/02").cell(110, "SQ *TATTE BAKERY").right(510, "1,478.56").next();
    }

    @Test
    void orBetweenHeaderWordsLeavesTheRowAHeader() {
        List<Line> lines = Line.of(chase("$100.00", "$806.16").page());
        int at = 0;
        while (!lines.get(at).text().startsWith("Date of")) {
            at++;
        }
        Optional<HeaderDetector.Found> found = HeaderDetector.detect(lines, at);
        assertThat(found).isPresent();
        assertThat(found.get().columns().columns()).extracting(Column::kind)
                .containsExactly(ColumnKind.DATE, ColumnKind.DESCRIPTION, ColumnKind.AMOUNT);
    }

    @Test
    void theRowsAreReadUnderThatHeader() throws Exception {
        Statement s = parse(chase("$100.00", "$806.16"));

        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("AMAZON MKTPL RETURN",
                "BEST BUY 00011569", "WHOLEFDS HAR 10203", "SQ *TATTE BAKERY");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("34.99"),
                new BigDecimal("899.99"), new BigDecimal("-162.58"), new BigDecimal("-1478.56"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
