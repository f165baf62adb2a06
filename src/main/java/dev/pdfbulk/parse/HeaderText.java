package dev.pdfbulk.parse;

/**
 * Header text as the vocabulary matches it ({@link HeaderVocabulary}): folded, trimmed, without the marks that end
 * a word and name nothing. Stateless and thread-safe.
 */
final class HeaderText {

    private HeaderText() {
    }

    // A mark glued to the end of a header word points to a note below the table ("Intl.#", "Дата обработки¹"): no
    // part of the word. (Alone, "#" is a qualifier, "No.".)
    private static boolean isFootnoteMark(char c) {
        return c == '#' || c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || c == '\u2020' || c == '\u2021';
    }

    /**
     * Lower case without accents ({@link Folding}), trimmed, trailing {@code : . *} and footnote marks
     * ({@code # ¹ ² ³ † ‡}, after a word) removed, inner runs of white
     * space ({@code \\s}) made one space.
     */
    static String normalise(String text) {
        String vietnamese = text.length() <= 4 ? vietnameseSide(text) : null;
        if (vietnamese != null) {
            return vietnamese;
        }
        // Unaccented prints ("LIBELLE", "DEBIT", "CREDIT") name the same columns as accented ones.
        String s = Folding.fold(text).strip();
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == '.' || s.charAt(end - 1) == '*'
                || end > 1 && isFootnoteMark(s.charAt(end - 1)))) {
            end--;
        }
        StringBuilder out = null;
        boolean inSpace = false;
        for (int k = 0; k < end; k++) {
            char c = s.charAt(k);
            boolean space = RegexChars.isSpace(c);
            if (k > 0 && k + 1 < end && isFootnoteMark(c) && RegexChars.isSpace(s.charAt(k + 1))
                    && !RegexChars.isSpace(s.charAt(k - 1))) {
                // A word's mark inside a phrase ("Intl.# amount", the header's rows read together) goes too.
                if (out == null) {
                    out = new StringBuilder(end).append(s, 0, k);
                }
                continue;
            }
            if (out == null && space && (inSpace || c != ' ')) {
                out = new StringBuilder(end).append(s, 0, k);
            }
            if (out != null && !(space && inSpace)) {
                out.append(space ? ' ' : c);
            }
            inSpace = space;
        }
        return out != null ? out.toString() : end == s.length() ? s : s.substring(0, end);
    }

    /**
     * Vietnamese "Nợ" (debit) and "Có" (credit) alone over a money column (VietinBank's "Nợ | Có | Số dư"), kept
     * accented: folded they would be "No" and "Co", the number column's names in English. Null for any other text.
     */
    private static String vietnameseSide(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        return s.equals("nợ") || s.equals("có") ? s : null;
    }
}
