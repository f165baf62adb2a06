package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under a "Date" header, a cell of two numbers a space apart ("05 01", after the money columns) is a month and a
 * day or a day and a month, never money: the order is the one that makes every date real, else the one that puts
 * every date inside the period; a statement that shows neither is never reconciled.
 */
class BareNumberDatesTest {

    private static PageSketch statement(String period, String first, String second, String third) {
        return new PageSketch(1).line(40, period).gap(20)
                .line(40, "Details", 300, "Debits", 370, "Credits", 440, "Date", 520, "Balance")
                .cell(40, "BALANCE BROUGHT FORWARD").cell(440, first).right(560, "100.00").next()
                .cell(40, "POS PURCHASE").right(340, "12.05-").cell(440, second).right(560, "87.95").next()
                .cell(40, "CREDIT TRANSFER").right(410, "3.05").cell(440, third).right(560, "91.00").next();
    }

    private static final String MAY = "Statement from 01 May 2025 to 31 May 2025";

    @Test
    void monthAndDayAfterTheMoneyColumnsAreADate() throws Exception {
        Statement s = PageSketch.parse(statement(MAY, "05 01", "05 03", "05 14"));
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 14));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-12.05"), new BigDecimal("3.05"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void dayAndMonthReadDayFirstWhenOnlyThatOrderMakesEveryDateReal() throws Exception {
        Statement s = PageSketch.parse(statement(MAY, "01 05", "03 05", "14 05"));
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 14));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void whereBothOrdersAreRealThePeriodDecides() throws Exception {
        // Day-first would read 5 January, 5 March, 5 September: outside May.
        Statement s = PageSketch.parse(statement(MAY, "05 01", "05 03", "05 09"));
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 9));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void whereThePeriodHoldsBothReadingsTheStatementIsNotReconciled() throws Exception {
        // 5 January, 5 March, 5 May or 1, 3 and 5 May: both inside the year.
        Statement s = PageSketch.parse(statement("Statement from 01 Jan 2025 to 31 Dec 2025", "05 01", "05 03",
                "05 05"));
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("printed as two numbers");
    }

    @Test
    void twoNumbersReadAsADateOnlyInADateCell() {
        assertThat(DateParser.parse("05 01")).isEmpty();
        assertThat(DateParser.parseInDateColumn("05 01")).contains(new RawDate(5, 1, null, false, true));
        assertThat(DateParser.parseInDateColumn("05  01")).isEmpty();
        assertThat(DateParser.parseInDateColumn("05 123")).isEmpty();
        assertThat(DateParser.parseInDateColumn("13 14")).isEmpty();
    }
}
