package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Apple Card's "Previous Monthly Balance" (opening) and "Total Balance" (closing, all it owes). */
class CardMonthlyBalanceLabelsTest {

    @Test
    void labelsNameTheCardsBalances() {
        assertThat(BalanceLabelWords.OPENING.matcher("previous monthly balance").find()).isTrue();
        assertThat(BalanceLabelWords.CLOSING.matcher("total balance").find()).isTrue();
        assertThat(BalanceLabelWords.CLOSING.matcher("total balance transfers").find()).isFalse();
    }

    @Test
    void paymentsInATableOfTheirOwnCountOnceTheBalancesAreRead() throws Exception {
        // Without the balances the statement was unverified and its Payments table, headed differently from the
        // Transactions, was left out: the payment was lost.
        Statement s = parse(new PageSketch(1)
                .line(40, "Apple Card", 330, "Previous Monthly Balance", 520, "$100.00")
                .line(330, "Total Balance", 520, "$130.00")
                .line(330, "Minimum Payment Due", 520, "$25.00").gap(20)
                .line(40, "Payments")
                .line(40, "Date", 110, "Description", 545, "Amount")
                .cell(40, "06/05/2024").cell(110, "ACH DEPOSIT INTERNET TRANSFER").right(575, "-$50.00").next()
                .line(110, "Total payments for this period", 540, "-$50.00").gap(10)
                .line(40, "Transactions")
                .line(40, "Date", 110, "Description", 465, "Daily Cash", 545, "Amount")
                .cell(40, "06/07/2024").cell(110, "NIKE.COM BEAVERTON OR USA").right(470, "2%")
                        .right(515, "$1.60").right(575, "$80.00").next()
                .line(110, "Total charges, credits and returns", 540, "$80.00"));
        assertThat(s.metadata().openingBalance().abs()).isEqualByComparingTo("100.00");
        assertThat(s.metadata().closingBalance().abs()).isEqualByComparingTo("130.00");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactlyInAnyOrder(new BigDecimal("50.00"), new BigDecimal("-80.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
