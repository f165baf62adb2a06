package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "JOHN D REYES  Card Ending 1-41017" or "ANA P FERREIRA  Cartão 4551 XXXX XXXX 2290" between two rows titles the next card
 * member's rows: no text of the row above. */
class CardMemberTitleTest {

    private static Statement statement(float x, String title) throws Exception {
        // Under "Detail Continued | Amount" (the dates in the text column), one-line rows 14 pt apart, the title 14 pt under the row above and 12 pt over the row below.
        return parse(new PageSketch(1)
                .line(40, "Closing Date 03/12/25").line(40, "Previous Balance", 200, "$100.00")
                .line(40, "New Balance", 200, "$50.00").gap(20)
                .line(40, "Detail Continued", 530, "Amount")
                .cell(40, "02/20/25").cell(120, "MOBILE PAYMENT - THANK YOU").right(560, "-$100.00").next().gap(2)
                .cell(40, "02/21/25").cell(120, "NETFLIX.COM NETFLIX.COM CA").right(560, "$15.49").next().gap(2)
                .cell(40, "02/22/25").cell(120, "TST* BLUE BOTTLE COFFEE").right(560, "$9.51").next().gap(2)
                .line(x, title)
                .cell(40, "02/23/25").cell(120, "UBER EATS SAN FRANCISCO CA").right(560, "$25.00").next());
    }

    @Test
    void theCardMembersTitleJoinsNoRow() throws Exception {
        Statement s = statement(40, "JOHN D REYES Card Ending 1-41017");
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "MOBILE PAYMENT - THANK YOU", "NETFLIX.COM NETFLIX.COM CA", "TST* BLUE BOTTLE COFFEE",
                "UBER EATS SAN FRANCISCO CA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aWrappedLineSayingCardEndingInCapitalsStaysText() throws Exception {
        Statement s = statement(120, "PAYMENT TO CARD ENDING 1234");
        assertThat(s.transactions().get(2).description()).isEqualTo("TST* BLUE BOTTLE COFFEE PAYMENT TO CARD ENDING 1234");
    }

    @Test
    void aHoldersNameBeforeACardWordAndTheMaskedNumberTitlesTheRowsBelow() throws Exception {
        Statement s = statement(120, "ANA P FERREIRA Cartão 4551 XXXX XXXX 2290");
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "MOBILE PAYMENT - THANK YOU", "NETFLIX.COM NETFLIX.COM CA", "TST* BLUE BOTTLE COFFEE",
                "UBER EATS SAN FRANCISCO CA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aWrappedLineNamingACardInCapitalsStaysText() throws Exception {
        Statement s = statement(120, "POS PURCHASE CARD 4551 XXXX XXXX 2290");
        assertThat(s.transactions().get(2).description()).isEqualTo("TST* BLUE BOTTLE COFFEE POS PURCHASE CARD 4551 XXXX XXXX 2290");
    }

    @Test
    void aCardMembersTitleUnderTheCardsTotalsJoinsNoRow() throws Exception {
        // Probes L12: rows wrap below their date; one card's totals mid-table, the next card's title set nearer the
        // row below than the totals above, so the whitespace gave it to that row (fz_379_L12, reconciled).
        Statement s = parse(new PageSketch(1).line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 110, "Particulars", 360, "Debit", 440, "Credit", 520, "Balance")
                .cell(110, "Opening balance").right(550, "1,000.00").next()
                .cell(40, "16.05.2025").cell(110, "FASTER PAYMENT").right(385, "10.00").right(550, "990.00").next()
                .gap(-2).line(110, "THAMES WATER").gap(-2)
                .cell(40, "19.05.2025").cell(110, "DIRECT DEBIT").right(385, "20.00").right(550, "970.00").next()
                .gap(-2).line(110, "SHELL FUEL").gap(3)
                .cell(110, "Total card ending 4821").right(385, "30.00").right(470, "0.00").next().gap(3)
                .line(110, "J SMITH Card ending 7730").gap(-2)
                .cell(40, "20.05.2025").cell(110, "BILL PAYMENT").right(385, "5.00").right(550, "965.00").next()
                .gap(-2).line(110, "SAINSBURYS")
                .cell(110, "Closing balance").right(550, "965.00").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "FASTER PAYMENT THAMES WATER", "DIRECT DEBIT SHELL FUEL", "BILL PAYMENT SAINSBURYS");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void textUnderACardMembersTitleTakenForAHeadingLeavesTheRowsInDoubt() throws Exception {
        // Probe fz_403_L12: a grid aligned to the bottom of its cells, every line evenly spaced; the lines between the
        // next card's title and its first row's date line are that row's first lines, and were dropped as headings.
        Statement s = parse(new PageSketch(1).line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 110, "Particulars", 360, "Debit", 440, "Credit", 520, "Balance")
                .cell(110, "Opening balance").right(550, "1,000.00").next()
                .cell(40, "16.05.2025").cell(110, "CASHBACK REWARD").right(470, "10.00").right(550, "1,010.00").next()
                .line(110, "DIRECT DEBIT")
                .cell(40, "19.05.2025").cell(110, "SHELL FUEL").right(385, "20.00").right(550, "990.00").next()
                .cell(110, "Total card ending 4821").right(385, "20.00").right(470, "10.00").next()
                .line(110, "J SMITH Card ending 7730")
                .line(110, "ONLINE TRANSFER")
                .line(110, "NETFLIX")
                .cell(40, "20.05.2025").cell(110, "SUBSCRIPTION").right(385, "5.00").right(550, "985.00").next()
                .cell(110, "Closing balance").right(550, "985.00").next());
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("ONLINE TRANSFER");
    }
}
