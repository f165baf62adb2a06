package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Persian statements dated in the Solar Hijri calendar alone (Bank Mellat's "1404/03/15"). */
class SolarHijriTest {

    // A Mellat-like page, its words in logical order as extraction hands them over; letters only Persian writes.
    static PageSketch mellat(String start, String end, String... dates) {
        PageSketch p = new PageSketch(1)
                .line(40, "از تاریخ " + start + " تا تاریخ " + end).gap(20)
                .cell(40, "تاریخ").cell(110, "شرح").right(330, "برداشت").right(410, "واریز").right(500, "مانده").next()
                .cell(110, "مانده ابتدای دوره").right(500, "184,650,000").next();
        String[][] rows = {{"152,000", "", "184,498,000", "خرید کارتی جایگاه سوخت"}, {"658,000", "", "183,840,000", "پرداخت قبض گاز"},
            {"", "24,782,000", "208,622,000", "واریز نقدی در شعبه"}};
        for (int i = 0; i < rows.length; i++) {
            p.cell(40, dates[i]).cell(110, rows[i][3]);
            if (!rows[i][0].isEmpty()) {
                p.right(330, rows[i][0]);
            }
            if (!rows[i][1].isEmpty()) {
                p.right(410, rows[i][1]);
            }
            p.right(500, rows[i][2]).next();
        }
        return p.cell(110, "مانده پایان دوره").right(500, "208,622,000").next();
    }

    @Test
    void solarDatesOfAPersianStatementAreTheirGregorianDays() throws Exception {
        // Before, the rows were dated 1404-03-03 (the Solar year read as the Common Era's) and failed (EarlyDates).
        Statement s = parse(mellat("1404/03/01", "1404/03/31", "1404/03/03", "1404/03/09", "1404/03/31"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 5, 24),
                LocalDate.of(2025, 5, 30), LocalDate.of(2025, 6, 21));
    }

    @ParameterizedTest(name = "{0}/{1}/{2} = {3}")
    @CsvSource({"1404, 1, 1, 2025-03-21", "1403, 12, 30, 2025-03-20", "1399, 1, 1, 2020-03-20", "1400, 7, 1, 2021-09-23",
        "1396, 6, 31, 2017-09-22", "1354, 1, 1, 1975-03-21"})
    void convertsByTheCalendarsRule(int y, int m, int d, LocalDate gregorian) {
        RawDate g = SolarHijri.of(java.util.List.of(new RawDate(m, d, y, true)), new MetadataReader.Raw(null, null, null,
                null, null, null, null, null), true, 2026).gregorian(new RawDate(m, d, y, true));
        assertThat(LocalDate.of(g.year(), g.first(), g.second())).isEqualTo(gregorian);
    }

    @Test
    void lunarHijriYearsAndNonPersianStatementsAreLeftAlone() {
        MetadataReader.Raw none = new MetadataReader.Raw(null, null, null, null, null, null, null, null);
        assertThat(SolarHijri.of(java.util.List.of(new RawDate(1, 7, 1447, true)), none, true, 2026)).isNull();
        assertThat(SolarHijri.of(java.util.List.of(new RawDate(3, 15, 1404, true)), none, false, 2026)).isNull();
        assertThat(SolarHijri.persianWord("تاریخ")).isTrue();
        assertThat(SolarHijri.persianWord("التاريخ")).isFalse();
    }
}
