package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header words with a footnote mark glued on ("Intl.#", "обработки¹") and a row number written as one word
 * ("SerNo."): an Indian card's table, its serial numbers, reward points and foreign amounts no part of the text.
 */
class FootnoteMarkHeadersTest {

    @Test
    void aMarkAfterAHeaderWordIsNoPartOfIt() {
        assertThat(HeaderVocabulary.kindOf("Intl.# amount")).isEqualTo(ColumnKind.OTHER);
        assertThat(HeaderVocabulary.kindOf("Amount¹")).isEqualTo(ColumnKind.AMOUNT);
        assertThat(HeaderVocabulary.kindOf("SerNo.")).isEqualTo(ColumnKind.OTHER);
        assertThat(HeaderVocabulary.kindOf("#")).isNull();
    }

    @Test
    void serialNumbersPointsAndForeignAmountsStayOutOfTheDescription() throws Exception {
        // Read header-less (three words the vocabulary did not know), every description took the serial number, the
        // points and the foreign amount, and the card still reconciled: a silent error.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period : May 16, 2024 to June 15, 2024")
                .line(40, "Previous Balance", 200, "Total Amount due")
                .line(40, "₹4,000.00", 200, "₹5,292.05").gap(20)
                .line(40, "Date", 98, "SerNo.", 165, "Transaction", 220, "Details", 368, "Reward", 447, "Intl.#",
                        497, "Amount", 532, "(in", 546, "₹)")
                .line(373, "Points", 438, "amount")
                .cell(40, "18/05/2024").cell(98, "10149928516").cell(165, "NETFLIX.COM LOS GATOS US").right(400, "24")
                        .right(470, "USD 15.49").right(555, "1,292.05").next()
                .cell(40, "28/05/2024").cell(98, "10149932162").cell(165, "BBPS PAYMENT RECEIVED").right(400, "0")
                        .right(555, "4,000.00 CR").next()
                .cell(40, "30/05/2024").cell(98, "10149932906").cell(165, "AMAZON PAY INDIA").right(400, "80")
                        .right(555, "4,000.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("NETFLIX.COM LOS GATOS US", "BBPS PAYMENT RECEIVED", "AMAZON PAY INDIA");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-1292.05"),
                new BigDecimal("4000.00"), new BigDecimal("-4000.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
