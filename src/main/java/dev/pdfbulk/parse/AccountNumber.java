package dev.pdfbulk.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An account or card number as printed after its label, in one cell: an IBAN, in groups of four ("DE12 3705 0198
 * 0012 3456 78") or whole, or digits in groups joined by spaces, dashes or dots, some masked ("XXXXXX6320", "5168 75**
 * **** 3391", "38-9012-0481726-00"). Only its visible digits are kept.
 *
 * @param digits the visible digits, at least four
 * @param masked whether some digits are hidden by a mask
 * @param iban   whether it is an IBAN, or a key that holds the account's number as one does (Argentina's CBU)
 * @param core   its longest run of digits as printed ("4012345" of "4012345-6 001-2")
 */
record AccountNumber(String digits, boolean masked, boolean iban, String core) {

    static final int MIN_DIGITS = 4;
    // An IBAN's country code and check digits, before its account part.
    private static final int IBAN_PREFIX = 4;
    private static final Pattern CHECK_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern IBAN_START = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9*•]*");
    private static final Pattern GROUP = Pattern.compile("[0-9Xx*•][0-9Xx*•./-]*");
    // A money amount ("13,099.97", "3.127,45") or a date ("30.09.2025", "2025-06-30") set after a number ends it.
    private static final Pattern MONEY = Pattern.compile("\\d[\\d.,']*[.,]\\d{2}");
    // The fewest digits of an account number printed after its branch's or product's code and a slash.
    private static final int LONG_PART = 6;
    // A date's middle part is its month or day: "0218-44-7391", an account's groups, is none.
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-](?:[0-2]?\\d|3[01])[./-]\\d{1,4}");
    // A brokerage's account: one capital letter, then digit groups joined by dashes (Fidelity's "Z40-118273").
    private static final Pattern LETTER_FIRST = Pattern.compile("[A-WYZ]\\d{1,4}(?:-\\d+)+");

    // A country's calling code before a phone number ("+225").
    private static final Pattern CALLING_CODE = Pattern.compile("\\+\\d{1,3}");

    // The fewest digits a key's run must have to hold an account's number inside it.
    private static final int MIN_INSIDE = 6;

    /**
     * The number whose first word is {@code words[from]}, read up to {@code to} (the cell's end), or null when none
     * starts there.
     */
    static AccountNumber read(List<String> words, int from, int to) {
        if (from >= to) {
            return null;
        }
        String first = words.get(from);
        if (IBAN_START.matcher(first).matches()) {
            return KeyedNumbers.iban(words, from, to);
        }
        if (from + 1 < to && first.length() == 2 && IbanLengths.of(first) > 0
                && CHECK_DIGITS.matcher(words.get(from + 1)).matches()) {
            // The country's code set apart from the check digits ("PL 12 1240 4650 ..."): read by the country's length.
            return IbanLengths.read(words, from, to);
        }
        AccountNumber rib = KeyedNumbers.rib(words, from, to);
        if (rib != null) {
            return rib;
        }
        StringBuilder printed = new StringBuilder();
        for (int i = from; i < to; i++) {
            String raw = words.get(i);
            String w = stripEnd(raw);
            if (i == from && CALLING_CODE.matcher(w).matches() && i + 1 < to && digitGroup(stripEnd(words.get(i + 1)))) {
                // "+225 07 08 45 21 36": a mobile wallet's account is its holder's phone number, the country's calling
                // code first; the code is part of the number when a group of digits follows it.
                raw = raw.substring(1);
                w = w.substring(1);
            }
            if (i == from) {
                // "...4417", "…4417": a run of dots or an ellipsis before the last digits masks the rest.
                w = dotMask(w);
                if (LETTER_FIRST.matcher(w).matches()) {
                    // The letter names the kind of account, not a character of its number.
                    w = w.substring(1);
                }
            }
            if (i > from && joiningDash(raw) && i + 1 < to && digitGroup(stripEnd(words.get(i + 1)))) {
                // A dash alone between two groups joins them: a branch's code and its account ("0412 - 0058331").
                continue;
            }
            if (i > from && checkLetter(w) && i + 1 < to && digitGroup(stripEnd(words.get(i + 1)))) {
                // A letter alone between two groups is part of the number (La Banque Postale's "12 345 67 A 020").
                printed.append(w).append(' ');
                continue;
            }
            if (w.isEmpty() || !GROUP.matcher(w).matches() || MONEY.matcher(w).matches()
                    || DATE.matcher(w).matches()) {
                break;
            }
            printed.append(w).append(' ');
            // Punctuation ends the number, but for a comma between its parts ("Privatkonto 8327-9, 914 123 456-7").
            if (w.length() < raw.length() && !raw.endsWith(",")) {
                break;
            }
        }
        // A number's part after a slash is its bank's code (Czech "1234567890/0800"), or a statement's year ("6/2025"),
        // but one or two digits after it end the number itself (Israeli "812-123456/78"), and a part longer than the
        // one before it, of six digits or more, is the account within its branch or product (Italian "1000/00012345").
        int slash = printed.indexOf("/");
        String number = slash < 0 || isShortSuffix(printed, slash + 1) || isLongerPart(printed, slash)
                ? printed.toString() : printed.substring(0, slash);
        return of(number, false);
    }

    // "...4417" or "…4417" as "•4417": dots or an ellipsis, then digits only, mask the number's first digits.
    private static String dotMask(String w) {
        int k = 0;
        while (k < w.length() && (w.charAt(k) == '.' || w.charAt(k) == '\u2026')) {
            k++;
        }
        if (k == 0 || k == 1 && w.charAt(0) == '.' || k == w.length()) {
            return w;
        }
        for (int i = k; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return w;
            }
        }
        return "\u2022" + w.substring(k);
    }

    // One capital letter, not the mask's X: a check character.
    private static boolean checkLetter(String w) {
        return w.length() == 1 && w.charAt(0) >= 'A' && w.charAt(0) <= 'Z' && w.charAt(0) != 'X';
    }

    private static boolean joiningDash(String w) {
        return w.equals("-") || w.equals("\u2013");
    }

    // A group of digits that is no amount or date, as a number's next part after a dash must be.
    private static boolean digitGroup(String w) {
        return !w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9' && GROUP.matcher(w).matches()
                && !MONEY.matcher(w).matches() && !DATE.matcher(w).matches();
    }

    private static boolean isLongerPart(CharSequence printed, int slash) {
        int before = digits(printed, 0, slash);
        int after = digits(printed, slash + 1, printed.length());
        return after >= LONG_PART && after > before;
    }

    private static int digits(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    private static boolean isShortSuffix(CharSequence printed, int from) {
        int end = printed.length();
        while (end > from && printed.charAt(end - 1) == ' ') {
            end--;
        }
        if (end - from < 1 || end - from > 2) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (printed.charAt(i) < '0' || printed.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static AccountNumber of(String printed, boolean iban) {
        StringBuilder digits = new StringBuilder();
        boolean masked = false;
        int letters = iban ? IBAN_PREFIX : printed.length();
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (iban ? i >= letters && c >= 'A' && c <= 'Z' : checkLetterAt(printed, i)) {
                // An IBAN's account part may hold letters (Swiss "CH62 0027 3273 1234 5678 M"), a number its check
                // letter ("12 345 67 A 020", Brazilian "28471-X"): characters of the number as the digits are.
                digits.append(c);
            } else if (!iban && (c == 'X' || c == 'x' || c == '*' || c == '•')) {
                masked = true;
            }
        }
        return digits.length() < MIN_DIGITS ? null
                : new AccountNumber(digits.toString(), masked, iban, longestRun(printed));
    }

    /** A number that holds digits shown, not masked, its longest run as printed. */
    static AccountNumber shown(String digits) {
        return new AccountNumber(digits, true, false, digits);
    }

    /** This number as a key holding the account's (Argentina's CBU, as an IBAN holds it). */
    AccountNumber asKey() {
        return new AccountNumber(digits, masked, true, core);
    }

    private static String longestRun(String printed) {
        int best = 0;
        int bestStart = 0;
        int start = -1;
        for (int i = 0; i <= printed.length(); i++) {
            boolean digit = i < printed.length() && printed.charAt(i) >= '0' && printed.charAt(i) <= '9';
            if (digit && start < 0) {
                start = i;
            } else if (!digit && start >= 0) {
                if (i - start > best) {
                    best = i - start;
                    bestStart = start;
                }
                start = -1;
            }
        }
        return printed.substring(bestStart, bestStart + best);
    }

    // A capital letter alone between spaces, or an X alone after a dash ending the number ("28471-X"), whose digits
    // before it are shown: a check letter, no mask.
    private static boolean checkLetterAt(String printed, int i) {
        char c = printed.charAt(i);
        if (c < 'A' || c > 'Z' || i == 0) {
            return false;
        }
        boolean alone = printed.charAt(i - 1) == ' ' && (i + 1 == printed.length() || printed.charAt(i + 1) == ' ');
        if (c != 'X') {
            return alone;
        }
        return printed.charAt(i - 1) == '-' && i >= 2 && Character.isDigit(printed.charAt(i - 2))
                && printed.substring(i + 1).isBlank();
    }

    // The punctuation a number may carry at its end ("123-45678-9.", "8327-9,").
    static String stripEnd(String w) {
        int end = w.length();
        while (end > 0 && ".,;)".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        return w.substring(0, end);
    }

    /** The last four visible digits. */
    String lastFour() {
        return digits.substring(digits.length() - MIN_DIGITS);
    }

    /** Whether two printed numbers name the same account: same last digits, or the one within the other (an IBAN). */
    boolean sameAs(AccountNumber other) {
        if (lastFour().equals(other.lastFour())) {
            return true;
        }
        // A number inside the other (an account inside its IBAN) agrees only when it is long enough to say so: four
        // digits are found inside most IBANs, a branch's "0412" in "TR33 0004 6004 1288 ..." among them.
        if (masked || other.masked) {
            return false;
        }
        if (Math.min(digits.length(), other.digits.length()) >= MIN_INSIDE
                && (digits.contains(other.digits) || other.digits.contains(digits))) {
            return true;
        }
        // A key holds the account's number without its check digits' groups ("4012345-6 001-2" in the CBU
        // "0070001220000004012345"): the number's longest run of six digits or more inside the key.
        AccountNumber key = iban ? this : other;
        AccountNumber number = iban ? other : this;
        return key.iban && !number.iban && number.core.length() >= MIN_INSIDE && key.digits.contains(number.core);
    }

    /** The number masked to its last four digits: "****6320". */
    String masked4() {
        return "****" + lastFour();
    }
}
