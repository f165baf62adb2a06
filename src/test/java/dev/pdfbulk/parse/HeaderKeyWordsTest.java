package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderKeyWordsTest {

    // The definition: the words of the uncovered phrases counted again for each key word chosen.
    private static Set<String> recounted(List<List<String>> phrases) {
        Set<String> keys = new HashSet<>();
        List<List<String>> uncovered = new ArrayList<>(phrases);
        while (!uncovered.isEmpty()) {
            Map<String, Integer> counts = new TreeMap<>();
            for (List<String> phrase : uncovered) {
                for (String word : new HashSet<>(phrase)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
            String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            keys.add(best);
            uncovered.removeIf(phrase -> phrase.contains(best));
        }
        return Set.copyOf(keys);
    }

    @Test
    void theVocabularysKeyWordsAreTheRecountedOnes() {
        List<List<String>> dates = new ArrayList<>();
        List<List<String>> money = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        HeaderVocabulary.phrases().forEach((phrase, kind) -> {
            List<String> words = Arrays.stream(phrase.split(" ")).map(HeaderVocabulary::normalise).toList();
            if (kind == ColumnKind.DATE || kind == ColumnKind.POSTING_DATE || kind == ColumnKind.OTHER_DATE) {
                dates.add(words);
            } else if (kind.isTransactionMoney()) {
                money.add(words);
            } else if (kind == ColumnKind.DESCRIPTION) {
                texts.add(words);
            }
        });
        for (List<List<String>> phrases : List.of(dates, money, texts)) {
            assertThat(HeaderWords.keyWords(phrases)).isEqualTo(recounted(phrases));
        }
        assertThat(HeaderWords.keyWords(money)).contains("amount");
    }

    @Test
    void tiesGoToTheFirstWordInOrderAsTheRecountsDo() {
        // "b" and "a" each in two phrases: "a" first; then "c" and "d" tie for the last phrase.
        List<List<String>> phrases = List.of(List.of("b", "a"), List.of("a", "x"), List.of("b", "y"),
                List.of("d", "c", "d"));
        assertThat(HeaderWords.keyWords(phrases)).isEqualTo(recounted(phrases)).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void randomPhraseListsGiveTheRecountedKeyWords() {
        Random random = new Random(27);
        for (int n = 0; n < 2_000; n++) {
            List<List<String>> phrases = new ArrayList<>();
            int count = 1 + random.nextInt(30);
            for (int p = 0; p < count; p++) {
                List<String> phrase = new ArrayList<>();
                int words = 1 + random.nextInt(4);
                for (int w = 0; w < words; w++) {
                    // Few distinct words, so counts tie often; a word may repeat within a phrase.
                    phrase.add(Character.toString('a' + random.nextInt(8)));
                }
                phrases.add(phrase);
            }
            assertThat(HeaderWords.keyWords(phrases)).as(phrases.toString()).isEqualTo(recounted(phrases));
        }
    }
}
