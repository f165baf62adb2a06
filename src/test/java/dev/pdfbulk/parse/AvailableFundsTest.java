package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An undated line under the closing balance that says what is still available ("Verfügbarer Rahmen", "Available
 * credit"): information on the account, never a transaction.
 */
class AvailableFundsTest {

    @Test
    void anAvailableCreditLineUnderTheClosingBalanceIsNoRow() throws Exception {
        PageSketch p = UmsatztextHeaderTest.giroPage()
                .cell(180, "Verfügbarer Rahmen").right(535, "6.357,24").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-62.84", "2941.86", "-7.90");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theGrantedOverdraftUnderTheClosingBalanceIsNoRow() throws Exception {
        PageSketch p = UmsatztextHeaderTest.giroPage()
                .cell(180, "Eingeräumte Kontoüberziehung").right(535, "3.000,00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-62.84", "2941.86", "-7.90");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void onlyTheWholeLineIsALabel() {
        assertThat(AvailableFunds.names("Eingeräumte Kontoüberziehung")).isTrue();
        assertThat(AvailableFunds.names("Vereinbarter Rahmen")).isTrue();
        assertThat(AvailableFunds.names("Überziehungszinsen")).isFalse();
        assertThat(AvailableFunds.names("Kontoüberziehung Gebühr")).isFalse();
        assertThat(AvailableFunds.names("Verfügbarer Rahmen")).isTrue();
        assertThat(AvailableFunds.names("AVAILABLE CREDIT")).isTrue();
        assertThat(AvailableFunds.names("Credit limit as of 31/07/2025")).isTrue();
        assertThat(AvailableFunds.names("Saldo disponible:")).isTrue();
        assertThat(AvailableFunds.names("Over credit limit fee")).isFalse();
        assertThat(AvailableFunds.names("Rahmenvertrag Zahlung")).isFalse();
        assertThat(AvailableFunds.names("LIMITED EDITION STORE")).isFalse();
    }
}
