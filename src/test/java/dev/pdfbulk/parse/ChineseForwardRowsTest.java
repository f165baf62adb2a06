package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forward rows and page notes of Chinese tables: Hang Seng's "C/F BALANCE 轉下結餘" (English, then Chinese, no slash) and
 * E.SUN's "次頁續" (continued on the next page) under a page's last row.
 */
class ChineseForwardRowsTest {

    @Test
    void theEnglishBeforeTheChineseNamesTheRow() {
        assertThat(Marker.of("C/F BALANCE 轉下結餘", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("B/F BALANCE 承上結餘", true)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("轉下結餘", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("次頁續", false)).isEqualTo(Marker.FURNITURE);
        assertThat(Marker.of("다음 페이지에 계속", false)).isEqualTo(Marker.FURNITURE);
        // A transaction's text ending in Chinese stays one.
        assertThat(Marker.of("FPS TRANSFER TO 陳大文", true)).isNull();
        assertThat(Marker.of("BALANCE TRANSFER 結餘轉賬", true)).isNull();
        assertThat(Marker.of("跨行轉入", true)).isNull();
    }

    @Test
    void aCarriedForwardLineIsNotTheLastRowsText() throws Exception {
        // The page's last row prints no balance (Hang Seng prints it on a day's last row only): glued to it, the
        // carried-forward line gave it its text and its balance, and the statement still reconciled.
        Statement s = parse(new PageSketch(1)
                .cell(40, "Date").cell(95, "Transaction Details").right(380, "Deposit").right(460, "Withdrawal")
                        .right(552, "Balance").next()
                .cell(40, "01 Jun 2025").cell(95, "B/F BALANCE 承上結餘").right(552, "48,215.60").next()
                .cell(40, "03 Jun 2025").cell(95, "EPS WELLCOME SHATIN").right(460, "215.60").right(552, "48,000.00").next()
                .cell(40, "05 Jun 2025").cell(95, "FPS TRANSFER TO CHAN TAI MAN").right(460, "1,000.00").next()
                .cell(95, "OCTOPUS AUTO ADD VALUE").right(460, "500.00").next()
                .cell(95, "C/F BALANCE 轉下結餘").right(552, "46,500.00").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("EPS WELLCOME SHATIN",
                "FPS TRANSFER TO CHAN TAI MAN", "OCTOPUS AUTO ADD VALUE");
        assertThat(s.transactions().get(2).balance()).isNull();
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo(new BigDecimal("46500.00"));
    }

    @Test
    void aContinuedNoteIsNotTheLastRowsText() throws Exception {
        Statement s = parse(new PageSketch(1)
                .cell(40, "交易日期").cell(108, "摘要").right(290, "支出").right(360, "存入").right(440, "餘額")
                        .cell(455, "備註").next()
                .cell(108, "上期餘額").right(440, "186,420").next()
                .cell(40, "2025/06/02").cell(108, "信用卡款").right(290, "22,790").right(440, "163,630")
                        .cell(455, "玉山信用卡").next()
                .cell(40, "2025/06/03").cell(108, "跨行轉入").right(360, "11,306").right(440, "174,936").next()
                .cell(108, "次頁續").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("信用卡款", "跨行轉入");
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.UNRECONCILED);
    }
}
