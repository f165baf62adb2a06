package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Rows dated years before the statement's period: a Japanese passbook's Reiwa "07-06-05" read as 7 June 2005. */
class EarlyDatesTest {

    static PageSketch passbook(String period, String... dates) {
        PageSketch p = new PageSketch(1)
                .line(40, "照会期間 " + period).gap(20)
                .cell(40, "年月日").right(200, "お引出し").right(275, "お預入れ").right(360, "差引残高").cell(380, "摘要").next()
                .right(360, "386,420").cell(380, "前月繰越").next();
        String[][] rows = {{"165", "", "386,255", "振込手数料"}, {"985", "", "385,270", "ﾃﾞﾋﾞｯﾄ ｾﾌﾞﾝｲﾚﾌﾞﾝ"},
            {"", "29,858", "415,128", "振込 ｻﾄｳ ﾐｷ"}};
        for (int i = 0; i < rows.length; i++) {
            p.cell(40, dates[i]);
            if (!rows[i][0].isEmpty()) {
                p.right(200, rows[i][0]);
            }
            if (!rows[i][1].isEmpty()) {
                p.right(275, rows[i][1]);
            }
            p.right(360, rows[i][2]).cell(380, rows[i][3]).next();
        }
        return p.right(360, "415,128").cell(380, "次月繰越").next();
    }

    @Test
    void rowsDatedYearsBeforeThePeriodAreNotReconciled() throws Exception {
        // Before, the balances agreed and the statement came out reconciled with rows dated 2001 to 2003. Read year
        // first, "07-06-01" is no date of 2023 either (2007, Reiwa 7 = 2025, Heisei 7 = 1995).
        Statement s = parse(passbook("2023年6月1日～2023年6月20日", "07-06-01", "07-06-01", "07-06-03"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("years before the period's start (2023-06-01)");
    }

    @Test
    void datesBefore1900AreAnotherCalendarsAndNotReconciled() throws Exception {
        // Before, rows and period of 1404 (a Solar Hijri year read as the Common Era's) agreed and were reconciled.
        Statement s = parse(passbook("1404年6月1日～1404年6月20日", "1404.06.01", "1404.06.01", "1404.06.03"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("before 1900");
    }

    @Test
    void rowsInsideThePeriodStayReconciled() throws Exception {
        Statement s = parse(passbook("2025年6月1日～2025年6月20日", "2025.06.01", "2025.06.01", "2025.06.03"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
