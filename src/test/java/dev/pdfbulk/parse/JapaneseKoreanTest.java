package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Japanese and Korean statements: their header words, dates, yen and won amounts and balance rows. */
class JapaneseKoreanTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"日付, DATE", "お取引日, DATE", "摘要, DESCRIPTION", "お取引内容, DESCRIPTION", "お支払金額, DEBIT",
        "お引出し, DEBIT", "お預り金額, CREDIT", "お預入れ, CREDIT", "差引残高, BALANCE", "残高, BALANCE",
        "記帳日, POSTING_DATE", "거래일시, DATE", "거래일자, DATE", "적요, DESCRIPTION", "보낸분/받는분, DESCRIPTION",
        "출금액, DEBIT", "찾으신금액, DEBIT", "찾으신 금액, DEBIT", "입금액, CREDIT", "맡기신금액, CREDIT",
        "잔액, BALANCE", "거래후잔액, BALANCE", "거래후 잔액, BALANCE", "거래점, OTHER",
        // A unit glued in parentheses ("(원)") qualifies the word as "($)" does.
        "출금액(원), DEBIT", "잔액(원), BALANCE",
        // A compound set with a space inside that the list holds without one.
        "입금 금액, CREDIT", "お支払 金額, DEBIT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"前回繰越, BALANCE", "前頁より繰越, BALANCE", "次頁へ繰越, BALANCE", "繰越残高, BALANCE",
        "期末残高, BALANCE", "이월, BALANCE", "이월잔액, BALANCE", "전월이월, BALANCE", "お支払金額合計, TOTAL",
        "합계, TOTAL", "총 입금액, TOTAL", "총출금액, TOTAL"})
    void balanceAndTotalRowsAreMarked(String text, Marker marker) {
        assertThat(Marker.of(text, false)).isEqualTo(marker);
    }

    @ParameterizedTest
    @ValueSource(strings = {"カード セブン－イレブン", "이월드 대구", "체크카드 스타벅스코리아", "총각김치"})
    void merchantsAreNoMarkedRows(String text) {
        assertThat(Marker.of(text, false)).isNull();
        assertThat(Marker.of(text, true)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2025年10月1日, 2025-10-01", "2025年 10月 1日, 2025-10-01", "2025년 10월 1일, 2025-10-01",
        "R7.10.01, 2025-10-01", "R07/10/01, 2025-10-01", "令和7年10月1日, 2025-10-01", "令和元年5月1日, 2019-05-01",
        "H31.04.30, 2019-04-30", "平成31年4月30日, 2019-04-30", "2025.10.31, 2025-10-31"})
    void japaneseAndKoreanDatesRead(String text, LocalDate date) {
        RawDate raw = DateParser.parse(text).orElseThrow();
        assertThat(raw.resolve(RawDate.Order.DAY_FIRST, 2000)).isEqualTo(date);
    }

    @Test
    void aMonthAndDayAloneTakeTheStatementsYear() {
        RawDate raw = DateParser.parse("10月1日").orElseThrow();
        assertThat(raw.year()).isNull();
        assertThat(raw.resolve(RawDate.Order.DAY_FIRST, 2025)).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"R7.13.01", "H32.01.01", "R7.10", "2025年13月1日", "X7.10.01"})
    void impossibleEraDatesAreNoDates(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({"'1,234円', 1234, JPY", "'¥1,234', 1234, JPY", "'￥1,234', 1234, JPY", "'₩1,234', 1234, KRW",
        "'1,234원', 1234, KRW", "500円, 500, JPY"})
    void yenAndWonAmountsAreWhole(String text, BigDecimal magnitude, String currency) {
        Amount a = AmountParser.parseInMoneyPlace(text).orElseThrow();
        assertThat(a.magnitude()).isEqualByComparingTo(magnitude);
        assertThat(a.magnitude().scale()).isZero();
        assertThat(a.currency()).isEqualTo(currency);
    }

    @Test
    void aTriangleMarksANegativeNumber() {
        Amount a = AmountParser.parseInMoneyPlace("△48,230").orElseThrow();
        assertThat(a.signed()).isEqualByComparingTo("-48230");
        assertThat(AmountParser.parseInMoneyPlace("▲1,200").orElseThrow().signed()).isEqualByComparingTo("-1200");
    }

    @Test
    void aJapanesePassbookReadsItsCarriedBalancesAndSmallAmounts() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "照会期間 R7.10.01～R7.10.31").gap(20)
                .line(40, "日付", 110, "摘要", 170, "摘要内容", 355, "お支払金額", 425, "お預り金額", 500, "差引残高")
                .cell(110, "前回繰越").right(520, "△48,230").next()
                .cell(40, "R7.10.02").cell(110, "カード").cell(170, "スターバックス").right(380, "707")
                        .right(520, "△48,937").next()
                .cell(40, "R7.10.03").cell(110, "振込").cell(170, "スズキ イチロウ").right(450, "92,110")
                        .right(520, "43,173").next()
                .cell(40, "R7.10.05").cell(110, "カード").cell(170, "ローソン").right(380, "1,200")
                        .right(520, "41,973").next()
                .cell(110, "次頁へ繰越").right(520, "41,973").next());
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 10, 2),
                LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 5));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-707"),
                new BigDecimal("92110"), new BigDecimal("-1200"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("カード スターバックス", "振込 スズキ イチロウ", "カード ローソン");
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("-48230");
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aKoreanListNewestFirstReadsTheZeroInTheUnusedColumnApartFromTheAmountBelowIt() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "조회기간 : 2025.10.01 ~ 2025.10.31").gap(20)
                .line(40, "거래일시", 150, "적요", 220, "보낸분/받는분", 380, "출금액(원)", 440, "입금액(원)", 500,
                        "잔액(원)", 545, "거래점")
                .cell(40, "2025.10.29 12:40:08").cell(150, "체크카드").cell(220, "스타벅스코리아").right(410, "10,207")
                        .right(470, "0").right(525, "4,274,321").next()
                .cell(40, "2025.10.27 20:39:32").cell(150, "이체입금").cell(220, "박지훈").right(410, "0")
                        .right(470, "162,125").right(525, "4,284,528").cell(545, "전자금융").next()
                .cell(40, "2025.10.26 09:12:44").cell(150, "이자").right(410, "0").right(470, "87")
                        .right(525, "4,122,403").next()
                .cell(40, "2025.10.25 21:59:24").cell(150, "ATM출금").right(410, "50,000").right(470, "0")
                        .right(525, "4,122,316").cell(545, "역삼역").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactlyInAnyOrder(
                new BigDecimal("-10207"), new BigDecimal("162125"), new BigDecimal("87"), new BigDecimal("-50000"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactlyInAnyOrder("체크카드 스타벅스코리아", "이체입금 박지훈", "이자", "ATM출금");
        // No opening balance printed: the oldest row is checked against none, so the list is never reconciled.
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }
}
