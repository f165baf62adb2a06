package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates printed without a year: in a statement whose period runs from December into January, and in one that prints
 * no year at all.
 */
class YearEndDatesTest {

    // December and January rows under a bank header; "Payment due" prints the later year only.
    private static Statement statement(String... metadata) throws StatementException {
        PageSketch p = new PageSketch(1).line(40, "Payment due 08 Feb 2025");
        for (String line : metadata) {
            p.line(40, line);
        }
        p.gap(20).line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance")
                .cell(40, "18 Dec").cell(140, "GROCER").right(415, "10.00").right(555, "990.00").next()
                .cell(40, "03 Jan").cell(140, "SALARY").right(480, "50.00").right(555, "1,040.00").next();
        StatementParser parser = StatementParser.create();
        parser.accept(p.page());
        return parser.finish();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Billing Period: 12/15/24-01/14/25",
        "Billing Period: 12/15/24\u201301/14/25",
        "Statement period 12/15/24 -01/14/25",
        "Statement period December 15, 2024-January 14, 2025",
        "Statement period December 15, 2024 - January 14, 2025",
        "Statement period 15 Dec 2024 to 14 Jan 2025",
        "Statement period 15 Dec 2024thru14 Jan 2025",
        "Statement Period DEC 15/24 - JAN 14/25",
        "Statement Period DEC 15/2024 - JAN 14/2025",
        "Closing date 01/14/25"})
    void decemberRowsOfAPeriodEndingInJanuaryAreOfTheYearBefore(String period) throws Exception {
        Statement s = statement(period, "Opening balance 1,000.00", "Closing balance 1,040.00");
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2024, 12, 18), LocalDate.of(2025, 1, 3));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        if (!period.startsWith("Closing date")) {
            assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 1, 14));
        }
    }

    @Test
    void theDatesOfTheBeginningAndEndingBalanceAreThePeriod() throws Exception {
        Statement s = statement("January 15, 2025", "Beginning balance on 12/16 $1,000.00",
                "Ending balance on 1/15 $1,040.00");
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2024, 12, 18), LocalDate.of(2025, 1, 3));
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2024, 12, 16));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void withoutAPeriodOrStatementDateRowsOverAYearsEndAreNeverReconciled() throws Exception {
        Statement s = statement("January 15, 2025", "Beginning balance $1,000.00", "Ending balance $1,040.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("no year", "year's end");
    }

    @Test
    void withoutAPeriodRowsOfOneMonthKeepThePrintedYear() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "January 15, 2025")
                .line(40, "Beginning balance $1,000.00").line(40, "Ending balance $1,040.00")
                .gap(20).line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance")
                .cell(40, "02 Jan").cell(140, "GROCER").right(415, "10.00").right(555, "990.00").next()
                .cell(40, "03 Jan").cell(140, "SALARY").right(480, "50.00").right(555, "1,040.00").next();
        StatementParser parser = StatementParser.create();
        parser.accept(p.page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Statement period 01 Jan to 31 Jan", "Statement date 31 Jan", "Page 1 of 1"})
    void aStatementThatPrintsNoYearAnywhereIsNeverReconciled(String line) throws Exception {
        // The balances agree whatever year the rows are given: the clock's year is a guess, never a checked date.
        PageSketch p = new PageSketch(1).line(40, line)
                .line(40, "Opening balance 1,000.00").line(40, "Closing balance 1,040.00")
                .gap(20).line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance")
                .cell(40, "02 Jan").cell(140, "GROCER").right(415, "10.00").right(555, "990.00").next()
                .cell(40, "03 Jan").cell(140, "SALARY").right(480, "50.00").right(555, "1,040.00").next();
        StatementParser parser = StatementParser.create();
        parser.accept(p.page());
        Statement s = parser.finish();
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("no date the statement prints has a year", "clock");
    }

    @Test
    void yearlessRowsTheClocksYearWouldPutAfterTodayAreOfTheYearBefore() throws Exception {
        // Read on 10 January: rows of November and December printed without a year are last year's.
        PageSketch p = new PageSketch(1).line(40, "Statement date 20 Dec")
                .line(40, "Opening balance 1,000.00").line(40, "Closing balance 1,040.00")
                .gap(20).line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance")
                .cell(40, "15 Nov").cell(140, "GROCER").right(415, "10.00").right(555, "990.00").next()
                .cell(40, "18 Dec").cell(140, "SALARY").right(480, "50.00").right(555, "1,040.00").next();
        TableStatementParser parser = new TableStatementParser(LocalDate.of(2026, 1, 10));
        parser.accept(p.page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 18));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("the clock's guess");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PERIODE : MAY 2025", "Statement period: May 2025", "Period May 2025"})
    void aPeriodOfMonthAndYearGivesYearlessRowsTheirYear(String line) throws Exception {
        PageSketch p = new PageSketch(1).line(40, line)
                .line(40, "Opening balance 1,000.00").line(40, "Closing balance 1,040.00")
                .gap(20).line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance")
                .cell(40, "03/05").cell(140, "GROCER").right(415, "10.00").right(555, "990.00").next()
                .cell(40, "20/05").cell(140, "SALARY").right(480, "50.00").right(555, "1,040.00").next();
        StatementParser parser = StatementParser.create();
        parser.accept(p.page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 20));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aRowThatPrintsItsYearGivesTheOthersTheirs() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Opening balance 1,000.00").line(40, "Closing balance 1,040.00")
                .gap(20).line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance")
                .cell(40, "02 Jan 2025").cell(140, "GROCER").right(415, "10.00").right(555, "990.00").next()
                .cell(40, "03 Jan").cell(140, "SALARY").right(480, "50.00").right(555, "1,040.00").next();
        StatementParser parser = StatementParser.create();
        parser.accept(p.page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Account 12-345-678", "Customer Service: 1-800-555-0199", "Sort code 12-34-56",
        "Balance -1,234.56 on 01/14/25", "Statement date 2024-12-15"})
    void numbersWithDashesAreNoPeriod(String text) {
        PageSketch p = new PageSketch(1).line(40, text);
        assertThat(PeriodReader.find(new Line(1, 100, 8, p.words()))).isNull();
    }

    @Test
    void aRangeGluedByADashIsSplitAtItsJointOnly() {
        PageSketch p = new PageSketch(1).line(40, "Period 2024-12-15-2025-01-14");
        PeriodReader.Found found = PeriodReader.find(new Line(1, 100, 8, p.words()));
        assertThat(found.start()).isEqualTo(new RawDate(12, 15, 2024, true));
        assertThat(found.end()).isEqualTo(new RawDate(1, 14, 2025, true));
    }
}
