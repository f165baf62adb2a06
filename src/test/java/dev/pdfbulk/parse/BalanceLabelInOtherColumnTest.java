package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Statement balance" under a card's last row, set in its "Category" column with the amount beside it and nothing
 * in the description: the balance the rows reach, no row with an empty description.
 */
class BalanceLabelInOtherColumnTest {

    @Test
    void aBalanceLabelUnderAnotherColumnIsABalanceLine() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Brex Card statement", 320, "Statement period 05/01/2025 - 05/31/2025")
                .line(40, "Account ending in 3307", 320, "Previous balance", 560, "$1,842.10")
                .line(320, "Statement balance", 560, "$171.38").gap(20)
                .line(40, "Date", 95, "Description", 300, "Cardholder", 395, "Category", 545, "Amount")
                .cell(40, "May 02").cell(95, "UNITED AIRLINES").cell(300, "Marco Ruiz").cell(395, "Travel").right(565, "$146.17").next()
                .cell(40, "May 05").cell(95, "Payment - thank you").right(565, "-$1,842.10").next()
                .cell(40, "May 12").cell(95, "SWEETGREEN 0148").cell(300, "Dana Whitfield").cell(395, "Meals").right(565, "$25.21").next()
                .gap(6)
                .cell(395, "Statement balance").right(565, "$171.38").next().gap(20)
                .line(40, "The Brex Card is issued by Emigrant Bank, Member FDIC."));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-146.17"),
                new BigDecimal("1842.10"), new BigDecimal("-25.21"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("UNITED AIRLINES", "Payment - thank you", "SWEETGREEN 0148");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
