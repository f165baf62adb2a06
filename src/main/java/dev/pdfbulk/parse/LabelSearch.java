package dev.pdfbulk.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * learnt pairs sit in a lock-free table shared by all threads, each pair learnt once until the table is half full.
 */
final class LabelSearch {

    private static final Map<Pattern, LabelSearch> SEARCHES = new ConcurrentHashMap<>();
    // The learnt pairs, open addressing: each slot a pair's tag and whether a match can start with it, or 0 while
    // free. A direct-mapped cache of as many slots kept forgetting pairs that shared a slot (a few hundred pairs a
    // pattern, a sixth of them colliding), and learning a pair is a regex match (2-3 % of the parser's samples).
    private static final int SLOT_BITS = 12;
    private static final int MASK = (1 << SLOT_BITS) - 1;
    // Past half full the probes grow long: pairs beyond it are learnt anew each time, as before.
    private static final int MAX_LEARNT = 1 << (SLOT_BITS - 1);
    private static final long VALID = 1L;
    private static final long POSSIBLE = 2L;

    private final Pattern pattern;
    private final boolean filtered;
    private final AtomicLongArray slots = new AtomicLongArray(1 << SLOT_BITS);
    private final AtomicInteger filled = new AtomicInteger();
    private final AtomicLong learnt = new AtomicLong();

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
        long entry = learntEntry(tag);
        return entry != 0 ? (entry & POSSIBLE) != 0 : learn(c1, c2, pair, tag);
    }

    // The slot holding the pair's tag, or 0 when it has not been learnt. Slots are only ever filled, never emptied,
    // and at most half are: a free slot ends the probe.
    private long learntEntry(long tag) {
        int slot = home(tag);
        for (long entry = slots.getOpaque(slot); entry != 0; entry = slots.getOpaque(slot)) {
            if (entry >>> 2 == tag) {
                return entry;
            }
            slot = (slot + 1) & MASK;
        }
        return 0;
    }

    // A pair not seen before: methods of their own, so that the look-up above stays small enough to inline.
    private boolean learn(char c1, char c2, boolean pair, long tag) {
        String start = pair ? new String(new char[] {c1, c2}) : String.valueOf(c1);
        boolean possible = possibleAfter("", start) || possibleAfter("a", start);
        learnt.incrementAndGet();
        remember(home(tag), tag << 2 | (possible ? POSSIBLE : 0) | VALID);
        return possible;
    }

    private static int home(long tag) {
        return (int) ((tag * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - SLOT_BITS));
    }

    // Puts a learnt pair in the first free slot from its home; two threads learning one pair may both put it.
    private void remember(int home, long entry) {
        // Checked before counting, so the count stops a few past the limit however many pairs come after.
        if (filled.get() >= MAX_LEARNT || filled.getAndIncrement() >= MAX_LEARNT) {
            return;
        }
        for (int slot = home; ; slot = (slot + 1) & MASK) {
            if (slots.getOpaque(slot) == 0 && slots.compareAndSet(slot, 0, entry)) {
                return;
            }
        }
    }

    /** How many times this search has learnt a pair: once each until its table is half full (for tests). */
    long learnt() {
        return learnt.get();
    }

    // A match attempt at the start, after the given text, that matches or needs more text than the start holds.
    private boolean possibleAfter(String before, String start) {
        Matcher m = pattern.matcher(before + start).useTransparentBounds(true);
        m.region(before.length(), before.length() + start.length());
        return m.lookingAt() || m.hitEnd();
    }
}
