package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A Taiwanese credit card's statement (CTBC's): its header words, card labels and balances. */
class TaiwanCardTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"消費日, DATE", "入帳起息日, POSTING_DATE", "消費明細, DESCRIPTION", "帳單說明, DESCRIPTION",
        "新臺幣金額, AMOUNT", "臺幣金額, AMOUNT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"'繳款截止日：113/07/05', true", "'最低應繳金額 1,200', true", "'信用額度 120,000', true",
        "'最低还款额 500.00', true", "'客服專線 (02)2745-8080', false"})
    void cardLabelsSayTheStatementIsACards(String text, boolean card) {
        List<Word> words = new ArrayList<>();
        float x = 40;
        for (String w : text.split(" ")) {
            words.add(new Word(w, x, 100, w.length() * 8f, 8, 2));
            x += w.length() * 8f + 20;
        }
        assertThat(CardWording.names(new Line(1, 100, 8, words))).isEqualTo(card);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"上期應繳總金額, true", "上期應繳金額, true", "本期應繳總金額, false", "本期應繳金額, false"})
    void aCardsAmountsOwedAreItsOpeningAndClosing(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @Test
    void aWholeDollarCardReadsASmallChargeAloneOnItsSecondRow() throws Exception {
        // "302" (no grouping, no currency) is alone on its dated row: the table's one whole amount so far says it is
        // money as the rows' other amounts are.
        Statement s = parse(new PageSketch(1)
                .line(40, "帳單結帳日：113/06/20", 330, "繳款截止日：113/07/05")
                .line(40, "上期應繳總金額", 170, "本期應繳總金額", 300, "最低應繳金額")
                .line(40, "18,452", 170, "2,563", 300, "1,000").gap(20)
                .line(40, "消費日", 95, "入帳起息日", 160, "消費明細", 455, "新臺幣金額")
                .cell(40, "113/05/22").cell(95, "113/05/24").cell(160, "中油 信義站").right(480, "1,279").next()
                .cell(40, "113/05/22").cell(95, "113/05/24").cell(160, "統一超商 7-ELEVEN").right(480, "302").next()
                .cell(40, "113/06/02").cell(95, "113/06/02").cell(160, "繳款－謝謝").right(480, "-18,452").next()
                .cell(40, "113/06/05").cell(95, "113/06/07").cell(160, "全聯福利中心").right(480, "982").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("中油 信義站", "統一超商 7-ELEVEN", "繳款－謝謝", "全聯福利中心");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-1279"),
                new BigDecimal("-302"), new BigDecimal("18452"), new BigDecimal("-982"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
