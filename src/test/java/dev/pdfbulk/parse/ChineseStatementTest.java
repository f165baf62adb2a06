package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Chinese statements: their header words (ICBC's, China Merchants Bank's) and a header set in Chinese over English. */
class ChineseStatementTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"交易日期, DATE", "记账日期, POSTING_DATE", "起息日, OTHER_DATE", "摘要, DESCRIPTION",
        "交易摘要, DESCRIPTION", "对方户名, DESCRIPTION", "对手信息, DESCRIPTION", "支出, DEBIT", "收入, CREDIT",
        "交易金额, AMOUNT", "收入/支出金额, AMOUNT", "帐号, OTHER", "地区, OTHER", "账户余额, BALANCE", "联机余额, BALANCE", "餘額, BALANCE", "可用余额, AVAILABLE_BALANCE",
        "币种, OTHER", "对方账号, OTHER"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void aChineseOnlyHeaderStartsTheTable() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "起止日期：2025-06-01 -- 2025-06-30").gap(20)
                .line(40, "交易日期", 105, "摘要", 230, "交易金额", 310, "账户余额", 380, "对方户名")
                .cell(40, "2025-06-01").cell(105, "银联快捷支付").right(270, "-166.24").right(350, "23,650.18")
                        .cell(380, "支付宝-盒马鲜生").next()
                .cell(40, "2025-06-02").cell(105, "代发工资").right(270, "18,200.00").right(350, "41,850.18")
                        .cell(380, "北京晨光科技有限公司").next()
                .cell(40, "2025-06-21").cell(105, "账户结息").right(270, "5.12").right(350, "41,855.30").next());
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 21));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-166.24"),
                new BigDecimal("18200.00"), new BigDecimal("5.12"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("银联快捷支付 支付宝-盒马鲜生", "代发工资 北京晨光科技有限公司", "账户结息");
        // No opening balance is printed: the first row has nothing to be checked against.
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void icbcsWideHeaderWithItsCodeColumnsAndOneSignedAmountColumn() throws Exception {
        // "收入/支出金额" is one signed column (income or expense), not two kinds; "帐号" (the older spelling of 账号),
        // "储种", "序号", "钞汇", "地区", "对方帐号" and "渠道" are codes, left out of the description.
        Statement s = parse(new PageSketch(1)
                .line(40, "起止日期：2025-06-01 至 2025-06-30").gap(20)
                .line(36, "交易日期", 92, "帐号", 200, "储种", 225, "序号", 255, "币种", 285, "钞汇", 310, "摘要", 350,
                        "地区", 390, "收入/支出金额", 470, "余额", 530, "对方户名", 650, "对方帐号", 750, "渠道")
                .cell(36, "2025-06-04").cell(92, "6222020012345678901").cell(200, "活期").cell(225, "00001")
                        .cell(255, "人民币").cell(285, "钞").cell(310, "消费").cell(350, "0200").right(455, "-33.08")
                        .right(520, "12,783.34").cell(530, "财付通-美团外卖").cell(650, "6217 2233 5008 5187")
                        .cell(750, "POS").next()
                .cell(36, "2025-06-07").cell(92, "6222020012345678901").cell(200, "活期").cell(225, "00002")
                        .cell(255, "人民币").cell(285, "钞").cell(310, "结息").cell(350, "0200").right(455, "+11.67")
                        .right(520, "12,795.01").cell(750, "批量").next()
                .cell(36, "2025-06-08").cell(92, "6222020012345678901").cell(200, "活期").cell(225, "00003")
                        .cell(255, "人民币").cell(285, "钞").cell(310, "汇款").cell(350, "0200").right(455, "+2,487.66")
                        .right(520, "15,282.67").cell(530, "王芳").cell(650, "6217 7537 6095 6907")
                        .cell(750, "手机银行").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-33.08"),
                new BigDecimal("11.67"), new BigDecimal("2487.66"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("消费 财付通-美团外卖", "结息", "汇款 王芳");
    }

    @Test
    void theOpeningAndClosingBalancesAreReadByTheirChineseLabels() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "起止日期：2025-06-01 -- 2025-06-30").line(40, "期初余额：", 100, "23,816.42", 300, "期末余额：", 360, "41,855.30")
                .gap(20)
                .line(40, "交易日期", 105, "摘要", 230, "交易金额", 310, "账户余额", 380, "对方户名")
                .cell(40, "2025-06-01").cell(105, "银联快捷支付").right(270, "-166.24").right(350, "23,650.18")
                        .cell(380, "支付宝-盒马鲜生").next()
                .cell(40, "2025-06-02").cell(105, "代发工资").right(270, "18,200.00").right(350, "41,850.18")
                        .cell(380, "北京晨光科技有限公司").next()
                .cell(40, "2025-06-21").cell(105, "账户结息").right(270, "5.12").right(350, "41,855.30").next());
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("23816.42");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("41855.30");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    private static PageSketch bilingual() {
        return new PageSketch(1)
                .line(40, "记账日期", 102, "货币", 210, "交易金额", 283, "联机余额", 330, "交易摘要", 430, "对手信息")
                .line(40, "Date", 102, "Currency", 160, "Transaction Amount", 283, "Balance", 330, "Transaction Type",
                        430, "Counter Party")
                .cell(40, "2025-06-01").cell(102, "人民币").right(238, "19,806.85").right(315, "43,623.27")
                        .cell(330, "代发工资").cell(430, "北京晨光科技有限公司").next()
                .cell(40, "2025-06-02").cell(102, "人民币").right(238, "-1,715.68").right(315, "41,907.59")
                        .cell(330, "ATM取款").cell(430, "招商银行北京望京支行").next()
                .cell(40, "2025-06-03").cell(102, "人民币").right(238, "5.12").right(315, "41,912.71")
                        .cell(330, "账户结息").next();
    }

    @Test
    void anEnglishRowCallingTheSummaryATypeRestatesTheChineseHeader() throws Exception {
        // "交易摘要" (the summary, a description) over "Transaction Type": the Chinese row is read first and keeps its
        // kinds; read as a header of its own, the English row left the summary out of every description.
        Statement s = parse(bilingual());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("代发工资 北京晨光科技有限公司", "ATM取款 招商银行北京望京支行", "账户结息");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("19806.85"),
                new BigDecimal("-1715.68"), new BigDecimal("5.12"));
    }

    @Test
    void theHeaderDetectorCountsTheEnglishRowAsAHeaderLine() {
        List<Line> lines = Line.of(bilingual().page());
        assertThat(HeaderDetector.detect(lines, 0).orElseThrow().linesUsed()).isEqualTo(2);
    }
}
