package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A statement whose balances or accounts are in several currencies is recorded in none, and never reconciled. */
class SeveralCurrenciesTest {

    // Two lines above a table whose rows add up, as given.
    private static Statement statement(String first, String second) throws Exception {
        return parse(new PageSketch(1).line(40, first).line(40, second).gap(20)
                .line(40, "Date", 140, "Description", 400, "Debit", 470, "Credit", 540, "Balance")
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(580, "3,934.27").next()
                .cell(40, "02/08/2025").cell(140, "COLES SUPERMARKET").right(440, "172.11").right(580, "3,762.16")
                .next()
                .cell(40, "03/08/2025").cell(140, "SALARY ACME").right(510, "1,000.00").right(580, "4,762.16").next());
    }

    // A summary of two accounts, then the table under its own title.
    private static Statement titled(String first, String second, String title) throws Exception {
        return parse(new PageSketch(1).line(300, "Account Summary").line(300, first).line(300, second)
                .line(300, "Total (HKD equivalent)", 500, "27,666.71").gap(20).line(40, title).gap(6)
                .line(40, "Date", 140, "Description", 400, "Debit", 470, "Credit", 540, "Balance")
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(580, "3,934.27").next()
                .cell(40, "02/08/2025").cell(140, "COLES SUPERMARKET").right(440, "172.11").right(580, "3,762.16")
                .next()
                .cell(40, "03/08/2025").cell(140, "SALARY ACME").right(510, "1,000.00").right(580, "4,762.16").next()
                .cell(140, "CLOSING BALANCE").right(580, "4,762.16").next());
    }

    @Test
    void theTablesTitleAndTheClosingItReachesProveWhichSummaryLineIsTheAccounts() throws Exception {
        Statement s = titled("HKD Savings 368-1-234567-8 HKD 4,762.16", "USD Savings 368-1-234567-8 USD 2,932.06",
                "HKD Savings 368-1-234567-8");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("HKD");
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("3934.27");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("4762.16");
    }

    @Test
    void withoutBothProofsTheStatementStaysInNoCurrency() throws Exception {
        // The line of the title's currency prints another balance than the rows reach.
        Statement other = titled("HKD Savings 368-1-234567-8 HKD 4,726.16", "USD Savings 368-1-234567-8 USD 2,932.06",
                "HKD Savings 368-1-234567-8");
        assertThat(other.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(other.metadata().currency()).isNull();
        // The title names the other currency than the line printing the closing.
        Statement usd = titled("HKD Savings 368-1-234567-8 HKD 4,762.16", "USD Savings 368-1-234567-8 USD 2,932.06",
                "USD Savings 368-1-234567-8");
        assertThat(usd.metadata().currency()).isNull();
        // A title printing an amount is a summary line, no title.
        Statement summary = titled("HKD Savings 368-1-234567-8 HKD 4,762.16", "USD Savings 368-1-234567-8 USD 2,932.06",
                "HKD balance 4,762.16");
        assertThat(summary.metadata().currency()).isNull();
        // A title naming both currencies proves neither.
        Statement both = titled("HKD Savings 368-1-234567-8 HKD 4,762.16", "USD Savings 368-1-234567-8 USD 2,932.06",
                "HKD and USD Savings 368-1-234567-8");
        assertThat(both.metadata().currency()).isNull();
    }

    @Test
    void balancesInTwoCurrenciesGiveNoCurrencyAndNoReconciliation() throws Exception {
        Statement s = statement("EUR balance 4,762.16 EUR", "GBP balance 264.42 GBP");
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("EUR, GBP");
        assertThat(s.metadata().currency()).isNull();
        assertThat(s.metadata().openingBalance()).isNull();
        assertThat(s.metadata().closingBalance()).isNull();
    }

    @Test
    void accountsInTwoCurrenciesGiveNoCurrency() throws Exception {
        Statement s = statement("HKD Savings 123-456789-833 HKD 4,762.16", "USD Savings 123-456789-838 USD 2,932.06");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.metadata().currency()).isNull();
    }

    @Test
    void sectionsTitledByTheirCurrencyGiveNoCurrency() throws Exception {
        // Revolut Business: one section per currency, its balances only in a grid at the top.
        Statement s = statement("EUR transactions from June 1, 2025 to June 30, 2025",
                "GBP transactions from June 1, 2025 to June 30, 2025");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.metadata().currency()).isNull();
        // One such title is the statement's own currency.
        Statement one = statement("EUR Statement", "Generated on the Jul 1, 2025");
        assertThat(one.metadata().currency()).isEqualTo("EUR");
    }

    @Test
    void aForeignCodeInPassingLeavesTheStatementsCurrency() throws Exception {
        // An exchange rate names two codes, but neither a balance nor an account.
        Statement s = statement("EUR balance 4,762.16 EUR", "Exchange rate used: USD 1 = EUR 0.9210");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("EUR");
    }

    @Test
    void aBalanceWithItsEquivalentInAnotherCurrencyLeavesTheStatementsCurrency() throws Exception {
        Statement s = statement("Balance USD 4,762.16 (EUR 4,380.12 equivalent)", "Account 12345678 USD");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().currency()).isEqualTo("USD");
    }
}
