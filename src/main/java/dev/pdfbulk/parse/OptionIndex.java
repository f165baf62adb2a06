package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed list of literal options looked up by the character at a position, so a position that starts none of
 * them costs one array read instead of a {@code startsWith} per option. Options keep their order within a first
 * character, so {@link #firstAt} returns what a scan of the whole list in order would. Immutable, thread-safe.
 */
final class OptionIndex {

    private static final int DIRECT = 256;

    /** Options by first character below {@link #DIRECT}; null where none starts with it. */
    private final String[][] byChar = new String[DIRECT][];
    /** Options whose first character is {@link #DIRECT} or above (€), in their order. */
    private final String[] others;
    /**
     * By first character below {@link #DIRECT}: a bit for each second character (modulo 64) of its options, all bits
     * where one of them is that character alone. Most positions a candidate starts at ("Card", "Savings") end there.
     */
    private final long[] seconds = new long[DIRECT];

    /** @param options non-empty strings, in the order they are to be tried */
    OptionIndex(String... options) {
        List<String> rest = new ArrayList<>();
        for (String option : options) {
            char first = option.charAt(0);
            if (first < DIRECT) {
                String[] before = byChar[first];
                String[] now = before == null ? new String[1] : Arrays.copyOf(before, before.length + 1);
                now[now.length - 1] = option;
                byChar[first] = now;
                seconds[first] |= option.length() == 1 ? -1L : 1L << option.charAt(1);
            } else {
                rest.add(option);
            }
        }
        others = rest.toArray(new String[0]);
    }

    /** The first option, in the given order, that starts at {@code pos} of {@code s}; null when none does. */
    String firstAt(String s, int pos) {
        if (pos >= s.length()) {
            return null;
        }
        char c = s.charAt(pos);
        String[] candidates = c < DIRECT ? byChar[c] : others;
        if (candidates == null || c < DIRECT && !secondMayFollow(c, s, pos)) {
            return null;
        }
        for (String option : candidates) {
            if (s.startsWith(option, pos)) {
                return option;
            }
        }
        return null;
    }

    // False where the character after pos (or the text's end) rules out every option starting with c.
    private boolean secondMayFollow(char c, String s, int pos) {
        long bits = seconds[c];
        return bits == -1L || pos + 1 < s.length() && (bits & 1L << s.charAt(pos + 1)) != 0;
    }
}
