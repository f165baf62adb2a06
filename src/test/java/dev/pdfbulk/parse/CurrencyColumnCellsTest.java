package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A column headed as the currency's, naming one currency on every row, names the statement's where nothing else does. */
class CurrencyColumnCellsTest {

    private static PageSketch cmb(String header, String... cells) {
        PageSketch p = new PageSketch(1)
                .line(40, "Account No 6214830112345678").gap(20)
                .line(40, "记账日期", 120, header, 230, "交易金额", 320, "联机余额", 400, "交易摘要");
        double balance = 1000;
        int day = 1;
        for (String c : cells) {
            balance -= 10;
            p.cell(40, String.format("2025-06-%02d", day++)).cell(120, c).right(290, "-10.00")
                    .right(380, String.format("%,.2f", balance)).cell(400, "快捷支付").next();
        }
        return p;
    }

    @Test
    void aCurrencyColumnNamingOneCurrencyOnEveryRowNamesTheStatements() throws Exception {
        Statement s = parse(cmb("货币", "人民币", "人民币", "人民币"));
        assertThat(s.metadata().currency()).isEqualTo("CNY");
        Statement english = parse(cmb("Currency", "USD", "USD", "USD"));
        assertThat(english.metadata().currency()).isEqualTo("USD");
    }

    @Test
    void rowsInSeveralCurrenciesOrUnderAnotherHeaderNameNone() throws Exception {
        assertThat(parse(cmb("货币", "人民币", "USD", "人民币")).metadata().currency()).isNull();
        assertThat(parse(cmb("交易类型", "人民币", "人民币", "人民币")).metadata().currency()).isNull();
    }
}
