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
}
