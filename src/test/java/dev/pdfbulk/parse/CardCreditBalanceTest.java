package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card paid past what it owed: its closing, a credit balance, printed "-$50.00" wherever the new balance is shown,
 * beside a previous balance owed, unmarked. The balances' marks then point the holder's way; the rows, signed by
 * their columns (Credits | Charges), add up only as the issuer prints them.
 */
class CardCreditBalanceTest {

    private static PageSketch card(String payment, String charge, String newBalance) {
        return new PageSketch(1)
                .line(40, "Statement Period 05/13/2025 to 06/12/2025")
                .line(40, "Previous Balance", 300, "$100.00")
                .line(40, "New Balance", 300, newBalance)
                .line(40, "Credit Limit", 300, "$5,000.00").gap(20)
                .line(40, "Trans", 80, "Post", 130, "Description", 400, "Credits", 470, "Charges")
                .cell(40, "05/28").cell(80, "05/29").cell(130, "ONLINE ACH PAYMENT THANK YOU").right(435, payment).next()
                .cell(40, "05/30").cell(80, "05/31").cell(130, "SHELL OIL SAN JOSE CA").right(505, charge).next()
                .cell(130, "New Balance Total").right(505, newBalance).next();
    }

    @Test
    void aCreditBalanceMarkedMinusIsReadFromTheIssuersSideWhereTheRowsAddUpSo() throws Exception {
        // Owed 100.00, paid 200.00, charged 50.00: owed -50.00, in the holder's favour.
        Statement s = parse(card("200.00", "50.00", "-$50.00"));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("200.00"), new BigDecimal("-50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        // In the statement's own sign, the amount owed.
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("100.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("-50.00");
    }

    @Test
    void rowsThatAddUpNeitherWayStayUnreconciled() throws Exception {
        // Charged 60.00, not 50.00: no reading of the balances agrees with the rows.
        Statement s = parse(card("200.00", "60.00", "-$50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void anAmountOwedStillReadsAsOwed() throws Exception {
        // Owed 100.00, paid 30.00, charged 80.00: owed 150.00, every balance unmarked.
        Statement s = parse(card("30.00", "80.00", "$150.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("150.00");
    }
}
