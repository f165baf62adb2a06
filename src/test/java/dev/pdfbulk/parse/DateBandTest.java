package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A date set once for a day's rows, at their vertical centre in a band down the left ({@link DateBand}). */
class DateBandTest {

    // Day 1 holds two rows (its date between them), day 2 three (its date on the middle one), day 3 one.
    private static PageSketch band(boolean centred) {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement of Account  Period 01 May 2025 to 31 May 2025").gap(10)
                .line(40, "Date", 110, "Description", 360, "Withdrawal", 430, "Deposit", 510, "Balance")
                .cell(110, "BALANCE FROM PREVIOUS STATEMENT").right(550, "1,000.00").next();
        if (centred) {
            p.cell(110, "GROCER").right(395, "10.00").right(550, "990.00").next()
                    .gap(-6).cell(40, "02 May 2025").gap(6)
                    .cell(110, "PHONE BILL").right(395, "20.00").right(550, "970.00").next();
        } else {
            p.cell(40, "02 May 2025").cell(110, "GROCER").right(395, "10.00").right(550, "990.00").next()
                    .cell(110, "PHONE BILL").right(395, "20.00").right(550, "970.00").next();
        }
        return p.cell(110, "CAFE").right(395, "5.00").right(550, "965.00").next()
                .cell(40, "07 May 2025").cell(110, "SALARY").right(470, "500.00").right(550, "1,465.00").next()
                .cell(110, "TAXI").right(395, "15.00").right(550, "1,450.00").next()
                .cell(40, "09 May 2025").cell(110, "INTEREST CREDIT").right(470, "1.00").right(550, "1,451.00").next()
                .cell(110, "CLOSING BALANCE").right(550, "1,451.00").next();
    }

    @Test
    void aDateCentredInItsDaysBandDatesEveryRowOfTheDay() throws Exception {
        Statement s = parse(band(true));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GROCER", "PHONE BILL", "CAFE", "SALARY", "TAXI", "INTEREST CREDIT");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(
                LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 7),
                LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 9));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDateOnItsDaysFirstRowDatesTheRowsBelowIt() throws Exception {
        // The same rows, each day's date on its first row: an undated row takes the date above, never a band's.
        Statement s = parse(band(false));
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(
                LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 7),
                LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 9));
    }

    // Day 1: three rows, the middle one's text wrapped; the date alone at their centre, between that row and its text.
    private static PageSketch wrapped(float dateGap) {
        return new PageSketch(1)
                .line(40, "Statement of Account  Period 01 May 2025 to 31 May 2025").gap(10)
                .line(40, "Date", 110, "Description", 360, "Withdrawal", 430, "Deposit", 510, "Balance")
                .cell(110, "BALANCE FROM PREVIOUS STATEMENT").right(550, "1,000.00").next()
                .cell(110, "GROCER").right(395, "10.00").right(550, "990.00").next()
                .cell(110, "HOTEL AMSTERDAM").right(395, "20.00").right(550, "970.00").next()
                .gap(dateGap - 12).cell(40, "02 May 2025").gap(12 - dateGap)
                .line(110, "FOREIGN AMOUNT EUR 14.00")
                .cell(110, "CAFE").right(395, "5.00").right(550, "965.00").next()
                .cell(40, "07 May 2025").cell(110, "SALARY").right(470, "500.00").right(550, "1,465.00").next()
                .cell(110, "CLOSING BALANCE").right(550, "1,465.00").next();
    }

    @Test
    void aDateBetweenARowAndItsWrappedTextDatesTheDayAndLeavesTheTextTheRows() throws Exception {
        Statement s = parse(wrapped(6));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GROCER", "HOTEL AMSTERDAM FOREIGN AMOUNT EUR 14.00", "CAFE", "SALARY");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 5, 2),
                LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 7));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDateOffTheCentreBetweenARowAndItsTextIsNoBand() throws Exception {
        // 8.2 pt below the row, 2.2 pt off the centre of the day's rows: the table reads as printed.
        Statement s = parse(wrapped(8.2f));
        assertThat(s.transactions()).extracting(Transaction::description)
                .doesNotContain("HOTEL AMSTERDAM FOREIGN AMOUNT EUR 14.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aLaterPageOfATableHeadedByDaysIsNoBandWhereItsHeadingsHappenToCentreItsRuns() throws Exception {
        // Page 1 heads each day's rows; page 2 opens with the day before's last row, and each heading there
        // stands alone midway between two rows, as a band's would (probe fz_123_L4: read as a band, dates shifted).
        PageSketch one = new PageSketch(1)
                .line(40, "Statement of Account  Period 01 May 2025 to 31 May 2025").gap(10)
                .line(110, "Description", 360, "Withdrawal", 430, "Deposit", 510, "Balance")
                .cell(110, "BALANCE FROM PREVIOUS STATEMENT").right(550, "1,000.00").next()
                .line(110, "Friday 02 May 2025")
                .cell(110, "GROCER").right(395, "10.00").right(550, "990.00").next()
                .line(110, "Monday 05 May 2025")
                .cell(110, "PHONE BILL").right(395, "20.00").right(550, "970.00").next();
        PageSketch two = new PageSketch(2)
                .line(110, "Description", 360, "Withdrawal", 430, "Deposit", 510, "Balance")
                .cell(110, "CAFE").right(395, "5.00").right(550, "965.00").next()
                .line(110, "Wednesday 07 May 2025")
                .cell(110, "SALARY").right(470, "500.00").right(550, "1,465.00").next()
                .cell(110, "TAXI").right(395, "15.00").right(550, "1,450.00").next()
                .line(110, "Friday 09 May 2025")
                .cell(110, "INTEREST CREDIT").right(470, "1.00").right(550, "1,451.00").next()
                .cell(110, "CLOSING BALANCE").right(550, "1,451.00").next();
        Statement s = parse(one, two);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GROCER", "PHONE BILL", "CAFE", "SALARY", "TAXI", "INTEREST CREDIT");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(
                LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 7),
                LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 9));
    }
}
