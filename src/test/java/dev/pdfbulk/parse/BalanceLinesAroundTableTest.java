package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table with no balance column between two balances named by their dates: the one above dated the day before
 * the period starts (its opening), the one under the table dated the period's last day (its closing).
 */
class BalanceLinesAroundTableTest {

    /** {@code money}: the opening, the two rows' amounts and the closing, as printed. */
    private static Statement statement(String period, String above, String below, String header, String amount,
                                       String... money) throws Exception {
        return parse(new PageSketch(1)
                .line(40, period).gap(20)
                .line(140, above, 470, money[0])
                .line(40, "Date", 140, header, 470, amount)
                .cell(40, "03.05").cell(140, "CARTE X4417 FNAC.COM").right(510, money[1]).next()
                .cell(40, "06.05").cell(140, "VIR SEPA RECU /DE MME PETIT").right(510, money[2]).next()
                .gap(12).line(140, below, 470, money[3]));
    }

    @Test
    void soldeTheDayBeforeThePeriodOpensItAndSoldeOnItsLastDayClosesIt() throws Exception {
        Statement s = statement("Période du 01/05/2025 au 31/05/2025", "Solde au 30/04/2025", "Solde au 31/05/2025",
                "Libellé", "Montant", "3 128,74", "-109,09", "+430,33", "3 449,98");

        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-109.09"), new BigDecimal("430.33"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void balanceAtTheDayBeforeThePeriodInEnglish() throws Exception {
        Statement s = statement("Statement period 1 May 2025 to 31 May 2025", "Balance at 30 April 2025",
                "Balance at 31 May 2025", "Description", "Amount", "3,128.74", "-109.09", "+430.33", "3,449.98");

        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aClosingThatDoesNotFollowIsStillRefused() throws Exception {
        Statement s = statement("Période du 01/05/2025 au 31/05/2025", "Solde au 30/04/2025", "Solde au 31/05/2025",
                "Libellé", "Montant", "3 128,74", "-109,09", "+430,33", "3 500,00");

        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }
}
