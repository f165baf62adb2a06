package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Taiwan's Minguo years (year 1 = 1912), as its banks print them: "113/06/05" is 2024-06-05. */
class MinguoDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"113/06/05, 2024-06-05", "113.12.31, 2024-12-31", "114-01-02, 2025-01-02", "113/6/5, 2024-06-05",
        "民國113年6月5日, 2024-06-05", "民国114年1月15日, 2025-01-15"})
    void minguoYearsAreReadAsTheCommonErasYears(String text, LocalDate date) {
        RawDate raw = DateParser.parse(text).orElseThrow();
        assertThat(raw.resolve(RawDate.Order.DAY_FIRST, 2000)).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"113/13/05", "113/06/32", "213/06/05", "113/06"})
    void otherNumbersAreNoMinguoDate(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }

    @Test
    void aTaiwaneseStatementInMinguoYearsReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "對帳期間：113/12/16 ~ 114/01/15").gap(20)
                .line(40, "交易日期", 100, "摘要", 250, "支出", 320, "存入", 400, "餘額")
                .cell(100, "上期余额").right(420, "84,316").next()
                .cell(40, "113/12/20").cell(100, "信用卡款").right(270, "8,364").right(420, "75,952").next()
                .cell(40, "113/12/31").cell(100, "利息").right(340, "17").right(420, "75,969").next()
                .cell(40, "114/01/05").cell(100, "薪資轉帳").right(340, "63,348").right(420, "139,317").next());
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2024, 12, 20),
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 5));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-8364"),
                new BigDecimal("17"), new BigDecimal("63348"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
