package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

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
        assertThat(BalanceLabels.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabels.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }
}
