package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening and closing balances read by their labels, the amount beside the label or under it. */
class BalanceLabelsTest {

    @Test
    void aPreviousStatementBalanceOpensAndAStatementBalanceCloses() {
        PageSketch p = new PageSketch(1)
                .line(40, "Previous statement balance", 200, "$500.00")
                .line(40, "Statement balance", 200, "$530.00");
        assertThat(value(opening(p))).isEqualByComparingTo("500.00");
        assertThat(value(closing(p))).isEqualByComparingTo("530.00");
    }

    @ParameterizedTest
    @CsvSource({"Total Dues", "Total Amount Due", "Total Due", "Total Payment Due", "Total Balance Due"})
    void aCardsTotalDueIsItsClosingBalanceAndTheMinimumDueIsNot(String label) {
        // A grid of labels over values: "Payment Due Date | Total Dues | Minimum Amount Due".
        PageSketch p = new PageSketch(1)
                .line(40, "Payment Due Date", 200, label, 360, "Minimum Amount Due")
                .line(60, "02/06/2025", 200, "2,64,050.26", 380, "13,202.51");
        assertThat(value(closing(p))).isEqualByComparingTo("264050.26");
        PageSketch minimumOnly = new PageSketch(1)
                .line(40, "Payment Due Date", 360, "Minimum Amount Due")
                .line(60, "02/06/2025", 380, "13,202.51");
        assertThat(closing(minimumOnly)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Bs. | 45.842,37 | 45842.37", "L | 24,318.45 | 24318.45", "ZMW | 17,842.15 | 17842.15"})
    void aLocalSignOrCodeASpaceBeforeTheValueIsPartOfIt(String sign, String number, String expected) {
        // A summary box beside the account's lines: "Titular : ...   Saldo Inicial   Bs. 45.842,37".
        PageSketch p = new PageSketch(1).line(40, "Titular", 125, ": RODRIGUEZ MARQUEZ, LUIS", 368, "Saldo Inicial",
                520, sign, 540, number);
        assertThat(value(opening(p))).isEqualByComparingTo(expected);
    }

    @Test
    void theBalanceOfTheLastStatementOpens() {
        PageSketch p = new PageSketch(1).line(40, "Saldo der letzten Abrechnung", 300, "1.348,17-");
        assertThat(value(opening(p))).isEqualByComparingTo("1348.17");
    }

    @ParameterizedTest
    @CsvSource({"Saldo początkowe, Saldo końcowe",
        "Počáteční zůstatek, Konečný zůstatek", "Ingående saldo, Utgående saldo"})
    void polishCzechAndSwedishOpeningAndClosingLabels(String openingLabel, String closingLabel) {
        PageSketch p = new PageSketch(1)
                .line(40, openingLabel, 200, "5 312,08 PLN")
                .line(40, closingLabel, 200, "10 546,14 PLN");
        assertThat(value(opening(p))).isEqualByComparingTo("5312.08");
        assertThat(value(closing(p))).isEqualByComparingTo("10546.14");
    }

    @ParameterizedTest
    @CsvSource({"Solde de départ", "SOLDE DEPART AU 31/07/2025"})
    void theFrenchStartingBalanceOpens(String label) {
        PageSketch p = new PageSketch(1).line(40, label, 300, "23 418,60");
        assertThat(value(opening(p))).isEqualByComparingTo("23418.60");
    }

    @Test
    void aSummaryBoxThatCountsTheItemsBeforeTheAmountGivesTheBalanceNotTheCount() {
        PageSketch p = new PageSketch(1)
                .line(300, "INSTANCES", 450, "AMOUNT")
                .line(40, "Beginning Balance", 450, "$3,127.55")
                .line(40, "Ending Balance", 320, "49", 450, "$567.39");
        assertThat(value(opening(p))).isEqualByComparingTo("3127.55");
        assertThat(value(closing(p))).isEqualByComparingTo("567.39");
    }

    @Test
    void aWordSayingWhatTheBalanceIsOfMayStandInTheLabel() {
        PageSketch p = new PageSketch(1)
                .line(40, "Beginning Cash Balance", 300, "$14,382.19")
                .line(40, "Ending Cash Balance", 300, "$13,880.86");
        assertThat(value(opening(p))).isEqualByComparingTo("14382.19");
        assertThat(value(closing(p))).isEqualByComparingTo("13880.86");
        // Another measure of the balance is no opening or closing one.
        PageSketch other = new PageSketch(1)
                .line(40, "Opening Available Balance", 300, "$1,000.00")
                .line(40, "Ending Average Balance", 300, "$900.00");
        assertThat(opening(other)).isNull();
        assertThat(closing(other)).isNull();
    }

    @Test
    void aDailyEndingBalanceIsNoClosingBalance() {
        // the title of a grid of balances day by day, its first value right under it
        PageSketch p = new PageSketch(1)
                .line(40, "DAILY ENDING BALANCE")
                .line(40, "05/01", 120, "$1,100.81", 175, "05/11", 255, "$2,045.05");
        assertThat(closing(p)).isNull();
    }

    @Test
    void balanceAtStartAndAtEndOverTheirValuesOpenAndClose() {
        // A summary grid of labels over values: "Balance at start | Total deposits | Total outgoings | Balance at end".
        PageSketch p = new PageSketch(1)
                .line(40, "Balance at start", 200, "Total deposits", 360, "Total outgoings", 520, "Balance at end")
                .gap(8)
                .line(40, "£2,420.00", 200, "£2,702.12", 360, "-£2,353.98", 520, "£2,768.14");
        assertThat(value(opening(p))).isEqualByComparingTo("2420.00");
        assertThat(value(closing(p))).isEqualByComparingTo("2768.14");
        PageSketch daily = new PageSketch(1).line(40, "Balance at end of day", 200, "£1,120.00");
        assertThat(closing(daily)).isNull();
    }

    @Test
    void anAmountSetUnderTheLabelIsItsValue() {
        PageSketch p = new PageSketch(1)
                .line(40, "Opening balance", 200, "Closing balance")
                .line(60, "100.00", 210, "250.00");
        assertThat(value(opening(p))).isEqualByComparingTo("100.00");
        assertThat(value(closing(p))).isEqualByComparingTo("250.00");
    }

    @Test
    void aValueRightAlignedInItsLabelsCellPastTheLabelsEndIsItsValue() {
        // Labels at the left of cells 140 pt wide, values at their right: neither balance lies under its label.
        PageSketch p = new PageSketch(1)
                .line(40, "Opening Balance", 180, "Total Withdrawals", 320, "Total Deposits", 460, "Closing Balance")
                .right(170, "84,213.55").right(310, "2,05,353.23").right(450, "3,67,481.16").right(595, "2,46,341.48")
                .next();
        assertThat(value(opening(p))).isEqualByComparingTo("84213.55");
        assertThat(value(closing(p))).isEqualByComparingTo("246341.48");
        // A label alone on its line has no cell to widen: an amount right of it on the next line is not its value.
        PageSketch alone = new PageSketch(1).line(40, "Opening Balance").right(200, "84,213.55").next();
        assertThat(opening(alone)).isNull();
    }

    private static BigDecimal value(Amount amount) {
        assertThat(amount).as("the label's amount").isNotNull();
        return amount.magnitude();
    }

    private static Amount opening(PageSketch p) {
        return firstFound(p, BalanceLabels::opening);
    }

    private static Amount closing(PageSketch p) {
        return firstFound(p, BalanceLabels::closing);
    }

    // The first line's, as the metadata reader takes it.
    private static Amount firstFound(PageSketch p, BiFunction<List<Line>, Integer, Amount> label) {
        List<Line> lines = Line.of(p.page());
        for (int i = 0; i < lines.size(); i++) {
            Amount a = label.apply(lines, i);
            if (a != null) {
                return a;
            }
        }
        return null;
    }
}
