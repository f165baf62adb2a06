package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows centred on their amounts under day headings, going on to a page that repeats no header: a row whose text
 * wraps above and below its amounts prints them on a line of their own, which is that row's as much as a line of
 * text and money is (probes fz_071_L8 of seed 2111, such a row opening page 2 before its first heading, and
 * fz_199_L8 of 2715, a page of three rows, two with their amounts alone: one row or none was read there).
 */
class AmountsAloneOnNextPageTest {

    private static PageSketch first() {
        return new PageSketch(1).line(40, "Statement period 01 Jan 2025 to 31 Jan 2025").gap(20)
                .line(40, "Details", 360, "Debits", 430, "Credits", 520, "Balance")
                .cell(40, "Opening balance").right(550, "1,000.00").gap(12)
                .cell(40, "Friday 10 Jan 2025").gap(12)
                .cell(40, "CARD PURCHASE TESCO STORES").right(395, "10.00").right(550, "990.00").gap(12)
                .cell(40, "DIRECT DEBIT BRITISH GAS").gap(4.75f)
                .right(395, "20.00").right(550, "970.00").gap(4.75f)
                .cell(40, "MANDATE 5804787").gap(12)
                .cell(40, "Saturday 11 Jan 2025").gap(12)
                .cell(40, "Balance carried forward").right(550, "970.00").gap(12);
    }

    @Test
    void amountsAloneOpeningTheNextPageBeforeItsHeadingAreItsFirstRow() throws Exception {
        PageSketch next = new PageSketch(2)
                .cell(40, "Balance brought forward").right(550, "970.00").gap(12)
                .cell(40, "STANDING ORDER ODEON CINEMAS").gap(4.75f)
                .right(395, "30.00").right(550, "940.00").gap(4.75f)
                .cell(40, "REF 2516377").gap(12)
                .cell(40, "Sunday 12 Jan 2025").gap(12)
                .cell(40, "BILL PAYMENT TESCO STORES").right(395, "40.00").right(550, "900.00").gap(12)
                .cell(40, "FASTER PAYMENT WAITROSE").right(395, "50.00").right(550, "850.00").gap(12)
                .cell(40, "Closing balance").right(550, "850.00").gap(12);
        Statement s = parse(first(), next);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "CARD PURCHASE TESCO STORES", "DIRECT DEBIT BRITISH GAS MANDATE 5804787",
                "STANDING ORDER ODEON CINEMAS REF 2516377", "BILL PAYMENT TESCO STORES", "FASTER PAYMENT WAITROSE");
        assertThat(s.transactions().get(2).date()).isEqualTo(LocalDate.of(2025, 1, 11));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aPageOfRowsMostlyPrintingTheirAmountsAloneIsRead() throws Exception {
        PageSketch next = new PageSketch(2)
                .cell(40, "Balance brought forward").right(550, "970.00").gap(12)
                .cell(40, "Sunday 12 Jan 2025").gap(12)
                .cell(40, "DIRECT DEBIT JOHN").gap(4.75f)
                .cell(40, "LEWIS BRISTOL").right(395, "30.00").right(550, "940.00").gap(4.75f)
                .cell(40, "INVOICE 6009614").gap(12)
                .cell(40, "BILL PAYMENT COUNCIL").gap(4.75f)
                .right(395, "40.00").right(550, "900.00").gap(4.75f)
                .cell(40, "TAX CARDIFF").gap(12)
                .cell(40, "DIRECT DEBIT BRITISH").gap(4.75f)
                .right(395, "50.00").right(550, "850.00").gap(4.75f)
                .cell(40, "GAS ORDER 1772870").gap(12)
                .cell(40, "Closing balance").right(550, "850.00").gap(12);
        Statement s = parse(first(), next);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-10.00"),
                new BigDecimal("-20.00"), new BigDecimal("-30.00"), new BigDecimal("-40.00"), new BigDecimal("-50.00"));
        assertThat(s.transactions()).extracting(Transaction::description).endsWith(
                "BILL PAYMENT COUNCIL TAX CARDIFF", "DIRECT DEBIT BRITISH GAS ORDER 1772870");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
