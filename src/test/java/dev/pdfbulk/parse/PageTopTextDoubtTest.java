package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text at the top of a page, over its first row, the previous page having ended on a complete row: where the table's
 * rows may set wrapped text below their date and amounts, it may be that row's rest, split from it by the page break.
 */
class PageTopTextDoubtTest {

    private static PageSketch header(int page) {
        return new PageSketch(page).line(40, "Statement period 01/10/2025 to 31/10/2025").gap(20)
                .line(40, "Date", 110, "Description", 380, "Money out", 450, "Money in", 530, "Balance");
    }

    private static PageSketch pageTwo(PageSketch two, float rowGap) {
        return two.line(110, "OFICINA 0418")
                .cell(40, "31/10/2025").cell(110, "MERCADONA").right(420, "69.69").right(570, "645.03").next().gap(rowGap)
                .cell(110, "Closing balance").right(570, "645.03").next();
    }

    @Test
    void whereRowsAreCentredOnTheirDateTextAtAPagesTopIsInDoubt() throws Exception {
        // Rows 13 pt apart, a wrapped row's lines 6 pt over and under its date and amounts: centred in their cells.
        PageSketch one = header(1)
                .cell(110, "Opening balance").right(570, "1,100.00").next().gap(1)
                .cell(40, "01/10/2025").cell(110, "CASH WITHDRAWAL").right(420, "100.00").right(570, "1,000.00")
                .next().gap(1)
                .line(110, "DIRECT DEBIT IBERDROLA").gap(-6)
                .cell(40, "02/10/2025").right(420, "100.00").right(570, "900.00").next().gap(-6)
                .line(110, "CLIENTES 7731").gap(1)
                .cell(40, "30/10/2025").cell(110, "ACCOUNT FEE MAINTENANCE").right(420, "185.28").right(570, "714.72")
                .next()
                .cell(110, "Balance carried forward").right(570, "714.72").next();
        PageSketch two = header(2).cell(110, "Balance brought forward").right(570, "714.72").next().gap(1);
        Statement s = parse(one, pageTwo(two, 1));
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("top of page 2");
    }

    @Test
    void whereEachRowsBlockSetsItsTextAboveItsAmountsTextAtAPagesTopBeginsItsFirstRow() throws Exception {
        // The look-alike: rows told apart by whitespace (RowBlocks), every wrapped row's text over its date and amounts.
        PageSketch one = header(1)
                .cell(110, "Opening balance").right(570, "1,100.00").next().gap(8)
                .line(110, "TRANSFER RENT")
                .cell(40, "01/10/2025").cell(110, "OFFICE 0418").right(420, "100.00").right(570, "1,000.00")
                .next().gap(8)
                .line(110, "DIRECT DEBIT IBERDROLA")
                .cell(40, "02/10/2025").cell(110, "CLIENTES").right(420, "100.00").right(570, "900.00").next().gap(8)
                .cell(40, "30/10/2025").cell(110, "ACCOUNT FEE MAINTENANCE").right(420, "185.28").right(570, "714.72")
                .next().gap(8)
                .cell(110, "Balance carried forward").right(570, "714.72").next();
        PageSketch two = header(2).cell(110, "Balance brought forward").right(570, "714.72").next().gap(8);
        Statement s = parse(one, pageTwo(two, 8));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("TRANSFER RENT OFFICE 0418",
                "DIRECT DEBIT IBERDROLA CLIENTES", "ACCOUNT FEE MAINTENANCE", "OFICINA 0418 MERCADONA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void textAtAPagesTopOverTheTablesTotalEndsThePreviousPagesLastRowInDoubt() throws Exception {
        // Probe fz_371_L12: rows wrap below their date; page 1's last row is split by the break, its page total under
        // it; page 2 repeats no header and opens with that row's rest, then the card's totals and the next card.
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 110, "Particulars", 360, "Debit", 440, "Credit", 520, "Balance")
                .cell(110, "Opening balance").right(550, "1,000.00").next()
                .cell(40, "16.05.2025").cell(110, "FASTER PAYMENT").right(385, "10.00").right(550, "990.00").next()
                .line(110, "THAMES WATER")
                .cell(40, "19.05.2025").cell(110, "DIRECT DEBIT").right(385, "20.00").right(550, "970.00").next()
                .line(110, "SHELL FUEL STATION AUTH").gap(3)
                .cell(110, "Page total").right(385, "30.00").right(470, "0.00").next();
        PageSketch two = new PageSketch(2).line(40, "Statement of account").gap(12)
                .line(110, "CODE 1737").gap(3)
                .cell(110, "Total card ending 4821").right(385, "30.00").right(470, "0.00").next()
                .line(110, "J SMITH Card ending 7730")
                .cell(40, "20.05.2025").cell(110, "BILL PAYMENT").right(385, "5.00").right(550, "965.00").next()
                .line(110, "SAINSBURYS")
                .cell(110, "Closing balance").right(550, "965.00").next();
        Statement s = parse(one, two);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "FASTER PAYMENT THAMES WATER", "DIRECT DEBIT SHELL FUEL STATION AUTH CODE 1737", "BILL PAYMENT SAINSBURYS");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("CODE 1737");
    }
}
