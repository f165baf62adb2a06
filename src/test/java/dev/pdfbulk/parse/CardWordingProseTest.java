package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Card words inside a sentence (a security warning, legal text) say nothing of the account; in a label they do. */
class CardWordingProseTest {

    private static final String WARNING = "Please do not share your ATM, Debit/Credit card number, PIN and OTP with"
            + " anyone over mail, SMS, phone call or any other media.";

    private static boolean names(Object... cells) {
        return CardWording.names(Line.of(new PageSketch(1).line(cells).page()).get(0));
    }

    @Test
    void aWarningSentenceNamesNoCard() {
        assertThat(names(40, WARNING)).isFalse();
        assertThat(names(40, "Never give your credit card details to anyone who calls you claiming to be us."))
                .isFalse();
    }

    @Test
    void headingsAndLabelsNameACard() {
        assertThat(names(40, "Credit Card Statement")).isTrue();
        assertThat(names(40, "Your Platinum credit card statement for August")).isTrue();
        assertThat(names(40, "Credit limit", 200, "$5,000.00")).isTrue();
        assertThat(names(40, "Statement date 31/08/2025 Minimum payment due 25.00 by 15/09/2025")).isTrue();
        assertThat(names(40, "Credit limit 5,000.00", 200, WARNING)).isTrue();
    }

    @Test
    void aSavingsAccountWithTheWarningKeepsItsBalanceDirection() throws Exception {
        // No opening balance is printed: only the running balance says which way money moved.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement of Account 1 Aug 2025 to 31 Aug 2025").gap(20)
                .line(40, "Txn Date", 120, "Description", 330, "Debit", 410, "Credit", 500, "Balance")
                .cell(40, "01/08/2025").cell(120, "SALARY ACME").right(450, "10,000.00").right(560, "12,000.00").next()
                .cell(40, "02/08/2025").cell(120, "ATM WDL").right(370, "500.00").right(560, "11,500.00").next()
                .cell(40, "03/08/2025").cell(120, "UPI GROCER").right(370, "250.00").right(560, "11,250.00").next()
                .gap(30).line(40, WARNING));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("10000.00"),
                new BigDecimal("-500.00"), new BigDecimal("-250.00"));
        assertThat(s.transactions()).extracting(Transaction::balance).containsExactly(new BigDecimal("12000.00"),
                new BigDecimal("11500.00"), new BigDecimal("11250.00"));
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.UNRECONCILED);
    }
}
