package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LabelSearchTest {

    private static final List<Pattern> LABELS = List.of(BalanceLabelWords.OPENING, BalanceLabelWords.CLOSING,
            BalanceLabelWords.CURRENT, PeriodReader.PERIOD_WORD,
            // Word boundaries and lookbehinds at a match's start, where what precedes the start decides.
            Pattern.compile("\\bsaldo|(?<!daily )balance|\\B-cr|x\\b|\\b:total|end$"),
            Pattern.compile("(?<=net )total|dues?"),
            Pattern.compile("^opening|(?m)^closing"),
            Pattern.compile("a?|saldo"));

    @Test
    void findsWhatFindFindsOnRandomTextMadeOfTheLabelsWords() {
        Random random = new Random(20261130);
        for (Pattern label : LABELS) {
            List<String> words = wordsOf(label.pattern());
            LabelSearch search = LabelSearch.of(label);
            for (int n = 0; n < 1_000; n++) {
                String text = randomText(random, words);
                Matcher m = label.matcher(text);
                int from = 0;
                while (true) {
                    boolean found = from <= text.length() && m.find(from);
                    MatchResult r = from <= text.length() ? search.find(text, from) : null;
                    if (!found) {
                        assertThat(r).as("%s in \"%s\" from %d", label, text, from).isNull();
                        break;
                    }
                    assertThat(r).as("%s in \"%s\" from %d", label, text, from).isNotNull();
                    assertThat(new int[] {r.start(), r.end()}).as("%s in \"%s\"", label, text)
                            .containsExactly(m.start(), m.end());
                    from = Math.max(m.end(), m.start() + 1);
                }
            }
        }
    }

    @Test
    void findsAMatchWhoseStartDependsOnTheCharacterBeforeIt() {
        Pattern label = Pattern.compile("\\b:total|(?<!daily )balance|\\B-cr|dues?$");
        for (String text : List.of("x:total", " :total", ":total", "daily balance", "xbalance", "a-cr", " -cr", "-cr",
                "net due", "due")) {
            Matcher m = label.matcher(text);
            MatchResult r = LabelSearch.of(label).find(text, 0);
            if (m.find()) {
                assertThat(r).as(text).isNotNull();
                assertThat(new int[] {r.start(), r.end()}).as(text).containsExactly(m.start(), m.end());
            } else {
                assertThat(r).as(text).isNull();
            }
        }
    }

    @Test
    void findsALabelInsideAFoldedLineAndNothingWhereNoneIsPrinted() {
        LabelSearch closing = LabelSearch.of(BalanceLabelWords.CLOSING);
        MatchResult m = closing.find("page 2 of 3 closing balance on 30/06/2025 1,234.56", 0);
        assertThat(m).isNotNull();
        assertThat(m.start()).isEqualTo(12);
        assertThat(m.group()).isEqualTo("closing balance");
        assertThat(closing.find("ending daily balance 1,234.56", 0)).isNull();
        assertThat(closing.in("page 2 of 3 card payment 12.50")).isFalse();
        assertThat(closing.in("残高 今回残高 12,000")).isTrue();
    }

    @Test
    void learnsEachPairOnceHoweverManyPairsALineHolds() {
        // Nine hundred pairs: a cache of one slot a pair would keep forgetting those sharing a slot.
        LabelSearch search = LabelSearch.of(Pattern.compile("closing balance|saldo final|solde"));
        String alphabet = "abcdefghijklmnopqrstuvwxyzéüçñ";
        StringBuilder text = new StringBuilder();
        for (char a : alphabet.toCharArray()) {
            for (char b : alphabet.toCharArray()) {
                text.append(a).append(b).append(' ');
            }
        }
        assertThat(search.in(text)).isFalse();
        long learnt = search.learnt();
        assertThat(learnt).isGreaterThan(900);
        for (int round = 0; round < 3; round++) {
            assertThat(search.in(text)).isFalse();
            assertThat(search.in(text + "solde")).isTrue();
        }
        assertThat(search.learnt()).isEqualTo(learnt);
    }

    @Test
    void findsWhatFindFindsOnceItsTableOfPairsIsFull() {
        Pattern label = Pattern.compile("(?<!daily )closing balance|\\bsaldo");
        LabelSearch search = LabelSearch.of(label);
        Random random = new Random(20261202);
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 60; k++) {
                text.append((char) ('a' + random.nextInt(26))).append((char) (0x400 + random.nextInt(200)));
            }
            text.append(random.nextBoolean() ? " closing balance " : " daily closing balance ").append("xsaldo saldo");
            Matcher m = label.matcher(text);
            assertThat(m.find()).isTrue();
            MatchResult r = search.find(text, 0);
            assertThat(new int[] {r.start(), r.end()}).as(text.toString()).containsExactly(m.start(), m.end());
        }
        assertThat(search.learnt()).isGreaterThan(4_096);
    }

    @Test
    void findsWhatFindFindsWithAnyLetterInEitherCaseWhereThePatternIgnoresCase() {
        Pattern label = PeriodReader.PERIOD_WORD;
        List<String> words = wordsOf(label.pattern());
        LabelSearch search = LabelSearch.of(label);
        Random random = new Random(20261202);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder(randomText(random, words));
            for (int i = 0; i < text.length(); i++) {
                if (random.nextInt(3) == 0) {
                    text.setCharAt(i, Character.toUpperCase(text.charAt(i)));
                }
            }
            Matcher m = label.matcher(text);
            MatchResult r = search.find(text, 0);
            if (!m.find()) {
                assertThat(r).as("\"%s\"", text).isNull();
            } else {
                assertThat(r).as("\"%s\"", text).isNotNull();
                assertThat(new int[] {r.start(), r.end()}).as("\"%s\"", text).containsExactly(m.start(), m.end());
            }
        }
    }

    // The pattern's literal words, and pieces of them, to build texts with many near-matches.
    private static List<String> wordsOf(String source) {
        List<String> words = new ArrayList<>();
        for (String w : source.split("[^\\p{L}]+")) {
            if (w.length() > 1 && !w.equals("p") && !w.equals("L")) {
                words.add(w.toLowerCase(java.util.Locale.ROOT));
                words.add(w.substring(0, w.length() / 2));
                words.add(w.substring(w.length() / 2));
            }
        }
        words.addAll(List.of("the", "of", "on", "daily", "net", "1,234.56", "30/06/2025", "-", ":", "$", "\n",
                "\uD83D\uDE00", "残高", "x"));
        return words;
    }

    private static String randomText(Random random, List<String> words) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(8);
        for (int k = 0; k < count; k++) {
            int glue = random.nextInt(10);
            if (text.length() > 0 && glue > 1) {
                text.append(glue == 2 ? "  " : " ");
            }
            String w = words.get(random.nextInt(words.size()));
            text.append(random.nextInt(20) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w);
        }
        return text.toString();
    }
}
