package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A fixed set of texts (stems), asked whether any of them occurs in a text: the text is read once, trying at each
 * character only the stems that start with it, where {@code text.contains(stem)} for each stem would read it once a
 * stem. The answer is exactly that of the {@code contains} loop. Immutable and thread-safe.
 */
final class StemStarts {

    // A bit per UTF-16 character: whether a stem starts with it (8 KB, so most characters are turned down at once).
    private final long[] starts = new long[1 << 10];
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
            starts[c >>> 6] |= 1L << c;
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

    /** Whether any stem occurs in {@code text}. */
    boolean in(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((starts[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            for (String stem : stems[Arrays.binarySearch(firsts, c)]) {
                if (text.startsWith(stem, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
