package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts with three decimals (BHD, KWD, OMR, ...): "1,703.889" shows its decimal mark, "51.132" alone reads two
 * ways and is decided by the statement as a whole; the three decimals are kept, never rescaled.
 */
class ThreeDecimalsTest {

    @ParameterizedTest
    @CsvSource({"'1,703.889', 1703.889", "'1.703,889', 1703.889", "'1 703,889', 1703.889", "0.842, 0.842",
        "'1''234.567', 1234.567", "'BHD 1,284.350', 1284.350",
        "0.500, 0.500"})
    // "0.500" is no whole number grouped in thousands (no group starts with a lone 0): it has three decimals.
    void aNumberThatShowsItsDecimalMarkHasThreeDecimals(String text, String value) {
        Amount a = AmountParser.parse(text).orElseThrow();
        assertThat(a.magnitude()).isEqualTo(new BigDecimal(value));
        assertThat(AmountParser.parseInMoneyPlace(text).orElseThrow().magnitude()).isEqualTo(new BigDecimal(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234.567.890", "1.234,567.890", "1,234.567,890"})
    void groupsMixingBothSeparatorsAreNoAmount(String text) {
        assertThat(AmountParser.parse(text)).isEmpty();
        assertThat(AmountParser.parseInMoneyPlace(text)).isEmpty();
    }

    @Test
    void aLoneSeparatorAndThreeDigitsIsAmbiguous() {
        Amount a = AmountParser.parseInMoneyPlace("51.132").orElseThrow();
        assertThat(a.magnitude()).isEqualTo(new BigDecimal("51132"));
        assertThat(a.ambiguousMark()).isEqualTo('.');
        assertThat(a.withThreeDecimals().magnitude()).isEqualTo(new BigDecimal("51.132"));
        assertThat(AmountParser.parseInMoneyPlace("1.234.567").orElseThrow().ambiguousMark()).isEqualTo((char) 0);
    }

    private static PageSketch statement(String currencyLine, String... rows) {
        PageSketch p = new PageSketch(1).line(40, currencyLine).line(40, "Statement from 01/03/2025 to 31/03/2025")
                .gap(20).line(40, "Date", 140, "Description", 370, "Debit", 440, "Credit", 515, "Balance");
        // The balance before the first row, printed like the first row's, so that every row is checked.
        p.cell(140, "BALANCE BROUGHT FORWARD").right(555, before(rows[2], rows[3], rows[4])).next();
        for (int k = 0; k < rows.length; k += 5) {
            if (!rows[k].isEmpty()) {
                p.cell(40, rows[k]);
            }
            p.cell(140, rows[k + 1]);
            if (!rows[k + 2].isEmpty()) {
                p.right(415, rows[k + 2]);
            }
            if (!rows[k + 3].isEmpty()) {
                p.right(485, rows[k + 3]);
            }
            p.right(555, rows[k + 4]).next();
        }
        return p.gap(40).line(40, "Page 1 of 1");
    }

    private static String before(String debit, String credit, String balance) {
        BigDecimal value = number(balance).add(number(debit)).subtract(number(credit));
        if (!balance.contains(",")) {
            return value.toPlainString();
        }
        return new DecimalFormat("#,##0." + "0".repeat(value.scale()), DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(value);
    }

    private static BigDecimal number(String printed) {
        return printed.isEmpty() ? BigDecimal.ZERO : new BigDecimal(printed.replace(",", ""));
    }

    @Test
    void aStatementWhoseAmountsShowThreeDecimalsReadsTheAmbiguousOnesSo() throws Exception {
        Statement s = parse(statement("Current Account",
                "01/03/2025", "SALARY", "", "419.539", "1,703.889",
                "02/03/2025", "ATM WITHDRAWAL", "51.132", "", "1,652.757",
                "", "BANK CHARGES", "1.500", "", "1,651.257",
                "", "PROFIT CREDITED", "", "0.842", "1,652.099"));
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("419.539", "-51.132", "-1.500", "0.842");
        assertThat(s.transactions().get(3).balance().toPlainString()).isEqualTo("1652.099");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aThreeDigitCurrencyReadsAmountsThatNeverShowTheirMarkWithThreeDecimals() throws Exception {
        Statement s = parse(statement("Current Account Currency BHD",
                "01/03/2025", "SALARY", "", "419.539", "703.889",
                "02/03/2025", "ATM WITHDRAWAL", "51.132", "", "652.757"));
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("419.539", "-51.132");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void withoutEvidenceOfThreeDecimalsAGroupedNumberStaysWhole() throws Exception {
        Statement s = parse(statement("Current Account",
                "01/03/2025", "SALARY", "", "12.500", "112.500",
                "02/03/2025", "RENT", "2.000", "", "110.500"));
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("12500", "-2000");
    }

    @ParameterizedTest
    @CsvSource({"1703.889, 1703.889, NONE", "'-12345,678', 12345.678, MINUS", "'BHD 1703.889', 1703.889, NONE",
        "'(20250.001)', 20250.001, MINUS"})
    void anUngroupedNumberWithAThreeDigitTailReadsOnlyWithThreeDecimals(String text, String value, Amount.Mark mark) {
        assertThat(AmountParser.parseInMoneyPlace(text)).isEmpty();
        Amount a = AmountParser.parseInMoneyPlace(text, true).orElseThrow();
        assertThat(a.magnitude()).isEqualTo(new BigDecimal(value));
        assertThat(a.mark()).isEqualTo(mark);
        assertThat(a.ungroupedMark()).isNotEqualTo((char) 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,1703.889", "12345.6789", "170.889", "2025.12.31", "0703.889"})
    void otherNumbersAreNoUngroupedThreeDecimalAmount(String text) {
        assertThat(AmountParser.parseInMoneyPlace(text, true).map(Amount::ungroupedMark).orElse((char) 0)).isEqualTo((char) 0);
    }

    @Test
    void aStatementWhoseAmountsHaveThreeDecimalsReadsUngroupedNumbersSo() throws Exception {
        Statement s = parse(statement("Current Account",
                "01/03/2025", "SALARY", "", "1419.539", "2703.889",
                "02/03/2025", "ATM WITHDRAWAL", "51.132", "", "2652.757",
                "", "BANK CHARGES", "1.500", "", "2651.257",
                "", "PROFIT CREDITED", "", "0.842", "2652.099"));
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("1419.539", "-51.132", "-1.500", "0.842");
        assertThat(s.transactions().get(3).balance().toPlainString()).isEqualTo("2652.099");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void ungroupedNumbersFirstPrintedOnALaterPageReadTheSame() throws Exception {
        // The table runs on from page 1, whose amounts are all grouped, to page 2, where the balance passes 1,000.
        PageSketch one = statement("Current Account",
                "01/03/2025", "SALARY", "", "419.539", "703.889",
                "02/03/2025", "ATM WITHDRAWAL", "51.132", "", "652.757");
        PageSketch two = new PageSketch(2)
                .line(40, "Date", 140, "Description", 370, "Debit", 440, "Credit", 515, "Balance")
                .cell(40, "03/03/2025").cell(140, "TRANSFER IN").right(485, "600.000").right(555, "1252.757").next()
                .cell(40, "04/03/2025").cell(140, "PROFIT CREDITED").right(485, "0.842").right(555, "1253.599").next();
        Statement s = parse(one, two);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("419.539", "-51.132", "600.000", "0.842");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void inAStatementOfTwoDecimalsAnUngroupedNumberStaysNoAmount() throws Exception {
        Statement s = parse(statement("Current Account",
                "01/03/2025", "SALARY", "", "419.53", "1,703.88",
                "02/03/2025", "ATM WITHDRAWAL", "2025.123", "", "1,652.75",
                "", "BANK CHARGES", "1.50", "", "1,651.25"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("SALARY");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("2025.123");
    }

    @Test
    void summaryBalancesPrintedUngroupedAreReadWhereTheAmountsHaveThreeDecimals() throws Exception {
        // Before, "1865.420" beside its label was no amount: no opening balance, the first row unchecked, unverified.
        Statement s = parse(summaryAbove("1865.420", "1803.709",
                "02/03/2025", "ATM WITHDRAWAL", "61.711", "", "1803.709",
                "05/03/2025", "BILL PAYMENT OMANTEL", "18.250", "", "1785.459",
                "09/03/2025", "ACH CREDIT", "", "18.250", "1803.709"));
        assertThat(s.metadata().openingBalance().toPlainString()).isEqualTo("1865.420");
        assertThat(s.metadata().closingBalance().toPlainString()).isEqualTo("1803.709");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void inAStatementOfTwoDecimalsAnUngroupedSummaryValueIsNoBalance() throws Exception {
        Statement s = parse(summaryAbove("1865.420", "1803.709",
                "02/03/2025", "ATM WITHDRAWAL", "61.71", "", "1,803.71",
                "05/03/2025", "BILL PAYMENT", "18.25", "", "1,785.46"));
        assertThat(s.metadata().openingBalance()).isNull();
        assertThat(s.metadata().closingBalance()).isNull();
    }

    // A statement whose summary gives the opening and closing balance above a table with no brought-forward row.
    private static PageSketch summaryAbove(String opening, String closing, String... rows) {
        PageSketch p = new PageSketch(1).line(40, "Current Account").line(40, "Statement from 01/03/2025 to 31/03/2025")
                .line(40, "Opening Balance", 200, opening).line(40, "Closing Balance", 200, closing)
                .gap(20).line(40, "Date", 140, "Description", 370, "Debit", 440, "Credit", 515, "Balance");
        for (int k = 0; k < rows.length; k += 5) {
            p.cell(40, rows[k]).cell(140, rows[k + 1]);
            if (!rows[k + 2].isEmpty()) {
                p.right(415, rows[k + 2]);
            }
            if (!rows[k + 3].isEmpty()) {
                p.right(485, rows[k + 3]);
            }
            p.right(555, rows[k + 4]).next();
        }
        return p.gap(40).line(40, "Page 1 of 1");
    }
}
