package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undated rows on a headerless page after the table's last, no closing balance printed: under day headings they go
 * on with the table; where nothing reads them, the balances read agree yet rows may be lost, so it is unverified.
 */
class UnreadUndatedPageTest {

    private static PageSketch dayHeaded() {
        return new PageSketch(1)
                .line(40, "Statement of account 01/05/2025 - 31/05/2025").gap(10)
                .line(320, "Balance at start", 500, "1,000.00").gap(20)
                .line(40, "Description", 270, "Amount", 350, "Balance")
                .line(40, "Monday, 5 May 2025")
                .cell(40, "Pret A Manger").right(300, "-12.00").right(380, "988.00").next()
                .cell(40, "Amazon").right(300, "-13.40").right(380, "974.60").next()
                .line(40, "Tuesday, 6 May 2025")
                .cell(40, "Transport for London").right(300, "-8.49").right(380, "966.11").next()
                .cell(40, "Deliveroo").right(300, "-16.11").right(380, "950.00").next()
                .line(40, "Wednesday, 7 May 2025")
                .cell(40, "Page total").right(300, "-50.00").next();
    }

    // Each row dated, the last day's rows on page 2 printing no date of their own: nothing reads them.
    private static PageSketch dated() {
        return new PageSketch(1)
                .line(40, "Statement of account 01/05/2025 - 31/05/2025").gap(10)
                .line(320, "Balance at start", 500, "1,000.00").gap(20)
                .line(40, "Date", 90, "Description", 270, "Amount", 350, "Balance")
                .cell(40, "05/05/2025").cell(90, "Pret A Manger").right(300, "-12.00").right(380, "988.00").next()
                .cell(40, "05/05/2025").cell(90, "Amazon").right(300, "-13.40").right(380, "974.60").next()
                .cell(40, "06/05/2025").cell(90, "Transport for London").right(300, "-8.49").right(380, "966.11").next()
                .cell(40, "07/05/2025").cell(90, "Deliveroo").right(300, "-16.11").right(380, "950.00").next();
    }

    private static PageSketch page2(float x, boolean rows) {
        PageSketch p2 = new PageSketch(2).line(40, "Your transactions (continued)").gap(10);
        if (rows) {
            p2.cell(x, "Tesco Stores").right(300, "-50.00").right(380, "900.00").next()
                    .cell(x, "Salary Acme Widgets").right(300, "1,000.00").right(380, "1,900.00").next()
                    .cell(x, "Gym membership").right(300, "-40.00").right(380, "1,860.00").next();
        }
        return p2.gap(20).line(40, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.");
    }

    @Test
    void undatedRowsOnALaterPageNoneReadLeaveItUnverified() throws Exception {
        Statement s = parse(dated(), page2(90, true));
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("page 2 prints lines that read as rows");
    }

    @Test
    void aLaterPageOfFurnitureOnlyLeavesItReconciled() throws Exception {
        assertThat(parse(dated(), page2(90, false)).reconciliation().status())
                .isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void rowsUnderADayHeadingGoOnToTheNextPage() throws Exception {
        Statement s = parse(dayHeaded(), page2(40, true));
        assertThat(s.transactions()).extracting(Transaction::date).endsWith(
                LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 7));
        assertThat(s.transactions()).extracting(Transaction::description).endsWith(
                "Tesco Stores", "Salary Acme Widgets", "Gym membership");
    }
}
