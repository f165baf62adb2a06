package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

/**
 * A header cell that names its column twice on one line, in the bank's language and then in English, joined by a
 * slash ("Nợ/Debit", "Ngày/Date", "Số GD/Ref. No.", as Vietnamese banks print them): where one of the two is a name
 * the vocabulary lists, as listed (no neighbouring cell's words joined to it), and the other a few words it does
 * not know in the bank's own letters (one at least outside ASCII: accented, or another script; a plain word beside
 * a known one is more often a neighbouring cell's remains, "Verifikations-" joined to "Text/mottagare"), the cell
 * names that column. A part with marked letters that names a reference column only once its marks are dropped
 * ("Nợ", Vietnamese debit, folds to "No", a number) is taken as unknown when the other part, printed without marks,
 * names another column. Two alternatives that both name columns are otherwise {@link HeaderVocabulary}'s to judge;
 * a part with a digit or more than three words is no header name.
 *
 * <p>Banks of the Gulf set the two names a space apart instead ("Debit مدين", "Value Date تاريخ القيمة"): a word wholly
 * in a script other than Latin, beside a cell named in Latin letters, names that cell again ({@link #otherScript},
 * {@link #latin}); {@link HeaderRow} counts it as no stray word joined to the header. Stateless.
 */
final class BilingualCell {

    private static final int MAX_WORDS = 3;

    private BilingualCell() {
    }

    /** The kind the cell names, or null when it is not one known and one unknown name joined by one slash. */
    static ColumnKind kindOf(String phrase) {
        int slash = phrase.indexOf('/');
        if (slash <= 0 || phrase.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        String first = phrase.substring(0, slash).strip();
        String second = phrase.substring(slash + 1).strip();
        if (first.isEmpty() || second.isEmpty()) {
            return null;
        }
        ColumnKind a = HeaderVocabulary.listedKind(first);
        ColumnKind b = HeaderVocabulary.listedKind(second);
        if (a != null && b != null && a != b) {
            // A false friend of the folding: the marked part's match with a reference word is the accident.
            if (a == ColumnKind.OTHER && marked(first) && !marked(second)) {
                a = null;
            } else if (b == ColumnKind.OTHER && marked(second) && !marked(first)) {
                b = null;
            }
        }
        if (a != null && a == b) {
            // Both halves name it, one only read accented ("Nợ/Debit": folded, "No/Debit" is two kinds to
            // HeaderAlternatives).
            return a;
        }
        if ((a == null) == (b == null)) {
            return null;
        }
        String unknown = a == null ? first : second;
        return marked(unknown) && plainWords(unknown) ? (a == null ? b : a) : null;
    }

    /** True for a word of letters (and combining marks) none of which is Latin ("مدين", "القيمة", "Дебет"). */
    /**
     * Whether {@code word}, a header word set under the cell {@code opening} opened, names that cell again in another
     * script ("Balance" under "Залишок після операції", "余额" under "Balance"): a row lower, across the cell, its
     * letters of another script than the opening word's.
     */
    static boolean restatedUnder(Word opening, Word word, Column cell) {
        return opening != null && word.y() - opening.y() > 0.5f * opening.height() && word.x() < cell.right()
                && word.right() > cell.left() && (otherScript(opening.text()) && latin(word.text())
                || latin(opening.text()) && otherScript(word.text()));
    }

    static boolean otherScript(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                if (c < 0x250 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    return false;
                }
                letter = true;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return letter;
    }

    /** True for a word whose letters are all Latin, with one letter at least ("Debit", "Date", "Ref."). */
    static boolean latin(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                if (c >= 0x250 && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    // A letter outside ASCII: an accented Latin letter or another script.
    private static boolean marked(String part) {
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) > 0x7f && Character.isLetter(part.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // Letters (any script) in at most three words: a name, not a number, a date or a sentence.
    private static boolean plainWords(String part) {
        int words = 1;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && c != '.') {
                return false;
            }
        }
        return words <= MAX_WORDS;
    }
}
