package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How some producers set amounts and tables: a "$" aligned in a column of its own left of each amount, a weekday
 * before the date in the date cell, a monospaced printout ruled with "|" and "+----+".
 */
class AmountAndTableTypographyTest {

    @Test
    void aDollarSignSetApartBeforeItsAmountIsNoTextOfTheRow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period: 06/01/2025 - 06/30/2025").gap(20)
                .line(40, "Date", 110, "Description", 400, "Debits", 475, "Credits", 550, "Balance")
                .cell(40, "06/01/2025").cell(110, "Opening Balance").cell(490, "$").right(580, "1,000.00").next()
                .cell(40, "06/02/2025").cell(110, "KROGER #0418 COLUMBUS OH").cell(360, "$").right(430, "25.40")
                .cell(490, "$").right(580, "974.60").next()
                .cell(40, "06/05/2025").cell(110, "PAYROLL").cell(435, "$").right(505, "1,200.00")
                .cell(490, "$").right(580, "2,174.60").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("KROGER #0418 COLUMBUS OH", "PAYROLL");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-25.40"), new BigDecimal("1200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCurrencyCodeEndingADescriptionStaysText() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period: 06/01/2025 - 06/30/2025").gap(20)
                .line(40, "Date", 110, "Description", 400, "Debits", 475, "Credits", 550, "Balance")
                .cell(40, "06/01/2025").cell(110, "Opening Balance").right(580, "1,000.00").next()
                .cell(40, "06/02/2025").cell(110, "AMAZON 12.00").cell(360, "USD").right(430, "25.40")
                .right(580, "974.60").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("AMAZON 12.00 USD");
    }

    @Test
    void aWeekdayBeforeTheDateIsNoTextOfTheRow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period: 06/01/2025 - 06/30/2025").gap(20)
                .line(40, "Date", 130, "Description", 480, "Amount", 560, "Balance")
                .cell(40, "Sun 06/01/2025").cell(130, "Opening Balance").right(590, "1,000.00").next()
                .cell(40, "Mon 06/02/2025").cell(130, "KROGER #0418").right(510, "-25.40").right(590, "974.60").next()
                .cell(40, "Thu, 06/05/2025").cell(130, "PAYROLL").right(510, "1,200.00").right(590, "2,174.60").next());
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 5));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("KROGER #0418", "PAYROLL");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aWeekdayNameWithoutADateAfterItIsText() {
        assertThat(DayHeading.weekdayBefore(new PageSketch(1).line(40, "Sun Life Assurance").words())).isZero();
        assertThat(DayHeading.weekdayBefore(new PageSketch(1).line(40, "Mon 06/02/2025").words())).isEqualTo(2);
    }

    @Test
    void aPrintoutRuledWithBarsAndPlusJointsReadsAsItsTable() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "PERIOD 06/01/2025 THRU 06/30/2025").gap(20)
                .line(30, "+------------+---------------------+--------------+--------------+--------------+")
                .line(30, "|", 40, "DATE", 100, "|", 110, "TRANSACTION DESCRIPTION", 300, "|", 310, "WITHDRAWALS", 380,
                        "|", 390, "DEPOSITS", 460, "|", 470, "BALANCE", 540, "|")
                .line(30, "+------------+---------------------+--------------+--------------+--------------+")
                .cell(30, "|").cell(40, "06/01/2025").cell(100, "|").cell(110, "BALANCE FORWARD").cell(300, "|")
                .cell(380, "|").cell(460, "|").right(535, "1,000.00").cell(540, "|").next()
                .cell(30, "|").cell(40, "06/02/2025").cell(100, "|").cell(110, "KROGER #0418").cell(300, "|")
                .right(375, "25.40").cell(380, "|").cell(460, "|").right(535, "974.60").cell(540, "|").next()
                .cell(30, "|").cell(40, "06/05/2025").cell(100, "|").cell(110, "PAYROLL").cell(300, "|")
                .cell(380, "|").right(455, "1,200.00").cell(460, "|").right(535, "2,174.60").cell(540, "|").next()
                .line(30, "+------------+---------------------+--------------+--------------+--------------+"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("KROGER #0418", "PAYROLL");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-25.40"), new BigDecimal("1200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBoxRuleWithPlusJointsIsARuleAndASignedAmountIsNot() {
        assertThat(line("+------------+--------+").isRule()).isTrue();
        assertThat(line("+======+======+").isRule()).isTrue();
        assertThat(line("+").isRule()).isFalse();
        assertThat(line("+-").isRule()).isFalse();
        assertThat(line("+1,200.00").isRule()).isFalse();
    }

    private static Line line(String word) {
        return new Line(1, 100, 8, List.of(new Word(word, 40, 100, word.length() * 5f, 8, 5f)));
    }
}
