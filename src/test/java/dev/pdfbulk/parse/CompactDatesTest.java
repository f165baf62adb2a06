package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "20250605" under a date column (China Construction Bank) is a year, month and day run together; "0506" (SpareBank 1)
 * a day and month, in the order the whole statement proves.
 */
class CompactDatesTest {

    @Test
    void eightDigitsUnderTheDateColumnAreADate() throws Exception {
        Statement s = PageSketch.parse(new PageSketch(1)
                .line(40, "交易日期", 95, "摘要", 150, "币别", 220, "交易金额", 300, "账户余额", 320, "对方户名")
                .cell(95, "上期余额").right(340, "1,000.00").next()
                .cell(40, "20250604").cell(95, "消费").cell(150, "人民币").right(260, "-129.00").right(340, "871.00")
                .cell(360, "财付通支付科技有限公司").next()
                .cell(40, "20250609").cell(95, "工资").cell(150, "人民币").right(260, "14,342.63").right(340, "15,213.63")
                .cell(360, "北京华信科技有限公司").next()
                .cell(95, "本期余额").right(340, "15,213.63").next());
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 6, 4), LocalDate.of(2025, 6, 9));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-129.00"), new BigDecimal("14342.63"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void onlyAPlausibleYearMonthAndDayAndOnlyInTheDateColumn() {
        assertThat(DateParser.parseInDateColumn("20250605")).contains(new RawDate(6, 5, 2025, true));
        assertThat(DateParser.parse("20250605")).isEmpty();
        assertThat(DateParser.parseInDateColumn("20251305")).isEmpty();
        assertThat(DateParser.parseInDateColumn("20250632")).isEmpty();
        assertThat(DateParser.parseInDateColumn("12345678")).isEmpty();
        assertThat(DateParser.parseInDateColumn("2025060")).isEmpty();
    }

    @Test
    void fourDigitsUnderTheDateColumnAreDayAndMonth() throws Exception {
        Statement s = PageSketch.parse(new PageSketch(1)
                .line(40, "Periode 01.05.2025 - 31.05.2025").gap(20)
                .line(40, "Dato", 85, "Forklaring", 345, "Rentedato", 430, "Ut av konto", 505, "Inn på konto")
                .cell(85, "Saldo fra kontoutskrift 30.04.2025").right(555, "14 382,17").next()
                .cell(40, "0205").cell(85, "Varekjøp REMA 1000 MOHOLT").cell(345, "0205").right(470, "531,62").next()
                .cell(40, "2005").cell(85, "Lønn NTNU").cell(345, "2005").right(555, "41 250,00").next()
                .cell(40, "3105").cell(85, "Gebyr Kontohold").cell(345, "3105").right(470, "15,00").next()
                .cell(85, "Saldo i Deres favør").right(555, "55 085,55").next());
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 20), LocalDate.of(2025, 5, 31));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-531.62"), new BigDecimal("41250.00"), new BigDecimal("-15.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void fourDigitsAreADateOnlyInTheDateColumnAndOnlyWhenSomeOrderIsReal() {
        assertThat(DateParser.parseInDateColumn("0506")).contains(new RawDate(5, 6, null, false, true));
        assertThat(DateParser.parse("0506")).isEmpty();
        assertThat(DateParser.parseInDateColumn("2025")).isEmpty();
        assertThat(DateParser.parseInDateColumn("4417")).isEmpty();
        assertThat(DateParser.parseInDateColumn("506")).isEmpty();
    }
}
