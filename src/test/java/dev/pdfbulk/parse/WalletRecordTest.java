package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Chinese wallet's record of payments (Alipay's 交易明细, WeChat Pay's 账单): unsigned amounts signed by a "收/支"
 * column of 收入 / 支出, rows it counts neither way (不计收支, "/") left out, "/" printed in an empty text cell, the
 * yuan's "¥12.50" and "(元)" in a header.
 */
class WalletRecordTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"收/支, SIGN", "商品说明, DESCRIPTION", "商品, DESCRIPTION", "交易分类, OTHER", "收/付款方式, OTHER",
        "支付方式, OTHER", "交易状态, OTHER", "当前状态, OTHER", "操作日, DATE", "操作時刻, OTHER"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void theSignColumnSignsEachAmountAndARowCountedNeitherWayIsNoTransaction() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "交易时间：2025-06-01 00:00:00 至 2025-06-30 23:59:59").gap(20)
                .line(40, "交易时间", 150, "交易分类", 200, "交易对方", 280, "商品说明", 400, "收/支", 490, "金额",
                        500, "收/付款方式", 580, "交易状态")
                .cell(40, "2025-06-03 07:14:29").cell(150, "餐饮").cell(200, "饿了么").cell(280, "外卖订单").cell(400, "支出")
                        .right(510, "49.46").cell(520, "余额").cell(580, "交易成功").next()
                .cell(40, "2025-06-04 18:47:41").cell(150, "理财").cell(200, "余额宝").cell(280, "余额宝-自动转入")
                        .cell(400, "不计收支").right(510, "1,015.98").cell(520, "余额").cell(580, "交易成功").next()
                .cell(40, "2025-06-05 09:02:11").cell(150, "转账").cell(200, "李娜").cell(280, "转账").cell(400, "收入")
                        .right(510, "300.00").cell(580, "交易成功").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-49.46"),
                new BigDecimal("300.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("饿了么 外卖订单", "李娜 转账");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void aSlashAloneMarksAnEmptyCellAndANeutralRowInTheYuansRecord() throws Exception {
        // WeChat Pay: "金额(元)" names the amount in yuan; "/" is the 商品 of a transfer (no text) and the 收/支 of a
        // top-up from the holder's own bank card, set at the sign column's left edge (counted neither way).
        PageSketch page = new PageSketch(1)
                .line(40, "起始时间：[2025-05-01 00:00:00] 终止时间：[2025-05-31 23:59:59]").gap(20)
                .line(40, "交易时间", 150, "交易类型", 200, "交易对方", 300, "商品", 400, "收/支", 445, "金额(元)",
                        500, "支付方式", 580, "当前状态")
                .cell(40, "2025-05-04 19:11:43").cell(150, "商户消费").cell(200, "京东").cell(300, "京东商城平台商户")
                        .cell(400, "支出").right(480, "¥84.63").cell(500, "零钱").cell(580, "支付成功").next()
                .cell(40, "2025-05-06 12:18:55").cell(150, "转账").cell(200, "刘洋").cell(300, "/").cell(400, "收入")
                        .right(480, "¥17.67").cell(500, "/").cell(580, "已存入零钱").next()
                .cell(40, "2025-05-12 08:00:12").cell(150, "零钱充值").cell(200, "招商银行(6217)").cell(300, "/")
                        .cell(400, "/").right(480, "¥782.58").cell(500, "招商银行(6217)").cell(580, "充值完成").next();
        // A slash is narrower than a letter: set at the column's left edge, it ends within the text area's slack.
        page.words().replaceAll(w -> w.text().equals("/") && w.x() == 400 ? new Word("/", 400, w.y(), 2.7f, w.height(),
                w.space()) : w);
        Statement s = parse(page);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-84.63"),
                new BigDecimal("17.67"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("京东 京东商城平台商户", "刘洋");
        assertThat(s.metadata().currency()).isEqualTo("CNY");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"¥12.50, CNY", "'¥1,250.00', CNY", "¥500, JPY", "48620円, JPY"})
    void theYenSignWithDecimalsIsTheYuans(String text, String currency) {
        assertThat(AmountParser.parseInMoneyPlace(text).orElseThrow().currency()).isEqualTo(currency);
    }

    @Test
    void anItalianBalanceLabelLinkedToItsDateByAl() throws Exception {
        // Fineco: "Saldo iniziale al 01/04/2025: 7.315,42 EUR", the label's date after "al" (at the), then the value.
        Statement s = parse(new PageSketch(1)
                .line(40, "Periodo: dal 01/04/2025 al 30/06/2025")
                .line(40, "Saldo iniziale al 01/04/2025: 7.315,42 EUR", 330, "Saldo finale al 30/06/2025: 7.287,12 EUR")
                .gap(20)
                .line(40, "Data", 100, "Entrate", 170, "Uscite", 230, "Descrizione")
                .cell(40, "05/04/2025").right(220, "-28,30").cell(230, "PagoBancomat POS FARMACIA").next());
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("7315.42");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("7287.12");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
