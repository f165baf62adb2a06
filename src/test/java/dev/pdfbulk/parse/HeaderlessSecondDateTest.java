package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card statement read without a header whose rows print a second (booking) date in a cell of its own before the
 * text: that date is a column, never the start of the description; where only some rows print it, no telling.
 */
class HeaderlessSecondDateTest {

    // Four rows; the first {@code booked} of them print the booking date.
    private static PageSketch card(int booked) {
        String[][] rows = {{"2025-05-22", "2025-05-24", "PAYMENT THANK YOU", "-100.00"},
                {"2025-05-24", "2025-05-27", "GROCER STOCKHOLM", "60.00"}, {"2025-05-28", "2025-05-30", "TAXI", "20.00"},
                {"2025-06-01", "2025-06-03", "BOOKSHOP", "110.00"}};
        PageSketch p = new PageSketch(1)
                .line(40, "Period 2025-05-21 - 2025-06-20")
                .line(40, "Previous balance", 300, "100.00")
                .line(40, "New balance", 300, "190.00").gap(20)
                .line(40, "Transactions");
        for (int i = 0; i < rows.length; i++) {
            p = p.cell(40, rows[i][0]);
            p = i < booked ? p.cell(120, rows[i][1]) : p;
            p = p.cell(200, rows[i][2]).right(510, rows[i][3]).next();
        }
        return p;
    }

    @Test
    void aSecondDateCellOnEveryRowIsABookingDateNotDescription() throws Exception {
        Statement s = parse(card(4));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAYMENT THANK YOU", "GROCER STOCKHOLM", "TAXI", "BOOKSHOP");
        assertThat(s.transactions().get(1).date()).isEqualTo(LocalDate.of(2025, 5, 24));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aRowWithoutTheBookingDateAmongRowsWithItKeepsItsText() throws Exception {
        Statement s = parse(card(3));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAYMENT THANK YOU", "GROCER STOCKHOLM", "TAXI", "BOOKSHOP");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSecondDateOnOnlySomeRowsIsNeverReconciledAsDescription() {
        // Two of four rows: a booking date or the text's own words, no telling which.
        try {
            Statement s = parse(card(2));
            assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
        } catch (StatementException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Test
    void aSecondDateRunOnIntoTheTextIsNeverReconciledAsDescription() {
        // "2025-05-24 GROCER" set close: a booking date or the text's own words, no telling which.
        PageSketch p = new PageSketch(1)
                .line(40, "Period 2025-05-21 - 2025-06-20")
                .line(40, "Previous balance", 300, "100.00")
                .line(40, "New balance", 300, "190.00").gap(20)
                .cell(40, "2025-05-22 2025-05-24 PAYMENT THANK YOU").right(510, "-100.00").next()
                .cell(40, "2025-05-24 2025-05-27 GROCER").right(510, "60.00").next()
                .cell(40, "2025-05-28 2025-05-30 TAXI").right(510, "20.00").next()
                .cell(40, "2025-06-01 2025-06-03 BOOKSHOP").right(510, "110.00").next();
        try {
            assertThat(parse(p).reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
        } catch (StatementException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Test
    void aSwedishCardHeaderNamesThePurchaseAndBookingDates() throws Exception {
        // Two rows: too few to be read by their shape, so only the header reads them.
        Statement s = parse(new PageSketch(1)
                .line(40, "Period 2025-05-21 - 2025-06-20")
                .line(40, "Föregående saldo", 300, "100,00")
                .line(40, "Utgående saldo", 300, "160,00").gap(20)
                .line(40, "Köpdatum", 120, "Bokf.datum", 200, "Specifikation", 470, "Belopp SEK")
                .cell(40, "2025-05-22").cell(120, "2025-05-24").cell(200, "ICA SUPERMARKET").right(510, "80,00")
                .next()
                .cell(40, "2025-05-24").cell(120, "2025-05-27").cell(200, "RETUR ELGIGANTEN").right(510, "-20,00")
                .next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ICA SUPERMARKET", "RETUR ELGIGANTEN");
        assertThat(s.transactions().get(0).date()).isEqualTo(LocalDate.of(2025, 5, 22));
    }
}
