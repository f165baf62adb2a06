package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A multi-currency account's sections print no balance of their own: each currency's opening and closing stand only
 * in the summary grid at the top, a row a currency, and each section takes the row answering to it.
 */
class AccountBalanceRowsTest {

    private static PageSketch statement(String eurRow, String gbpRow, String eurName, String gbpName,
                                        String... moreRows) {
        PageSketch p = new PageSketch(1)
                .line(40, "Business Statement", 400, "Period Jun 1, 2025 - Jun 30, 2025").gap(10)
                .line(40, "Balance summary")
                .line(40, "Product", 200, "Opening balance", 300, "Money out", 380, "Money in", 460, "Closing balance");
        p.line(40, eurName, 205, eurRow.split(" ")[0], 465, eurRow.split(" ")[1]);
        p.line(40, gbpName, 205, gbpRow.split(" ")[0], 465, gbpRow.split(" ")[1]);
        for (int i = 0; i < moreRows.length; i += 2) {
            p.line(40, moreRows[i], 205, moreRows[i + 1].split(" ")[0], 465, moreRows[i + 1].split(" ")[1]);
        }
        p.gap(20);
        p.line(40, "EUR transactions from June 1, 2025 to June 30, 2025")
                .line(40, "IBAN LT60 3250 0247 1938 5520").gap(6)
                .line(40, "Date", 120, "Description", 320, "Money out", 400, "Money in", 480, "Balance")
                .cell(40, "Jun 2, 2025").cell(120, "Figma").right(370, "€25.00").right(540, "€975.00").next()
                .cell(40, "Jun 9, 2025").cell(120, "From ACME BV").right(450, "€300.00").right(540, "€1,275.00").next()
                .gap(20);
        return p.line(40, "GBP transactions from June 1, 2025 to June 30, 2025")
                .line(40, "Account number 31926819 Sort code 04-00-75").gap(6)
                .line(40, "Date", 120, "Description", 320, "Money out", 400, "Money in", 480, "Balance")
                .cell(40, "Jun 3, 2025").cell(120, "Pret A Manger").right(370, "£10.00").right(540, "£490.00").next()
                .cell(40, "Jun 8, 2025").cell(120, "HMRC VAT").right(370, "£90.00").right(540, "£400.00").next();
    }

    @Test
    void eachSectionTakesTheGridRowOfItsCurrency() throws Exception {
        // given: the grid's rows in the sections' currencies, by code and by symbol
        Statement s = parse(statement("€1,000.00 €1,275.00", "£500.00 £400.00", "EUR Main (Current account)",
                "GBP Main (Current account)"));

        // then: two sections, each reconciled against its own row, in its own currency
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).extracting(Section::currency).containsExactly("EUR", "GBP");
        assertThat(s.sections()).extracting(Section::account).containsExactly("****5520", "****6819");
        assertThat(s.sections().get(0).openingBalance()).isEqualByComparingTo(new BigDecimal("1000.00"));
        assertThat(s.sections().get(1).closingBalance()).isEqualByComparingTo(new BigDecimal("400.00"));
        assertThat(s.metadata().currency()).isNull();
    }

    @Test
    void gridBalancesTheRowsDoNotReachAreNoProof() throws Exception {
        // given: the GBP row's closing is not where its rows end
        Statement s = parse(statement("€1,000.00 €1,275.00", "£500.00 £410.00", "EUR Main (Current account)",
                "GBP Main (Current account)"));

        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void twoRowsAnsweringToOneSectionGiveItNone() throws Exception {
        // given: both rows in euros, by name and by symbol: neither is the GBP section's, and which is the EUR's is a guess
        Statement s = parse(statement("€1,000.00 €1,275.00", "€500.00 €400.00", "EUR Main (Current account)",
                "EUR Savings"));

        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).isEmpty();
    }

    @Test
    void anAccountTheGridListsThatNoSectionReadsLeavesTheSectionsUnproven() throws Exception {
        // given: a third account whose balance moved, its rows under columns no section reads
        Statement moved = parse(statement("€1,000.00 €1,275.00", "£500.00 £400.00", "EUR Main (Current account)",
                "GBP Main (Current account)", "USD Main (Current account)", "$900.00 $850.00"));
        // and one whose balance did not: nothing to list
        Statement still = parse(statement("€1,000.00 €1,275.00", "£500.00 £400.00", "EUR Main (Current account)",
                "GBP Main (Current account)", "USD Main (Current account)", "$900.00 $900.00"));

        assertThat(moved.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(moved.reconciliation().detail()).contains("usd main");
        assertThat(still.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        // nor is the grid's total row an account
        Statement total = parse(statement("€1,000.00 €1,275.00", "£500.00 £400.00", "EUR Main (Current account)",
                "GBP Main (Current account)", "Total", "€1,500.00 €1,675.00"));
        assertThat(total.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
