package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements without a date column set as blocks whose date leads the line below the amounts ("Starbucks
 * -33.00 967.00" over "03.03.2025 · Mastercard 4821"): the date is the row's above it, not the next row's.
 */
class TrailingDatesTest {

    private static PageSketch header(PageSketch p) {
        return p.line(40, "Statement period 01/03/2025 to 31/03/2025").line(40, "Previous balance 1,000.00").gap(20)
                .line(40, "Description", 370, "Amount", 500, "Balance");
    }

    // One block: the name with its amount and balance, then the date line and any detail lines, then a gap.
    private static PageSketch block(PageSketch p, String name, String amount, String balance, String... below) {
        p.cell(40, name).right(415, amount).right(555, balance).next();
        for (String text : below) {
            p.line(50, text);
        }
        return p.gap(8);
    }

    @Test
    void theDateUnderARowsAmountsIsThatRows() throws Exception {
        PageSketch p = header(new PageSketch(1));
        block(p, "Hausverwaltung GmbH", "-500.00", "500.00", "02.03.2025 · Standing order", "Reference: Rent March");
        block(p, "Starbucks New York", "-33.00", "467.00", "03.03.2025 · Mastercard 4821 · Coffee");
        block(p, "ACME Ltd", "+1,000.00", "1,467.00", "05.03.2025 · Incoming transfer", "Reference: Salary");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 3, 2),
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Hausverwaltung GmbH Standing order Reference: Rent March",
                "Starbucks New York Mastercard 4821 · Coffee", "ACME Ltd Incoming transfer Reference: Salary");
        assertThat(s.transactions()).extracting(t -> t.amount().toPlainString())
                .containsExactly("-500.00", "-33.00", "1000.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aClosingNoteWellBelowTheLastBlockIsNoneOfIt() throws Exception {
        PageSketch p = header(new PageSketch(1));
        block(p, "Starbucks New York", "-33.00", "967.00", "03.03.2025 · Mastercard 4821", "Transaction ID: 1234");
        block(p, "Monthly fee", "-9.90", "957.10", "31.03.2025 · Account fee March");
        p.gap(10).line(40, "Please check your statement.");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Starbucks New York Mastercard 4821 Transaction ID: 1234", "Monthly fee Account fee March");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void rowsThatBeginWithTheirDateKeepItAlthoughTheAmountComesBelow() throws Exception {
        // The first amount line has a date above it: the dates lead their rows, however the lines alternate.
        PageSketch p = header(new PageSketch(1));
        p.line(40, "02.03.2025 CARD PAYMENT TO");
        p.cell(40, "TESCO STORES").right(415, "-10.00").right(555, "990.00").next();
        p.line(40, "04.03.2025 CARD PAYMENT TO");
        p.cell(40, "BOOTS").right(415, "-20.00").right(555, "970.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 4));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARD PAYMENT TO TESCO STORES", "CARD PAYMENT TO BOOTS");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBlockWhoseDateLineIsMissingLeavesTheDatesUndecided() throws Exception {
        // One amount line without a date line under it: no table-wide layout, so no date moves up a row.
        PageSketch p = header(new PageSketch(1));
        block(p, "Starbucks New York", "-33.00", "967.00", "03.03.2025 · Mastercard 4821");
        block(p, "Monthly fee", "-9.90", "957.10");
        block(p, "ACME Ltd", "+100.00", "1,057.10", "05.03.2025 · Incoming transfer");
        Statement s = parse(p);
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }
}
