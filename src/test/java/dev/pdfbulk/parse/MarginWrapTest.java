package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A row's wrapped description line set from the left margin, under the date column, and the lines it resembles. */
class MarginWrapTest {

    private static final String ROW = "CARD PURCHASE HARDWARE STORE";

    // Two card purchases, a line set from the date column between them: {@code gapAbove} under the first row, a
    // one-line row's pitch (12 pt) above the second.
    private static Statement withLineBetween(String between, float gapAbove) throws Exception {
        return parse(new PageSketch(1)
                .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 100, "Details").right(430, "Debit").right(490, "Credit").right(555, "Balance").next()
                .cell(100, "Opening balance").right(555, "2,500.00").next()
                .cell(40, "02/05/2025").cell(100, ROW).right(430, "46.85").right(555, "2,453.15").next()
                .gap(gapAbove - 12).line(40, between)
                .cell(40, "04/05/2025").cell(100, ROW).right(430, "10.00").right(555, "2,443.15").next()
                .cell(40, "06/05/2025").cell(100, ROW).right(430, "3.15").right(555, "2,440.00").next()
                .cell(100, "Closing balance").right(555, "2,440.00").next());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1012 HIGH STREET KINGSTON", "HIGH STREET KINGSTON", "Unit 4 Riverside Park"})
    void aLineSetCloseUnderItsRowFromTheMarginIsThatRowsText(String wrapped) throws Exception {
        Statement s = withLineBetween(wrapped, 10);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly(ROW + " " + wrapped, ROW, ROW);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void twoSuchLinesBothGoToTheRow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 100, "Details").right(430, "Debit").right(490, "Credit").right(555, "Balance").next()
                .cell(100, "Opening balance").right(555, "2,500.00").next()
                .cell(40, "02/05/2025").cell(100, ROW).right(430, "46.85").right(555, "2,453.15").next()
                .gap(-2).line(40, "1012 HIGH STREET").gap(-2).line(40, "KINGSTON UPON THAMES")
                .cell(40, "04/05/2025").cell(100, ROW).right(430, "10.00").right(555, "2,443.15").next()
                .cell(100, "Closing balance").right(555, "2,443.15").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly(ROW + " 1012 HIGH STREET KINGSTON UPON THAMES", ROW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"June 2025", "Payments and Credits", "Value date 03/05/2025", "Valuta 3 May 2025",
        "Card number 4500 XXXX XXXX 7731 SOPHIE TREMBLAY", "JOHN D REYES Card Ending 1-41017",
        "JOHN Q PUBLIC #4821: Transactions"})
    void headingsValueDatesAndCardTitlesInThatColumnJoinNoRow(String lookAlike) throws Exception {
        Statement s = withLineBetween(lookAlike, 10);
        assertThat(s.transactions()).extracting(Transaction::description).doesNotContain(ROW + " " + lookAlike);
        assertThat(s.transactions().get(0).description()).isEqualTo(ROW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Other items", "1208 HIGH STREET KINGSTON", "09/02 KINGSTON"})
    void aLineAsFarFromTheRowAboveAsFromTheRowBelowStaysAHeadingInDoubt(String between) throws Exception {
        // Set at the rows' own pitch, it may as well title the rows below: the table reads it as it did, and the
        // balances, which add up either way, vouch for no description.
        Statement s = withLineBetween(between, 12);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(ROW, ROW, ROW);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains(between);
    }

    @Test
    void aLineStartingWithADayAndMonthCloseUnderItsRowIsThatRowsText() throws Exception {
        // "09/02 KINGSTON", its words a space apart: a card's reference the table reads as no row's date.
        Statement s = withLineBetween("09/02 KINGSTON", 10);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly(ROW + " 09/02 KINGSTON", ROW, ROW);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSecondDateInACellOfItsOwnUnderTheRowIsNoWrappedText() throws Exception {
        // "03/05" under the date, "KINGSTON" under the text: a value date with its own cell, no wrapped description.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 100, "Details").right(430, "Debit").right(490, "Credit").right(555, "Balance").next()
                .cell(100, "Opening balance").right(555, "2,500.00").next()
                .cell(40, "02/05/2025").cell(100, ROW).right(430, "46.85").right(555, "2,453.15").next()
                .gap(-2).line(40, "03/05", 100, "KINGSTON")
                .cell(40, "04/05/2025").cell(100, ROW).right(430, "10.00").right(555, "2,443.15").next()
                .cell(100, "Closing balance").right(555, "2,443.15").next());
        assertThat(s.transactions()).extracting(Transaction::description).doesNotContain(ROW + " 03/05 KINGSTON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"June 2025", "Payments and Credits", "Value date 03/05/2025", "Valuta 03.05.2025",
        "Card number 4500 XXXX XXXX 7731 SOPHIE TREMBLAY", "JOHN D REYES Card Ending 1-41017",
        "JOHN Q PUBLIC #4821: Transactions"})
    void aHeadingValueDateOrCardTitleAtTheRowsPitchLeavesTheStatementReconciled(String lookAlike) throws Exception {
        Statement s = withLineBetween(lookAlike, 12);
        assertThat(s.transactions()).extracting(Transaction::description).doesNotContain(ROW + " " + lookAlike);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    // Two pages: the first ends on a complete row, the second repeats the header, {@code top} right under it.
    private static Statement withLineUnderRepeatedHeader(String top) throws Exception {
        return parse(new PageSketch(1)
                        .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                        .line(40, "Date", 100, "Details").right(430, "Debit").right(490, "Credit").right(555, "Balance")
                        .next()
                        .cell(100, "Opening balance").right(555, "2,500.00").next()
                        .cell(40, "02/05/2025").cell(100, ROW).right(430, "46.85").right(555, "2,453.15").next()
                        .cell(40, "03/05/2025").cell(100, ROW).right(430, "10.00").right(555, "2,443.15").next(),
                new PageSketch(2)
                        .line(40, "Date", 100, "Details").right(430, "Debit").right(490, "Credit").right(555, "Balance")
                        .next()
                        .line(40, top)
                        .cell(40, "04/05/2025").cell(100, ROW).right(430, "3.15").right(555, "2,440.00").next()
                        .cell(40, "06/05/2025").cell(100, ROW).right(430, "40.00").right(555, "2,400.00").next()
                        .cell(100, "Closing balance").right(555, "2,400.00").next());
    }

    @Test
    void aLineFromTheMarginUnderTheRepeatedHeaderLeavesTheDescriptionsInDoubt() throws Exception {
        // The rest of the previous page's last row, or a heading of the rows below: nothing shows which.
        Statement s = withLineUnderRepeatedHeader("1012 HIGH STREET KINGSTON");
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"June 2025", "Payments and Credits", "JOHN D REYES Card Ending 1-41017"})
    void aHeadingOrCardTitleUnderTheRepeatedHeaderLeavesTheStatementReconciled(String lookAlike) throws Exception {
        Statement s = withLineUnderRepeatedHeader(lookAlike);
        assertThat(s.transactions()).extracting(Transaction::description).containsOnly(ROW);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLineUnderAMoneyColumnOrHoldingAnAmountIsNoWrappedText() throws Exception {
        Statement s = withLineBetween("Fee waived 2.50", 10);
        assertThat(s.transactions().get(0).description()).isEqualTo(ROW);
    }

    @Test
    void aSmallerLineCloseUnderTheLastRowIsThePagesFurniture() throws Exception {
        // "Harbour Bank plc  Page 1 of 2" in small type just under the last row, the carried balance below it.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 100, "Details").right(430, "Debit").right(490, "Credit").right(555, "Balance").next()
                .cell(100, "Opening balance").right(555, "2,500.00").next()
                .cell(40, "02/05/2025").cell(100, ROW).right(430, "46.85").right(555, "2,453.15").next()
                .gap(-5).sized(40, "Harbour Bank plc", 6).sized(130, "Registered office London", 6).gap(12)
                .cell(40, "04/05/2025").cell(100, ROW).right(430, "10.00").right(555, "2,443.15").next()
                .cell(100, "Closing balance").right(555, "2,443.15").next());
        assertThat(s.transactions().get(0).description()).isEqualTo(ROW);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLineWithNoRowOfTheTableUnderItJoinsNone() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 100, "Details").right(430, "Debit").right(490, "Credit").right(555, "Balance").next()
                .cell(100, "Opening balance").right(555, "2,500.00").next()
                .cell(40, "02/05/2025").cell(100, ROW).right(430, "46.85").right(555, "2,453.15").next()
                .cell(40, "04/05/2025").cell(100, ROW).right(430, "10.00").right(555, "2,443.15").next()
                .gap(-2).line(40, "Harbour Savings Bank plc").gap(4)
                .line(40, "Registered in England and Wales"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(ROW, ROW);
    }
}
