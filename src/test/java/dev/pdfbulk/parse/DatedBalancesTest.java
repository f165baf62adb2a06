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
