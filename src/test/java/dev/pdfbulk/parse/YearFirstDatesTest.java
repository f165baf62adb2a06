package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Two-digit years printed first: a Japanese passbook's Reiwa "07-06-05" is 2025-06-05. */
class YearFirstDatesTest {

    private static PageSketch passbook(String period, String... dates) {
        PageSketch p = new PageSketch(1)
                .line(40, "照会期間 " + period).gap(20)
                .cell(40, "年月日").right(200, "お引出し").right(275, "お預入れ").right(360, "差引残高").cell(380, "摘要").next()
                .right(360, "386,420").cell(380, "前月繰越").next();
        String[][] rows = {{"165", "", "386,255", "振込手数料"}, {"985", "", "385,270", "ﾃﾞﾋﾞｯﾄ ｾﾌﾞﾝｲﾚﾌﾞﾝ"},
            {"", "29,858", "415,128", "振込 ｻﾄｳ ﾐｷ"}, {"1,000", "", "414,128", "ｶｰﾄﾞ"}, {"128", "", "414,000", "ｶｰﾄﾞ"}};
        for (int i = 0; i < dates.length; i++) {
            p.cell(40, dates[i]);
            if (!rows[i][0].isEmpty()) {
                p.right(200, rows[i][0]);
            }
            if (!rows[i][1].isEmpty()) {
                p.right(275, rows[i][1]);
            }
            p.right(360, rows[i][2]).cell(380, rows[i][3]).next();
        }
        return p.right(360, rows[dates.length - 1][2]).cell(380, "次月繰越").next();
    }

    @Test
    void reiwaYearsPrintedFirstAreReadInThePeriod() throws Exception {
        // Before, "07-06-01" was read day first as 7 June 2001 and the statement was unreconciled (EarlyDates).
        Statement s = parse(passbook("令和7年6月1日～令和7年6月20日", "07-06-01", "07-06-03", "07-06-03", "07-06-14"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 14));
    }

    @Test
    void yearsOfTheTwoThousandsPrintedFirstAreReadInThePeriod() throws Exception {
        Statement s = parse(passbook("2025年6月1日～2025年6月20日", "25-06-01", "25-06-03", "25-06-03"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 3));
    }

    @Test
    void aRowInTheYearBeforeThePeriodIsReadYearFirstWithTheOthers() throws Exception {
        // A card's instalment of an earlier purchase keeps its own date; before, the rows were read day first.
        Statement s = parse(passbook("2025年6月1日～2025年6月20日", "25-03-14", "25-06-03", "25-06-03"));
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 3, 14),
                LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 3));
    }

    @Test
    void yearsPrintedLastInThePeriodStayLast() throws Exception {
        // "01-06-25" read year first would be 2001-06-25: the usual reading already holds every row in the period.
        Statement s = parse(passbook("2025年6月1日～2025年6月20日", "01-06-25", "03-06-25", "03-06-25"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 3));
    }

    @Test
    void rowsFallingInMoreThanThreeYearsAreNotReconciled() throws Exception {
        // No period with full years says how to read them: day first they fall in 2001 to 2014.
        Statement s = parse(passbook("07-06-01～07-06-20", "07-06-01", "07-06-03", "07-06-05", "07-06-14"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("fall in 4 different years")
                .contains("their years are misread");
    }
}
