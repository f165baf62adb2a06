package dev.pdfbulk.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label pattern (a long alternation of label wordings, as {@link BalanceLabelWords#OPENING}) searched only where a match
 * can start. {@link Matcher#find()} tries every alternative at every character of a line; this tries a place only where
 * the pattern can start with the two characters there, which it learns once per pair of characters (a match attempt
 * on the pair alone, after nothing and after a letter, that neither matches nor reads past its end proves that no
 * match starts with it: a word boundary or a negative lookbehind is then tried both ways). The matches are exactly
 * {@code find}'s. Patterns whose start may depend on what precedes it in another way (a positive lookbehind,
 * {@code ^}, {@code \G}, {@code \A}) or that match the empty text are searched by {@code find}. Thread-safe: the
 * learnt pairs sit in a lock-free cache shared by all threads.
 */
final class LabelSearch {

    private static final Map<Pattern, LabelSearch> SEARCHES = new ConcurrentHashMap<>();
    // A direct-mapped cache of pairs: 4,096 slots, each a pair's tag and whether a match can start with it.
    private static final int SLOT_BITS = 12;
    private static final long VALID = 1L;
    private static final long POSSIBLE = 2L;

    private final Pattern pattern;
    private final boolean filtered;
    private final AtomicLongArray slots = new AtomicLongArray(1 << SLOT_BITS);

    private LabelSearch(Pattern pattern) {
        this.pattern = pattern;
        String source = pattern.pattern();
        this.filtered = !source.contains("(?<=") && !source.replace("[^", "[").contains("^")
                && !source.contains("\\G") && !source.contains("\\A") && !pattern.matcher("").lookingAt();
    }

    /** The search for {@code pattern}, made once per pattern. */
    static LabelSearch of(Pattern pattern) {
        return SEARCHES.computeIfAbsent(pattern, LabelSearch::new);
    }

    /**
     * The first match in {@code text} starting at {@code from} or after, the one {@code pattern.matcher(text)
     * .find(from)} gives, or null when there is none.
     */
    MatchResult find(CharSequence text, int from) {
        Matcher m = pattern.matcher(text);
        if (!filtered) {
            return m.find(from) ? m.toMatchResult() : null;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (canStart(text.charAt(i), i + 1 < n ? text.charAt(i + 1) : 0, i + 1 < n)) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return m.toMatchResult();
                }
            }
        }
        return null;
    }

    /** True when the pattern matches somewhere in {@code text}. */
    boolean in(CharSequence text) {
        return find(text, 0) != null;
    }

    // Whether a match can start with c1 (then c2, when there is a second character): learnt once per pair.
    private boolean canStart(char c1, char c2, boolean pair) {
        if (Character.isSurrogate(c1) || Character.isSurrogate(c2)) {
            return true;
        }
        long tag = (long) c1 << 17 | (long) c2 << 1 | (pair ? 1 : 0);
        int slot = (int) ((tag * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - SLOT_BITS));
        long entry = slots.getOpaque(slot);
        if ((entry & VALID) != 0 && entry >>> 2 == tag) {
            return (entry & POSSIBLE) != 0;
        }
        String start = pair ? new String(new char[] {c1, c2}) : String.valueOf(c1);
        boolean possible = possibleAfter("", start) || possibleAfter("a", start);
        slots.setOpaque(slot, tag << 2 | (possible ? POSSIBLE : 0) | VALID);
        return possible;
    }

    // A match attempt at the start, after the given text, that matches or needs more text than the start holds.
    private boolean possibleAfter(String before, String start) {
        Matcher m = pattern.matcher(before + start).useTransparentBounds(true);
        m.region(before.length(), before.length() + start.length());
        return m.lookingAt() || m.hitEnd();
    }
}
