package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card member's title right under the header, its number and name set apart ("Card number 4500 XXXX XXXX 7731
 * SOPHIE TREMBLAY", CIBC's): the table goes on under it.
 */
class CardNumberTitleTest {

    @Test
    void theRowsUnderACardTitleAreTheTables() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "CIBC Aventura Visa Card", 320, "Account number 4500 XXXX XXXX 7731")
                .line(40, "Statement Period May 13 to June 12, 2024")
                .line(40, "Minimum payment $10.00", 320, "Payment due date July 3, 2024")
                .line(40, "Credit limit $8,500.00")
                .line(320, "Previous balance", 520, "$1,284.66")
                .line(320, "Total balance", 520, "$110.47").gap(20)
                .line(40, "Trans date", 110, "Post date", 180, "Description", 520, "Amount($)")
                .line(40, "Card number 4500 XXXX XXXX 7731", 240, "SOPHIE TREMBLAY")
                .cell(40, "May 14").cell(110, "May 15").cell(180, "CINEPLEX #1105 MONTREAL QC").right(560, "27.37").next()
                .cell(40, "May 20").cell(110, "May 21").cell(180, "METRO 612 MONTREAL QC").right(560, "83.10").next()
                .cell(40, "May 27").cell(110, "May 27").cell(180, "PAYMENT THANK YOU/PAIEMENT MERCI").right(560, "-1,284.66").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-27.37"), new BigDecimal("-83.10"), new BigDecimal("1284.66"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCardTitleWithAnAmountIsNoTitle() {
        assertThat(RowHeading.titlesACard(Line.of(new PageSketch(1).line(40, "Card 4500 XXXX XXXX 7731", 300, "12.50").page()).get(0)))
                .isFalse();
        assertThat(RowHeading.titlesACard(Line.of(new PageSketch(1).line(40, "Card number 4500 XXXX XXXX 7731", 240, "SOPHIE TREMBLAY").page()).get(0)))
                .isTrue();
    }
}
