package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A Taiwanese credit card's statement (CTBC's): its header words, card labels and balances. */
class TaiwanCardTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"消費日, DATE", "入帳起息日, POSTING_DATE", "消費明細, DESCRIPTION", "帳單說明, DESCRIPTION",
        "新臺幣金額, AMOUNT", "臺幣金額, AMOUNT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }
}
