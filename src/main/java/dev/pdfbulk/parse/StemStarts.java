package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A fixed set of texts (stems), asked whether any of them occurs in a text: the text is read once, trying at each
 * character only the stems that start with it and the next character, where {@code text.contains(stem)} for each stem
 * would read it once a stem. The answer is exactly that of the {@code contains} loop. Immutable and thread-safe.
 */
final class StemStarts {

    private static final int PAIR_BITS = 12;
    // A bit per pair of characters (hashed, so a set bit may be another pair's): whether a stem starts with the pair.
    // Most stems start with a common letter, so the first character alone would let most of a text's letters through.
    private final long[] pairs = new long[(1 << PAIR_BITS) / Long.SIZE];
    // A bit per UTF-16 character that is a stem by itself.
    private final long[] singles = new long[(1 << Character.SIZE) / Long.SIZE];
    // The stems' first characters in order, and the stems starting with each, in the order given.
    private final char[] firsts;
    private final String[][] stems;

    /** The set of {@code stems}, none empty. */
    StemStarts(String... stems) {
        TreeMap<Character, List<String>> byFirst = new TreeMap<>();
        for (String stem : stems) {
            if (stem.isEmpty()) {
                throw new IllegalArgumentException("empty stem");
            }
            char c = stem.charAt(0);
            if (stem.length() == 1) {
                singles[c >>> 6] |= 1L << c;
            } else {
                int pair = pair(c, stem.charAt(1));
                pairs[pair >>> 6] |= 1L << pair;
            }
            byFirst.computeIfAbsent(c, k -> new ArrayList<>()).add(stem);
        }
        this.firsts = new char[byFirst.size()];
        this.stems = new String[byFirst.size()][];
        int k = 0;
        for (var e : byFirst.entrySet()) {
            firsts[k] = e.getKey();
            this.stems[k++] = e.getValue().toArray(String[]::new);
        }
    }

    private static int pair(char first, char second) {
        return (first * 31 + second) & ((1 << PAIR_BITS) - 1);
    }

    /** Whether any stem occurs in {@code text}. */
    boolean in(String text) {
        int n = text.length();
        char next = n > 0 ? text.charAt(0) : 0;
        for (int i = 0; i < n; i++) {
            char c = next;
            if ((singles[c >>> 6] & 1L << c) != 0) {
                return true;
            }
            if (i + 1 == n) {
                break;
            }
            next = text.charAt(i + 1);
            int pair = pair(c, next);
            if ((pairs[pair >>> 6] & 1L << pair) != 0 && startsAt(text, i, Arrays.binarySearch(firsts, c))) {
                return true;
            }
        }
        return false;
    }

    // Whether a stem of firsts[k] (none when k is negative: the pair's bit was another pair's) starts at i.
    private boolean startsAt(String text, int i, int k) {
        if (k < 0) {
            return false;
        }
        for (String stem : stems[k]) {
            if (text.startsWith(stem, i)) {
                return true;
            }
        }
        return false;
    }
}
