package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amounts printed with the cents' trailing zeros trimmed ("12.5", "100"), read where the balances prove it. */
class TrimmedAmountsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"12.5|12.50", "-12.5|-12.50", "100|100.00", "-45|-45.00", "4,323.8|4323.80",
        "(7.1)|-7.10", "1.234,5|1234.50", "1,500|1500.00", "45.37|45.37", "0|0.00", "12.5 CR|12.50"})
    void aTrimmedCellReadsAsTheAmountItIs(String text, String value) {
        Amount a = TrimmedAmounts.parse(text).orElseThrow();
        assertThat(a.signed()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(a.magnitude().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0042", "1234567890", "1.234.5", "CHECK", "#1234", "12.5.6", "2.5%"})
    void otherNumbersAreNone(String text) {
        assertThat(TrimmedAmounts.parse(text)).isEmpty();
    }

    @Test
    void onlyAPageOfOneDecimalNumbersIsReadSo() {
        assertThat(TrimmedAmounts.printedIn(new PageSketch(1).line(40, "INTEREST 0.4", 300, "-4,323.8").words()))
                .isTrue();
        assertThat(TrimmedAmounts.printedIn(new PageSketch(1).line(40, "Suite 4.1 Main St", 300, "45.00").words()))
                .isFalse();
        assertThat(TrimmedAmounts.printedIn(new PageSketch(1).line(40, "RATE 2.5% v1.2 (7.1) 12.5-").words()))
                .isTrue();
        assertThat(TrimmedAmounts.printedIn(new PageSketch(1).line(40, "RATE 2.5% v1.2 4.1.3 12.50").words()))
                .isFalse();
    }

    @Test
    void aStatementOfTrimmedAmountsReconcilesWithEveryAmount() throws Exception {
        Statement s = parse(trimmed("-33.69", "4,200"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-12.50"),
                new BigDecimal("-100.00"), new BigDecimal("1500.00"), new BigDecimal("-33.69"), new BigDecimal("-0.20"));
        assertThat(s.transactions()).extracting(Transaction::description).contains("CHECK 1234", "RENT UNIT 12");
        assertThat(s.transactions().get(4).balance()).isEqualByComparingTo("4199.80");
    }

    @Test
    void trimmedAmountsThatDoNotAddUpAreNeverReconciled() {
        // Read as printed, the table has no amounts: the file fails, as it did before trimmed amounts were read.
        assertThatThrownBy(() -> parse(trimmed("-33.69", "4,201"))).isInstanceOf(StatementException.class);
    }

    @Test
    void oneDecimalNumbersInDescriptionsLeaveATwoDecimalStatementAsItWas() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period: 06/01/2025 - 06/30/2025").gap(20)
                .line(40, "Date", 130, "Description", 450, "Amount", 545, "Balance")
                .cell(40, "06/01/2025").cell(130, "Opening Balance").right(570, "2,846.19").next()
                .cell(40, "06/03/2025").cell(130, "FEE 2.5 PCT OF 100").right(480, "-2.50").right(570, "2,843.69").next()
                .cell(40, "06/05/2025").cell(130, "UNIT 4.1 RENT 12").right(480, "-100.00").right(570, "2,743.69").next()
                .cell(40, "06/09/2025").cell(130, "PAYROLL").right(480, "1,500.00").right(570, "4,243.69").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("FEE 2.5 PCT OF 100", "UNIT 4.1 RENT 12", "PAYROLL");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-2.50"),
                new BigDecimal("-100.00"), new BigDecimal("1500.00"));
    }

    private static PageSketch trimmed(String amount, String balance) {
        return new PageSketch(1)
                .line(40, "Statement Period: 06/01/2025 - 06/30/2025").gap(20)
                .line(40, "Date", 130, "Description", 450, "Amount", 545, "Balance")
                .cell(40, "06/01/2025").cell(130, "Opening Balance").right(570, "2,846.19").next()
                .cell(40, "06/03/2025").cell(130, "POS PURCHASE KROGER").right(480, "-12.5").right(570, "2,833.69").next()
                .cell(40, "06/05/2025").cell(130, "CHECK 1234").right(480, "-100").right(570, "2,733.69").next()
                .cell(40, "06/09/2025").cell(130, "PAYROLL ACME").right(480, "1,500").right(570, "4,233.69").next()
                .cell(40, "06/12/2025").cell(130, "RENT UNIT 12").right(480, amount).right(570, balance).next()
                .cell(40, "06/15/2025").cell(130, "SERVICE FEE").right(480, "-0.2").right(570, "4,199.8").next();
    }
}
