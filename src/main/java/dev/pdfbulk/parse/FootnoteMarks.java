package dev.pdfbulk.parse;

/**
 * A mark set after a cell's value to refer the reader to a note under the table ("12.50*", "05/02/25*", check
 * "2213*"): the value is the same without it. Each kind of cell allows its own marks. Stateless.
 */
final class FootnoteMarks {

    // After an amount: asterisk, dagger, double dagger, section sign, superscript one to three.
    private static final String AFTER_AMOUNT = "*\u2020\u2021\u00a7\u00b9\u00b2\u00b3";

    private FootnoteMarks() {
    }

    /**
     * "12.50*", "12.50 †", "(3.10)¹": a mark after an amount's last digit or bracket, glued or a space apart; other
     * text comes back as it is.
     */
    static String afterAmount(String s) {
        int n = s.length();
        if (n < 2 || AFTER_AMOUNT.indexOf(s.charAt(n - 1)) < 0) {
            return s;
        }
        String head = s.charAt(n - 2) == ' ' ? s.substring(0, n - 2) : s.substring(0, n - 1);
        char last = head.isEmpty() ? ' ' : head.charAt(head.length() - 1);
        return RegexChars.isDigit(last) || last == ')' ? head : s;
    }

    /** "05/02/25*" (the mark a footnote explains: "*Indicates posting date") is the date 05/02/25. */
    static String afterDate(String s) {
        int end = s.length();
        return end > 1 && (s.charAt(end - 1) == '*' || s.charAt(end - 1) == '\u2020')
                && Character.isLetterOrDigit(s.charAt(end - 2)) ? s.substring(0, end - 1) : s;
    }

    /** "2213*": asterisks glued to a check number (a gap in the sequence) are no part of it. */
    static String afterReference(String word) {
        int end = word.length();
        while (end > 1 && word.charAt(end - 1) == '*') {
            end--;
        }
        return word.substring(0, end);
    }
}
