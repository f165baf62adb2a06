package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/**
 * Numbers printed with three decimals and no grouping ({@code 1703.889}, {@code -12345,678}): four or more digits, a
 * '.' or ',', then exactly three digits, where no thousands group could have four digits. Finds where such a
 * number's mark is; {@link AmountParser#parseInMoneyPlace(String, boolean)} reads it. Stateless and thread-safe;
 * no argument may be null.
 */
final class UngroupedThreeDecimals {

    private UngroupedThreeDecimals() {
    }

    /** True when some word prints a number as {@code 1703.889}: four or more digits, a '.' or ',', three digits. */
    static boolean printedIn(List<Word> words) {
        for (Word w : words) {
            if (w.text().length() >= 8 && mark(w.text()) >= 0) {
                return true;
            }
        }
        return false;
    }

    // Where s holds a '.' or ',' with four or more digits before it and exactly three after, those digits grouped
    // with no others ("1,1703.889" and "1703.889,12" are none); -1 when it holds none.
    static int mark(String s) {
        for (int k = 4; k + 3 < s.length(); k++) {
            char c = s.charAt(k);
            if ((c == '.' || c == ',') && RegexChars.isDigits(s.substring(k + 1, k + 4)) && !moreDigits(s, k + 4, 1)) {
                int start = k;
                while (start > 0 && RegexChars.isDigit(s.charAt(start - 1))) {
                    start--;
                }
                if (k - start >= 4 && !moreDigits(s, start - 1, -1)) {
                    return k;
                }
            }
        }
        return -1;
    }

    // True when s goes on from i (in direction step) with a digit, or a separator and a digit: more of the number.
    private static boolean moreDigits(String s, int i, int step) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        boolean separator = c == '.' || c == ',' || c == '\'' || RegexChars.isSpace(c);
        int beyond = i + step;
        return RegexChars.isDigit(c)
                || separator && beyond >= 0 && beyond < s.length() && RegexChars.isDigit(s.charAt(beyond));
    }
}
