package dev.pdfbulk.parse;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * An answer about a single word, remembered by its text: a statement's rows repeat the same words ("CARD",
 * "PURCHASE", a shop's name) line after line, and each line would fold and look them up anew. Holds at most
 * {@code limit} texts and forgets them all at once when full, so a run of any length keeps its memory bounded.
 * Thread-safe: the workers share one; a word computed by two threads at once gets the same answer twice, since the
 * function must be a pure function of the text.
 */
final class WordMemo {

    private final int limit;
    private final ToIntFunction<String> answer;
    private final ConcurrentHashMap<String, Integer> seen;

    /** A memo of {@code answer} (pure, never throwing) over at most {@code limit} texts. */
    WordMemo(int limit, ToIntFunction<String> answer) {
        this.limit = limit;
        this.answer = answer;
        this.seen = new ConcurrentHashMap<>(Math.min(limit, 1 << 12));
    }

    /** The answer for {@code word} (not null), computed on its first sight since the memo was last full. */
    int get(String word) {
        Integer known = seen.get(word);
        if (known != null) {
            return known;
        }
        int value = answer.applyAsInt(word);
        if (seen.size() >= limit) {
            seen.clear();
        }
        seen.put(word, value);
        return value;
    }
}
