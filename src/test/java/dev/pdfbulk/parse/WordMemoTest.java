package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordMemoTest {

    @Test
    void answersEachTextOnceUntilFull() {
        List<String> asked = new ArrayList<>();
        WordMemo memo = new WordMemo(3, w -> {
            asked.add(w);
            return w.length();
        });

        assertThat(memo.get("CARD")).isEqualTo(4);
        assertThat(memo.get(new String("CARD"))).isEqualTo(4);
        assertThat(memo.get("PURCHASE")).isEqualTo(8);

        assertThat(asked).containsExactly("CARD", "PURCHASE");
    }

    @Test
    void forgetsEverythingWhenFullSoItsSizeStaysBounded() {
        List<String> asked = new ArrayList<>();
        WordMemo memo = new WordMemo(2, w -> {
            asked.add(w);
            return 1;
        });

        memo.get("a");
        memo.get("b");
        memo.get("c"); // full: forgets a and b, keeps c
        memo.get("c");
        memo.get("a");

        assertThat(asked).containsExactly("a", "b", "c", "a");
    }

    @Test
    void headerVocabularyAnswersAlikeAskedTwice() {
        for (String word : List.of("Date", "Description", "Amount($)", "Txn.Dt.", "PURCHASE", "Buchungs-", "Withdrawn/")) {
            assertThat(HeaderWords.isHeaderWord(word)).as(word).isEqualTo(HeaderWords.isHeaderWord(word));
            assertThat(HeaderWords.keys(word)).as(word).isEqualTo(HeaderWords.keys(word));
            assertThat(HeaderVocabulary.kindOf(word)).as(word).isEqualTo(HeaderVocabulary.kindOf(word));
        }
        assertThat(HeaderVocabulary.kindOf("Description")).isEqualTo(ColumnKind.DESCRIPTION);
        assertThat(HeaderVocabulary.kindOf("PURCHASE")).isNull();
        assertThat(HeaderWords.keys("Date") & HeaderWords.DATE_KEY).isNotZero();
        // keys() gives the key bits alone, whatever else the memo keeps beside them.
        int keyBits = HeaderWords.DATE_KEY | HeaderWords.MONEY_KEY | HeaderWords.TEXT_KEY;
        assertThat(HeaderWords.keys("Date") & ~keyBits).isZero();
        assertThat(HeaderWords.isHeaderWord("Withdrawn/")).isTrue();
    }
}
