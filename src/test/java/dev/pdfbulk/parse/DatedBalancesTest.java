package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Balances named only by their dates, as the statement's opening and closing. */
class DatedBalancesTest {

    private static final RawDate MAY_1 = new RawDate(1, 5, 2025, false);
    private static final RawDate MAY_31 = new RawDate(31, 5, 2025, false);

    @Test
    void twoBalancesNamedByTheirDatesAreTheOpeningAndTheClosing() {
        DatedBalances.Ends ends = read(new PageSketch(1)
                .line(40, "2015 BK Haarlem", 300, "Balance on 31-05-2025", 450, "33,436.75")
                .line(40, "Zijlweg 188", 300, "Balance on 01-05-2025", 450, "8,412.36")).ends(null, null);
        assertThat(value(ends.opening())).isEqualByComparingTo("8412.36");
        assertThat(value(ends.closing())).isEqualByComparingTo("33436.75");
    }

    @Test
    void balancesNamedByDatesWithoutAYearTakeTheAmountSetUnderThem() {
        DatedBalances.Ends ends = read(new PageSketch(1)
                .line(40, "Balance on 1 March", 200, "Money in / Money out this month", 420, "Balance on 31 March")
                .line(40, "£18,244.06", 200, "+£37,326.69 / -£60,201.45", 420, "-£4,630.70")).ends(null, null);
        assertThat(value(ends.opening())).isEqualByComparingTo("18244.06");
        assertThat(ends.closing().signed()).isEqualByComparingTo("-4630.70");
    }

    @Test
    void oneBalanceNamedByItsDateIsTheClosingOnlyOnThePeriodsLastDay() {
        DatedBalances.Ends last = read(new PageSketch(1).line(40, "Balance as at 31/05/2025", 300, "1,204.10"))
                .ends(MAY_1, MAY_31);
        assertThat(last.opening()).isNull();
        assertThat(value(last.closing())).isEqualByComparingTo("1204.10");
        DatedBalances.Ends mid = read(new PageSketch(1).line(40, "Balance as at 15/05/2025", 300, "1,204.10"))
                .ends(MAY_1, MAY_31);
        assertThat(mid.opening()).isNull();
        assertThat(mid.closing()).isNull();
    }

    @Test
    void oneBalanceDatedTheDayBeforeThePeriodIsTheOpening() {
        // A balance is the one at the end of its day: on 30 April it is what 1 May opens with.
        DatedBalances.Ends ends = read(new PageSketch(1).line(40, "Solde au 30/04/2025", 300, "3 128,74"))
                .ends(MAY_1, MAY_31);
        assertThat(value(ends.opening())).isEqualByComparingTo("3128.74");
        assertThat(ends.closing()).isNull();
        DatedBalances.Ends english = read(new PageSketch(1).line(40, "Balance at 30 April 2025", 300, "3,128.74"))
                .ends(MAY_1, MAY_31);
        assertThat(value(english.opening())).isEqualByComparingTo("3128.74");
        DatedBalances.Ends twoDaysBefore = read(new PageSketch(1).line(40, "Balance at 29/04/2025", 300, "3,128.74"))
                .ends(MAY_1, MAY_31);
        assertThat(twoDaysBefore.opening()).isNull();
    }

    @Test
    void theDayBeforeMustHoldHoweverThePeriodsDatesRead() {
        // 04/05 - 31/05 reads only day-first: 03/05 is the day before. 04/05 - 05/05 reads both ways: it is not.
        RawDate may4 = new RawDate(4, 5, 2025, false);
        DatedBalances.Ends dayFirst = read(new PageSketch(1).line(40, "Balance at 03/05/2025", 300, "10.00"))
                .ends(may4, MAY_31);
        assertThat(value(dayFirst.opening())).isEqualByComparingTo("10.00");
        DatedBalances.Ends either = read(new PageSketch(1).line(40, "Balance at 03/05/2025", 300, "10.00"))
                .ends(may4, new RawDate(5, 5, 2025, false));
        assertThat(either.opening()).isNull();
    }

    @Test
    void balancesOfAnUndecidableOrderAreNeither() {
        // 03/04 and 04/03 swap places between day-first and month-first.
        DatedBalances.Ends ends = read(new PageSketch(1)
                .line(40, "Balance on 03/04/2025", 300, "10.00")
                .line(40, "Balance on 04/03/2025", 300, "20.00")).ends(null, null);
        assertThat(ends.opening()).isNull();
        assertThat(ends.closing()).isNull();
    }

    @Test
    void everyWordThatSignsABalanceMayNameADatedOne() {
        // One vocabulary: a label naming its side in any word BalanceSide signs by is a dated balance, so signed.
        for (String side : MarkerTest.sideWords()) {
            Amount.Mark mark = BalanceSide.DEBIT.contains(side) ? Amount.Mark.DR : Amount.Mark.CR;
            for (String label : List.of("Saldo " + side + " au", side + " balance on")) {
                Amount closing = read(new PageSketch(1).line(40, label + " 31/05/2025", 300, "1,204.10"))
                        .ends(MAY_1, MAY_31).closing();
                assertThat(closing).as(label).isNotNull();
                assertThat(closing.mark()).as(label).isEqualTo(mark);
            }
        }
    }

    @Test
    void aTimeZoneAfterTheDateStandsBetweenItAndTheAmount() {
        // Wise: "Balance on 1 June 2025 [GMT+02:00]" left, "1,342.08 EUR" at the right edge.
        RawDate june1 = new RawDate(1, 6, 2025, false);
        RawDate june30 = new RawDate(30, 6, 2025, false);
        DatedBalances.Ends ends = read(new PageSketch(1)
                .line(40, "Balance on 1 June 2025 [GMT+02:00]", 500, "1,342.08 EUR")
                .line(40, "Balance on 30 June 2025 [GMT+02:00]", 500, "2,607.09 EUR")).ends(june1, june30);
        assertThat(value(ends.opening())).isEqualByComparingTo("1342.08");
        assertThat(value(ends.closing())).isEqualByComparingTo("2607.09");
    }

    private static BigDecimal value(Amount amount) {
        assertThat(amount).as("the balance's amount").isNotNull();
        return amount.magnitude();
    }

    private static DatedBalances read(PageSketch p) {
        List<Line> lines = Line.of(p.page());
        DatedBalances balances = new DatedBalances();
        for (int i = 0; i < lines.size(); i++) {
            balances.read(lines, i);
        }
        return balances;
    }
}
