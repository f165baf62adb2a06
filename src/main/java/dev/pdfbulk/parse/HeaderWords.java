package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The words of {@link HeaderVocabulary}'s phrases, asked about one word at a time before any phrase is matched:
 * whether a word can be part of a header at all, and which column names it is a key word of (the cheap necessary
 * condition a line must meet to be a header). Answers are remembered per word; safe for concurrent use.
 */
final class HeaderWords {

    private static final Pattern PART_BREAK = Pattern.compile("[ ./]+");
    private static final Set<String> HEADER_WORDS = new HashSet<>();
    /** Every proper prefix of a header word, for words broken at a hyphen. */
    private static final Set<String> HEADER_WORD_STEMS = new HashSet<>();
    /** {@link #keys} bit: a key word of the date column names. */
    static final int DATE_KEY = 1;
    /** {@link #keys} bit: a key word of the debit, credit and amount column names. */
    static final int MONEY_KEY = 2;
    /** {@link #keys} bit: a key word of the description column names. */
    static final int TEXT_KEY = 4;
    // Beside the key bits in WORD_FACTS: the word is a header word.
    private static final int HEADER_WORD = 1 << 8;
    // Every line's words are asked about on every page, and most words recur; a few MB at most.
    private static final WordMemo WORD_FACTS = new WordMemo(1 << 15, HeaderWords::facts);

    /**
     * The key words and their {@link #keys} bits: every phrase naming a date column holds a word of the date bit
     * (few, so few lines qualify), every debit, credit or amount column name one of the money bit, every
     * description column name one of the text bit. One map, so a word is looked up once for the three.
     */
    private static final Map<String, Integer> KEY_BITS = new HashMap<>();

    static {
        List<List<String>> dates = new ArrayList<>();
        List<List<String>> money = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (Map.Entry<String, ColumnKind> phrase : HeaderVocabulary.phrases().entrySet()) {
            List<String> words = Arrays.stream(phrase.getKey().split(" ")).map(HeaderVocabulary::normalise).toList();
            HEADER_WORDS.addAll(words);
            ColumnKind kind = phrase.getValue();
            if (kind == ColumnKind.DATE || kind == ColumnKind.POSTING_DATE || kind == ColumnKind.OTHER_DATE) {
                dates.add(words);
            } else if (kind.isTransactionMoney()) {
                money.add(words);
            } else if (kind == ColumnKind.DESCRIPTION) {
                texts.add(words);
            }
        }
        withAbbreviations(keyWords(dates)).forEach(w -> KEY_BITS.merge(w, DATE_KEY, (a, b) -> a | b));
        withAbbreviations(keyWords(money)).forEach(w -> KEY_BITS.merge(w, MONEY_KEY, (a, b) -> a | b));
        withAbbreviations(keyWords(texts)).forEach(w -> KEY_BITS.merge(w, TEXT_KEY, (a, b) -> a | b));
        HEADER_WORDS.addAll(HeaderVocabulary.abbreviations().keySet());
        for (String word : HEADER_WORDS) {
            for (int end = 1; end < word.length(); end++) {
                HEADER_WORD_STEMS.add(word.substring(0, end));
            }
        }
    }

    // An abbreviation of a key word is a key word too: "Dt" names a date as "Date" does.
    private static Set<String> withAbbreviations(Set<String> keys) {
        Set<String> out = new HashSet<>(keys);
        HeaderVocabulary.abbreviations().forEach((abbreviation, word) -> {
            if (keys.contains(word)) {
                out.add(abbreviation);
            }
        });
        return Set.copyOf(out);
    }

    /**
     * Greedy hitting set: the word in most phrases not yet covered (of equals, the first in {@link String} order),
     * until every phrase holds a key word. The counts are kept up to date as phrases are covered, not counted again
     * for each key word: this runs once a run, in the interpreter, over some 400 phrases and 100 key words.
     */
    static Set<String> keyWords(List<List<String>> phrases) {
        TreeMap<String, Integer> order = new TreeMap<>();
        for (List<String> phrase : phrases) {
            phrase.forEach(w -> order.put(w, 0));
        }
        String[] words = order.keySet().toArray(String[]::new);
        for (int k = 0; k < words.length; k++) {
            order.put(words[k], k);
        }
        // Each phrase's distinct words as indexes into words, in order; how many uncovered phrases hold each word.
        int[][] held = new int[phrases.size()][];
        int[] counts = new int[words.length];
        for (int p = 0; p < held.length; p++) {
            held[p] = distinctIndexes(phrases.get(p), order);
            for (int k : held[p]) {
                counts[k]++;
            }
        }
        boolean[] covered = new boolean[held.length];
        int left = held.length;
        Set<String> keys = new HashSet<>();
        while (left > 0) {
            int best = 0;
            for (int k = 1; k < counts.length; k++) {
                if (counts[k] > counts[best]) {
                    best = k;
                }
            }
            keys.add(words[best]);
            for (int p = 0; p < held.length; p++) {
                if (!covered[p] && Arrays.binarySearch(held[p], best) >= 0) {
                    covered[p] = true;
                    left--;
                    for (int k : held[p]) {
                        counts[k]--;
                    }
                }
            }
        }
        return Set.copyOf(keys);
    }

    // The phrase's words' indexes, ascending, each once.
    private static int[] distinctIndexes(List<String> phrase, Map<String, Integer> order) {
        int[] all = new int[phrase.size()];
        for (int k = 0; k < all.length; k++) {
            all[k] = order.get(phrase.get(k));
        }
        Arrays.sort(all);
        int n = 0;
        for (int k = 0; k < all.length; k++) {
            if (n == 0 || all[k] != all[n - 1]) {
                all[n++] = all[k];
            }
        }
        return Arrays.copyOf(all, n);
    }

    private HeaderWords() {
    }

    /** True when the word can be part of a header phrase: a cheap filter before the full match. */
    static boolean isHeaderWord(String word) {
        return mayBeHeader(word) && (WORD_FACTS.get(word) & HEADER_WORD) != 0;
    }

    // A word's key bits and whether it is a header word, worked out together: both need the word normalised.
    private static int facts(String word) {
        String n = HeaderUnits.withoutGluedUnit(HeaderVocabulary.normalise(word));
        boolean headerWord = HEADER_WORDS.contains(n) || compound(n) && HeaderVocabulary.kindOf(n) != null || brokenHeaderWord(n)
                || HEADER_WORDS.contains(withoutElidedArticle(n));
        return keyBits(n) | (headerWord ? HEADER_WORD : 0);
    }

    // A header word after an article elided onto it ("de l'opération", "dell'operazione", a cell wrapped onto a
    // second header row): the word itself; the word unchanged where it has no such article.
    private static String withoutElidedArticle(String normalised) {
        int q = normalised.indexOf('\'');
        if (q < 0) {
            q = normalised.indexOf('\u2019');
        }
        if (q < 1 || q > 4 || q + 1 >= normalised.length()) {
            return normalised;
        }
        String article = normalised.substring(0, q);
        return article.equals("l") || article.equals("d") || article.equals("dell") || article.equals("all")
                || article.equals("nell") ? normalised.substring(q + 1) : normalised;
    }

    // The first part of a header word broken at a hyphen over two rows ("Buchungs-" over "datum"). Words ending in
    // a hyphen are not rare after all (trailing-minus amounts and dashes in descriptions), hence the stem set. So is
    // the first of two alternatives broken after their slash ("Withdrawn/" over "Debits ($)"): a header word before it.
    private static boolean brokenHeaderWord(String normalised) {
        if (normalised.length() < 4) {
            return false;
        }
        char last = normalised.charAt(normalised.length() - 1);
        String stem = normalised.substring(0, normalised.length() - 1);
        return last == '-' && HEADER_WORD_STEMS.contains(stem) || last == '/' && HEADER_WORDS.contains(stem);
    }

    /**
     * The facts of a line's words together: their key bits (as {@link #keys}) and whether any is a header word (as
     * {@link #isHeaderWord}), from one look-up a word; read with {@link #anyHeaderWord} and {@link #keyBitsOf}.
     */
    static int lineFacts(List<Word> words) {
        int facts = 0;
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k).text();
            if (mayBeHeader(word)) {
                facts |= WORD_FACTS.get(word);
            }
        }
        return facts;
    }

    /** True when the words of {@code lineFacts} hold a header word. */
    static boolean anyHeaderWord(int lineFacts) {
        return (lineFacts & HEADER_WORD) != 0;
    }

    /** The key bits of the words of {@code lineFacts}. */
    static int keyBitsOf(int lineFacts) {
        return lineFacts & ~HEADER_WORD;
    }

    /** The kinds of column name the word is a key word of, as bits; normalised once for all three. */
    static int keys(String word) {
        return mayBeHeader(word) ? WORD_FACTS.get(word) & ~HEADER_WORD : 0;
    }

    /** True for a key word of the date column names: every such name (a posting date's too) holds one. */
    static boolean isDateKey(String word) {
        return (keys(word) & DATE_KEY) != 0;
    }

    /** True for a key word of the debit, credit and amount column names: every such name holds one. */
    static boolean isMoneyKey(String word) {
        return (keys(word) & MONEY_KEY) != 0;
    }

    /** True for a key word of the description column names: every such name holds one. */
    static boolean isTextKey(String word) {
        return (keys(word) & TEXT_KEY) != 0;
    }

    // A compound word ("Txn.Dt.", "Ref./Amt.") holds the keys of its parts.
    private static int keyBits(String normalised) {
        int bits = KEY_BITS.getOrDefault(normalised, 0);
        if (compound(normalised)) {
            for (String part : PART_BREAK.split(normalised)) {
                bits |= KEY_BITS.getOrDefault(part, 0);
            }
        }
        return bits;
    }

    // Words joined by a dot or a slash inside one word; a plain word needs no second look (the common case).
    private static boolean compound(String normalised) {
        return normalised.indexOf('.') >= 0 || normalised.indexOf('/') >= 0;
    }

    // No header word starts with a digit, and most words of a statement's rows do (dates, amounts).
    private static boolean mayBeHeader(String word) {
        return !word.isEmpty() && !Character.isDigit(word.charAt(0));
    }
}
