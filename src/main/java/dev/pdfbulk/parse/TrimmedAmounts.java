package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Optional;

/**
 * Amounts as some exports print them, the cents' trailing zeros trimmed: "12.5" for 12.50, "100" for 100.00, beside
 * "45.37". Read only in a money cell, and only by the reading a statement keeps where its balances then agree
 * ({@link CellReading#TRIMMED}); a number in the description is never one. Stateless and thread-safe.
 */
final class TrimmedAmounts {

    // More digits than this in a plain number are an account or reference number, not an amount.
    private static final int MAX_WHOLE_DIGITS = 9;
    // Pages printing fewer such numbers ("Suite 4.1") are not read so.
    private static final int MIN_PRINTED = 2;

    private TrimmedAmounts() {
    }

    /**
     * True when the words print at least two numbers with one decimal ("12.5", "-4,323.8", "(7.1)"): a page of
     * amounts with their trailing zeros trimmed.
     */
    static boolean printedIn(List<Word> words) {
        int found = 0;
        for (Word w : words) {
            if (oneDecimal(w.text()) && ++found >= MIN_PRINTED) {
                return true;
            }
        }
        return false;
    }

    // A word that is a number with one decimal digit, maybe signed or in parentheses: "12.5", "-4,323.8", "(7,1)".
    private static boolean oneDecimal(String s) {
        int n = s.length();
        int end = n > 0 && (s.charAt(n - 1) == ')' || s.charAt(n - 1) == '-') ? n - 1 : n;
        if (end < 3 || !RegexChars.isDigit(s.charAt(end - 1)) || (s.charAt(end - 2) != '.' && s.charAt(end - 2) != ',')
                || !RegexChars.isDigit(s.charAt(end - 3))) {
            return false;
        }
        for (int i = 0; i < end - 2; i++) {
            char c = s.charAt(i);
            boolean lead = i == 0 && (c == '-' || c == '(' || c == '\u2212' || c == '$');
            if (!lead && !RegexChars.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * The amount a money cell prints with its cents' trailing zeros trimmed: "12.5" is 12.50, "100" and "1,000" are
     * 100.00 and 1000.00; one with two decimals as printed. Empty for anything else, and for a plain number with a
     * leading zero ("0042") or more than nine digits (a reference).
     */
    static Optional<Amount> parse(String text) {
        return parse(text, true);
    }

    /** {@link #parse(String)} for a text {@link AmountParser#parse} has already found empty. */
    static Optional<Amount> parseUndecimal(String text) {
        return parse(text, false);
    }

    private static Optional<Amount> parse(String text, boolean printedToo) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 40 || !AmountParser.mayStart(s)) {
            return Optional.empty();
        }
        Optional<Amount> printed = printedToo ? AmountParser.parse(s) : Optional.empty();
        if (printed.isPresent()) {
            return printed;
        }
        int last = s.length() - 1;
        while (last >= 0 && !RegexChars.isDigit(s.charAt(last))) {
            last--;
        }
        if (last < 2) {
            return last < 0 ? Optional.empty() : whole(s, last);
        }
        char mark = s.charAt(last - 1);
        if ((mark == '.' || mark == ',') && RegexChars.isDigit(s.charAt(last - 2))) {
            if (last >= 3 && RegexChars.isDigit(s.charAt(last - 3)) && s.lastIndexOf(mark, last - 2) >= 0
                    && s.indexOf(mark == '.' ? ',' : '.') < 0) {
                // "1.234.5": the mark groups thousands before it, so it is no decimal mark.
                return Optional.empty();
            }
            return AmountParser.parse(s.substring(0, last + 1) + '0' + s.substring(last + 1));
        }
        return whole(s, last);
    }

    // A number without decimals ending at index last: "100", "-45", "1,000", "(12,500)".
    private static Optional<Amount> whole(String s, int last) {
        AmountPattern.Match m = AmountPattern.matchWhole(s);
        if (m == null || m.num().length() > 1 && m.num().charAt(0) == '0') {
            return Optional.empty();
        }
        int digits = 0;
        for (int i = 0; i < m.num().length(); i++) {
            digits += RegexChars.isDigit(m.num().charAt(i)) ? 1 : 0;
        }
        // "1,703.889" shows three decimals, no trimmed ones: none of this reading's.
        if (digits > MAX_WHOLE_DIGITS || AmountParser.threeDecimalMark(m.num()) >= 0) {
            return Optional.empty();
        }
        return AmountParser.parse(s.substring(0, last + 1) + ".00" + s.substring(last + 1));
    }
}
