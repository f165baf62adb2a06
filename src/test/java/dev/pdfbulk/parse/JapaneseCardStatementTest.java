package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Japanese card's usage statement (Rakuten's "ご利用日 | ご利用店名・商品名 | ご利用者 | 支払方法 | 利用金額 | 支払手数料 |
 * 支払総額"): who used the card, how it is paid and the total with the fee are no description; "前回ご請求額" and
 * "今回ご請求額" (the last and this bill) open and close it; a whole-yen amount of three digits ("434") after two rows
 * of grouped yen is an amount.
 */
class JapaneseCardStatementTest {

    private static PageSketch row(PageSketch p, String date, String shop, String who, String yen) {
        return p.cell(40, date).cell(100, shop).cell(280, who).cell(322, "1回払い").right(420, yen).right(478, "0")
                .right(555, yen).next();
    }

    @Test
    void aRakutenStyleStatementReconciles() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "ご利用代金明細書")
                .line(330, "前回ご請求額", 500, "48,620 円")
                .line(330, "ご入金額", 500, "48,620 円")
                .line(330, "今回ご請求額", 500, "10,262 円").gap(20)
                .line(40, "ご利用日", 100, "ご利用店名・商品名", 280, "ご利用者", 322, "支払方法", 390, "利用金額", 440,
                        "支払手数料", 520, "支払総額");
        row(p, "2024/05/01", "ユニクロ 渋谷道玄坂店", "家族", "2,910");
        row(p, "2024/05/01", "楽天市場 楽天ブックス", "家族", "5,151");
        row(p, "2024/05/05", "セブン−イレブン 渋谷道玄坂店", "本人", "434");
        row(p, "2024/05/07", "楽天市場 楽天ブックス", "本人", "1,767");
        p.cell(40, "2024/05/27").cell(100, "口座振替 ご入金ありがとうございました").right(420, "-48,620").right(555, "-48,620").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-2910", "-5151", "-434", "-1767", "48620");
        assertThat(s.transactions()).extracting(Transaction::description).first().isEqualTo("ユニクロ 渋谷道玄坂店");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aPlainYenAmountOnTheFirstRowIsAnAmountWhereThePagePrintsYen() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "ご利用代金明細書")
                .line(330, "前回ご請求額", 500, "0 円")
                .line(330, "今回ご請求額", 500, "10,922 円").gap(20)
                .line(40, "ご利用日", 100, "ご利用店名・商品名", 280, "ご利用者", 322, "支払方法", 390, "利用金額", 440,
                        "支払手数料", 520, "支払総額");
        row(p, "2024/05/02", "セブン−イレブン 渋谷道玄坂店", "本人", "829");
        row(p, "2024/05/03", "ファミリーマート 新宿三丁目店", "本人", "268");
        row(p, "2024/05/05", "AMAZON.COM", "本人", "9,052");
        p.cell(100, "USD 57.58 換算レート 157.20").next();
        row(p, "2024/05/06", "楽天市場 楽天ブックス", "家族", "773");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-829", "-268", "-9052", "-773");
        assertThat(s.transactions().get(2).description()).isEqualTo("AMAZON.COM USD 57.58 換算レート 157.20");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void noCurrencyWithoutMinorUnitsOnThePageLeavesAPlainNumberNoAmount() {
        assertThat(WholeAmounts.printsWholeCurrency(Line.of(new PageSketch(1).line(40, "Balance", 300, "1,234.56")
                .line(40, "Page 1 of 2").page()))).isFalse();
        assertThat(WholeAmounts.printsWholeCurrency(Line.of(new PageSketch(1).line(40, "今回ご請求額", 300, "10,922 円")
                .page()))).isTrue();
    }
}
