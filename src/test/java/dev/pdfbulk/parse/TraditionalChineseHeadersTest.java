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

/** Taiwan's header words: "帳務日期" the day booked, "說明" the description, "提出" money out. */
class TraditionalChineseHeadersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"帳務日期, POSTING_DATE", "入帳日期, POSTING_DATE", "說明, DESCRIPTION", "说明, DESCRIPTION",
        "提出, DEBIT", "提款金額, DEBIT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void anOnlineStatementTakesTheTransactionDateAndReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "對帳期間：2024/06/01 ~ 2024/06/30").gap(20)
                .line(40, "交易日期", 95, "帳務日期", 150, "說明", 270, "提出", 340, "存入", 410, "餘額")
                .cell(150, "上期餘額").right(430, "84,316").next()
                .cell(40, "2024/06/01").cell(95, "2024/06/02").cell(150, "信用卡款").right(290, "8,364")
                        .right(430, "75,952").next()
                .cell(40, "2024/06/08").cell(95, "2024/06/08").cell(150, "薪資轉帳").right(360, "63,348")
                        .right(430, "139,300").next());
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 6, 8));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("信用卡款", "薪資轉帳");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-8364"),
                new BigDecimal("63348"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
