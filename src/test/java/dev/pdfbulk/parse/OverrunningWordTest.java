package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word with no space, set from the description's left edge, that runs on past the next column's header (Kotak's
 * "MEHTA-SBIN-XXXXXXXX1204-REFUND" under a narrow "Narration", over "Chq/Ref No."): the description's text, never a
 * note between rows to drop. A cell starting under the next column stays that column's.
 */
class OverrunningWordTest {

    private static PageSketch statement(String wrapped, float wrappedX) {
        return new PageSketch(1)
                .line(40, "Statement period 01-10-2025 to 31-10-2025").gap(20)
                .line(40, "Date", 100, "Narration", 200, "Chq/Ref No.", 300, "Withdrawal", 380, "Deposit", 460, "Balance")
                .cell(100, "Opening Balance").right(500, "1,000.00").next()
                .cell(40, "02-10-2025").cell(100, "IMPS-P").cell(200, "715334").right(420, "3,792.20").right(500, "4,792.20").next()
                .cell(wrappedX, wrapped).next()
                .cell(40, "03-10-2025").cell(100, "ATM WDL").right(350, "792.20").right(500, "4,000.00").next()
                .cell(100, "Closing Balance").right(500, "4,000.00").next();
    }

    @Test
    void aLongWordFromTheDescriptionsEdgeIsItsText() throws Exception {
        Statement s = parse(statement("MEHTA-SBIN-XXXXXXXX1204-REFUND", 100));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("IMPS-P MEHTA-SBIN-XXXXXXXX1204-REFUND", "ATM WDL");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aShortWordStaysTheDescriptionsAndTheReferenceCellStaysOut() throws Exception {
        Statement s = parse(statement("MEHTA-REFUND", 100));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("IMPS-P MEHTA-REFUND", "ATM WDL");
    }

    @Test
    void aWordStartingUnderTheNextColumnIsNotTheDescriptions() {
        var columns = java.util.List.of(new TableColumns.TextArea(100, 200));
        assertThat(TableColumns.runsOnFrom(columns, 100, 260, 8)).isEqualTo(0);
        assertThat(TableColumns.runsOnFrom(columns, 180, 260, 8)).isEqualTo(-1);
        assertThat(TableColumns.runsOnFrom(columns, 100, 190, 8)).isEqualTo(-1);
    }
}
