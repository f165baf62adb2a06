package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Korean card statement (Hyundai Card's "이용일자 | 이용카드 | 이용가맹점 | 이용금액 | 할부/회차 | 결제원금 | 수수료(이자) |
 * 결제후잔액"; Shinhan Card's "원금 | 수수료(이자)"): the principal billed this month, with the interest beside it, is the
 * row's money, "이용대금명세서" says it is a card's, and an instalment of an earlier purchase keeps its own "25.03.14"
 * date, read year first.
 */
class KoreanCardTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"이용카드, OTHER", "할부/회차, OTHER", "결제후잔액, OTHER", "결제원금, AMOUNT", "수수료(이자), FEE",
        "할부기간, OTHER", "원금, AMOUNT", "이용하신 가맹점, DESCRIPTION"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    private static PageSketch statement(String firstDate) {
        return new PageSketch(1)
                .line(40, "2025년 6월 이용대금명세서").gap(12)
                .line(40, "이용기간 2025.05.01 ~ 2025.05.31").gap(20)
                .line(40, "이용일자", 88, "이용카드", 140, "이용가맹점", 300, "이용금액", 350, "할부/회차", 410, "결제원금",
                        452, "수수료(이자)", 520, "결제후잔액")
                .cell(40, firstDate).cell(88, "본인 512").cell(140, "하이마트 역삼점").right(330, "480,000").cell(350, "3/3")
                .right(440, "160,000").right(497, "0").right(557, "0").next()
                .cell(40, "25.05.09").cell(88, "본인 512").cell(140, "LG전자 베스트샵 강남점").right(330, "1,290,000")
                .cell(350, "6/1").right(440, "215,000").right(497, "0").right(557, "1,075,000").next()
                .cell(40, "25.05.12").cell(88, "가족 338").cell(140, "GS25 역삼점").right(330, "2,000")
                .right(440, "2,000").right(497, "0").right(557, "0").next()
                .cell(40, "25.05.22").cell(88, "본인 512").cell(140, "쿠팡(쿠페이) 취소").right(330, "-35,900")
                .right(440, "-35,900").right(497, "0").right(557, "0").next();
    }

    @Test
    void theBilledPrincipalIsTheRowsMoneyAndChargesAreMoneyOut() throws Exception {
        Statement s = parse(statement("25.05.03"));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-160000"),
                new BigDecimal("-215000"), new BigDecimal("-2000"), new BigDecimal("35900"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("하이마트 역삼점", "LG전자 베스트샵 강남점", "GS25 역삼점", "쿠팡(쿠페이) 취소");
    }

    @Test
    void theInterestBesideTheBilledPrincipalIsChargedWithIt() throws Exception {
        // Shinhan Card's "이용금액 | 할부기간 | 회차 | 원금 | 수수료(이자) | 결제 후 잔액": this bill charges principal plus interest.
        Statement s = parse(new PageSketch(1)
                .line(40, "2025년 6월 이용대금 명세서").gap(12)
                .line(40, "이용기간 2025.05.01 ~ 2025.05.31").gap(20)
                .line(40, "이용일자", 82, "이용카드", 130, "이용하신 가맹점", 300, "이용금액", 350, "할부기간", 390, "회차",
                        430, "원금", 470, "수수료(이자)", 520, "결제 후 잔액")
                .cell(40, "05.09").cell(82, "본인 731").cell(130, "삼성전자 디지털프라자").right(335, "1,590,000")
                .cell(350, "10개월").right(397, "1").right(450, "159,000").right(503, "21,147").right(557, "1,431,000").next()
                .cell(40, "05.12").cell(82, "본인 731").cell(130, "GS25 역삼점").right(335, "2,000")
                .right(450, "2,000").right(503, "0").right(557, "0").next()
                .cell(40, "05.22").cell(82, "본인 731").cell(130, "쿠팡 취소").right(335, "-35,900")
                .right(450, "-35,900").right(503, "0").right(557, "0").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-180147"),
                new BigDecimal("-2000"), new BigDecimal("35900"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("삼성전자 디지털프라자", "GS25 역삼점", "쿠팡 취소");
    }

    @Test
    void aThreeDigitInterestBesideWholeAmountsIsMoneyThoughTheRowIsDatedWithADot() throws Exception {
        // "05.06" is the row's date, not 5.06 won: the row's amounts are whole, so its "734" of interest is one of them;
        // the instalment's "1" under 회차 and the card's "731" stay no money.
        Statement s = parse(new PageSketch(1)
                .line(40, "2025년 6월 이용대금 명세서").gap(12)
                .line(40, "이용기간 2025.05.01 ~ 2025.05.31").gap(20)
                .line(40, "이용일자", 82, "이용카드", 130, "이용하신 가맹점", 300, "이용금액", 350, "할부기간", 390, "회차",
                        430, "원금", 470, "수수료(이자)", 520, "결제 후 잔액")
                .cell(40, "05.09").cell(82, "본인 731").cell(130, "삼성전자 디지털프라자").right(335, "1,590,000")
                .cell(350, "10개월").right(397, "1").right(450, "159,000").right(503, "21,147").right(557, "1,431,000").next()
                .cell(40, "05.06").cell(82, "본인 731").cell(130, "AMAZON.COM SEATTLE").right(335, "62,212")
                .right(450, "62,212").right(503, "734").right(557, "0").next()
                .cell(40, "05.20").cell(82, "본인 731").cell(130, "UNIQLO TOKYO GINZA").right(335, "84,027")
                .right(450, "84,027").right(503, "992").right(557, "0").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-180147"),
                new BigDecimal("-62946"), new BigDecimal("-85019"));
    }

    @Test
    void aRowDatedWithADotThatPrintsCentsReadsNoPlainNumberAsMoney() {
        // "05.06" excused as the date, "12.50" still says the row is in cents: its "734" is no amount.
        assertThat(WholeAmounts.rowReadsWhole(Phrase.split(Line.of(new PageSketch(1)
                .line(40, "05.06", 130, "Ref 12.50", 300, "1,250", 420, "734").page()).get(0)), 290)).isFalse();
        assertThat(WholeAmounts.rowReadsWhole(Phrase.split(Line.of(new PageSketch(1)
                .line(40, "05.06", 130, "Shop", 300, "1,250", 420, "734").page()).get(0)), 290)).isTrue();
        // A leading "05.06" in the money (no date column left of it) is an amount in cents.
        assertThat(WholeAmounts.rowReadsWhole(Phrase.split(Line.of(new PageSketch(1)
                .line(40, "05.06", 130, "Shop", 300, "1,250", 420, "734").page()).get(0)), 30)).isFalse();
    }

    @Test
    void anInstalmentOfAnEarlierPurchaseKeepsItsDateReadYearFirst() throws Exception {
        Statement s = parse(statement("25.03.14"));
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 3, 14),
                LocalDate.of(2025, 5, 9), LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 22));
    }
}
