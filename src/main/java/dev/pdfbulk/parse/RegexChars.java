package dev.pdfbulk.parse;

/**
 * The regular-expression character classes that the hand-written matchers ({@link AmountPattern},
 * {@link DateParser}, {@link HeaderVocabulary#normalise}, {@link Marker}) reproduce, so they all mean
 * the same as the patterns their tests hold as the definition. Stateless and thread-safe.
 */
final class RegexChars {

    private RegexChars() {
    }

    /** {@code \d} without {@code UNICODE_CHARACTER_CLASS}: an ASCII digit. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \d+}: at least one character, all ASCII digits. */
    static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** {@code [0-9A-Z]+}: at least one character, all ASCII digits or capitals (an IBAN's groups). */
    static boolean isDigitsOrCapitals(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDigit(c) && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** {@code \d} found anywhere in the text. */
    static boolean hasDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code \s} without {@code UNICODE_CHARACTER_CLASS}: {@code [ \t\n\x0B\f\r]}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
