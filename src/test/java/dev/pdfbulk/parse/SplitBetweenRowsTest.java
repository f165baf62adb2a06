package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text between two rows parted by nearness where the gap is narrower than the one over the part given to the row
 * above ({@link PendingText}): probe fz_335_L8, rows centred on their amounts under day headings, 3 pt between rows,
 * came out reconciled with the last row's first line given to the row above.
 */
class SplitBetweenRowsTest {

    // Lines 9.5 pt apart inside a row, each row's amounts midway between its two middle lines, rows rowGap apart.
    private static PageSketch page(float rowGap) {
        return new PageSketch(1).line(40, "Statement period 01 Jan 2025 to 31 Jan 2025").gap(20)
                .line(110, "Details", 360, "Debits", 430, "Credits", 520, "Balance")
                .cell(110, "Opening balance").right(550, "1,000.00").gap(12)
                .cell(110, "Saturday 25 Jan 2025").gap(12.5f)
                .cell(110, "FASTER PAYMENT NETFLIX").gap(4.75f)
                .right(395, "10.00").right(550, "990.00").gap(4.75f)
                .cell(110, "SUBSCRIPTION").gap(12.5f)
                .cell(110, "Sunday 26 Jan 2025").gap(12.5f)
                .cell(110, "TRANSFER FROM SAVINGS AUTH").gap(4.75f)
                .right(465, "500.00").gap(4.75f)
                .cell(110, "CODE 5542").gap(9.5f + rowGap)
                .cell(110, "CONTACTLESS BOOTS PHARMACY").gap(9.5f)
                .cell(110, "BRISTOL INVOICE 6594785").gap(4.75f)
                .right(395, "40.00").right(550, "1,450.00").gap(4.75f)
                .cell(110, "INVOICE 3154533 MANDATE").gap(9.5f)
                .cell(110, "8840830").gap(12.5f)
                .cell(110, "Closing balance").right(550, "1,450.00").gap(12);
    }

    @Test
    void textPartedFromTheRowBelowAtANarrowerGapThanOverItIsInDoubt() throws Exception {
        // Counted under its day headings, each row as many lines above its amounts as below, the split is settled.
        Statement s = parse(page(3));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "FASTER PAYMENT NETFLIX SUBSCRIPTION", "TRANSFER FROM SAVINGS AUTH CODE 5542",
                "CONTACTLESS BOOTS PHARMACY BRISTOL INVOICE 6594785 INVOICE 3154533 MANDATE 8840830");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void textPartedAtTheWiderGapIsRead() throws Exception {
        // The same rows without the day's second row above the split: each row's halves lie at the row's pitch.
        Statement s = parse(page(0));
        assertThat(s.transactions()).extracting(Transaction::description).contains(
                "FASTER PAYMENT NETFLIX SUBSCRIPTION");
        assertThat(s.reconciliation().detail() == null ? "" : s.reconciliation().detail())
                .doesNotContain("CONTACTLESS BOOTS PHARMACY");
    }
}
