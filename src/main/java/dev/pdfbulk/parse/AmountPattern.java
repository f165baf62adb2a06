package dev.pdfbulk.parse;

/**
 * The shape of a printed amount, matched by hand rather than by a regular expression: the parser runs it
 * on several phrases of every table row, and the regex engine was over a quarter of the parser's time and
 * much of the JIT's work. It accepts the same language and picks the same reading as
 * <pre>
 * ^(?&lt;pre&gt;CODE)?\s?(?&lt;lead&gt;[-+\u2212\u25b3\u25b2]|\()?\s?(?&lt;pre2&gt;CODE)?\s?(?&lt;num&gt;NUMBER)(?&lt;close&gt;\))?\s?
 *  (?&lt;trail&gt;[-+\u2212])?\s?(?&lt;post&gt;CODE)?\s?(?&lt;crdr&gt;CR|DR|Cr|Dr|cr|dr|OD|od|D|C|S|H|ΠΙΣΤ)?\.?$
 * NUMBER = (?:\d{1,3}(?:[,.'\u2019\u02bc\u00a0\u202f\u2009 ]\d{3})+|\d+|\d{1,2}(?:,\d{2})+,\d{3})(?:[.,]\d{2})
 * </pre>
 * (optional parts tried present first, repetitions longest first, alternatives in order), which
 * {@code AmountPatternTest} checks on random phrases. The third alternative is the Indian grouping
 * (lakh, crore: {@code 1,23,45,678.00}); being last it only adds readings, never changes one.
 * {@link #matchWhole} is the same pattern with NUMBER's decimal part left out, for amounts printed
 * without minor units ({@code ¥12,500}); whether such a match is money is for the caller to judge. CODE also
 * takes a one-letter local sign where it is glued to the number ({@code R6 432.18}, {@code R-75.50},
 * {@code K1,234.56}), never alone.
 * Stateless and thread-safe.
 */
final class AmountPattern {

    /** The parts of a match; absent parts are null. */
    record Match(String pre, String lead, String pre2, String num, String close, String trail, String post,
                 String crdr) {
    }

    /**
     * Currency codes and symbols, in the order the pattern tries them. Only "Rs." has another ("Rs") as its prefix,
     * and it comes first: nothing in the pattern may follow a code with a '.', so where "Rs." fails "Rs" would too.
     * Local signs that are also common words or initials on their own ("R", "Q", "L") are left out, as are ISO
     * codes that are English words ("ALL", "TOP", "CUP", "PEN", "MAD", "BOB", "SOS", "BAM", "MOP", "AMD"). The codes of
     * the currencies of Africa, the Pacific and the Americas are here too: a statement prints its own before or after
     * its amounts ("12,500 RWF"), as it may any other.
     */
    static final String[] CODES = {"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "SEK", "NOK", "DKK",
        "PLN", "CZK", "HUF", "INR", "ZAR", "SGD", "HKD", "MXN", "BRL", "CNY", "BHD", "KWD", "OMR", "JOD", "TND",
        "LYD", "IQD", "AED", "SAR", "QAR", "TRY", "RON", "BGN", "RSD", "UAH", "RUB", "KZT", "ISK", "ILS", "EGP",
        "KES", "TZS", "UGX", "NGN", "GHS", "MYR", "IDR", "PHP", "THB", "VND", "TWD", "KRW", "PKR", "LKR", "BDT",
        "CLP", "COP", "ARS", "DOP", "AZN", "MNT", "MKD", "GEL", "ZMW", "KGS", "HNL", "VES", "RWF", "MZN", "BWP", "NAD",
        "MWK", "AOA", "XAF", "XOF", "MGA", "MUR", "SCR", "ETB", "SZL", "LSL", "BIF", "CDF", "GNF", "SLE", "GMD", "SDG",
        "DZD", "MVR", "NPR", "BTN", "AFN", "MMK", "KHR", "LAK", "PGK", "WST", "VUV", "XPF", "GTQ", "NIO", "CRC", "PYG",
        "UYU", "GYD", "HTG", "AWG", "ANG", "XCD", "UZS", "TJS", "TMT", "BYN", "MDL", "LBP", "SSP", "DJF", "KMF", "CVE",
        "MRU", "FJD", "JMD", "TTD", "BBD", "BSD", "BZD", "KYD", "LRD", "SBD", "BND", "$", "£", "€", "¥", "US$", "C$", "A$", "HK$", "NZ$", "NT$", "S$", "RD$", "R$", "Fr.", "kr",
        "TL", "Kč", "Ft", "zł", "lei", "Lei", "лв", "kn", "Rs.", "Rs", "KSh", "TSh", "GH₵", "RM", "Rp", "S/", "₹",
        "₺", "₽", "₸", "₴", "₦", "₱", "฿", "₫", "₩", "₪", "₼", "₮", "₾", "₡", "\uffe5", "円", "원"};
    // A lone D or C (HSBC's "19.42 D" for overdrawn) is the short form of DR and CR; the longer forms are tried first.
    // S and H are German Soll and Haben ("107,44 S", "1.304,93 H"): debit and credit. DB is the debit's other short
    // form ("329,000.00 DB", as Indonesian and Malaysian banks print it). "O/D" is OD as TSB and others print it.
    // "ΠΙΣΤ" is the Greek credit's ("πίστωση") short form, as Greek card statements mark a payment ("500,00 ΠΙΣΤ").
    private static final String[] MARKS = {"CR", "DR", "DB", "Cr", "Dr", "Db", "cr", "dr", "O/D", "o/d", "OD", "od", "D",
        "C", "S", "H", "ΠΙΣΤ"};
    // Most positions start no code and no mark: looking them up by first character skips the 41 startsWith calls
    // that were 12 % of an ingest's samples (JFR, 1,000 statements).
    private static final OptionIndex CODE_INDEX = new OptionIndex(CODES);
    private static final OptionIndex MARK_INDEX = new OptionIndex(MARKS);
    private static final String GLUED_SIGNS = "RKQLP";

    private static final int PRE = 0;
    private static final int LEAD = 1;
    private static final int PRE2 = 2;
    private static final int NUM = 3;
    private static final int CLOSE = 4;
    private static final int TRAIL = 5;
    private static final int POST = 6;
    private static final int CRDR = 7;

    private AmountPattern() {
    }

    /** Matches the whole of {@code s}; null when it is not an amount. */
    static Match match(String s) {
        return match(s, false);
    }

    /** Like {@link #match} for a number without decimal part: {@code 12,500}, {@code 12,34,500}, {@code 500}. */
    static Match matchWhole(String s) {
        return match(s, true);
    }

    private static Match match(String s, boolean whole) {
        String[] parts = new String[8];
        if (!from(s, 0, 0, parts, whole)) {
            return null;
        }
        return new Match(parts[PRE], parts[LEAD], parts[PRE2], parts[NUM], parts[CLOSE], parts[TRAIL], parts[POST],
                parts[CRDR]);
    }

    // Element k of the pattern at position pos, then the rest; true when the whole text is matched.
    private static boolean from(String s, int k, int pos, String[] parts, boolean whole) {
        switch (k) {
            case 0:
                return optional(s, k, pos, parts, whole, code(s, pos), PRE);
            case 2:
                return optional(s, k, pos, parts, whole, leadAt(s, pos), LEAD);
            case 4:
                return optional(s, k, pos, parts, whole, code(s, pos), PRE2);
            case 6:
                return number(s, pos, parts, whole);
            case 7:
                return optional(s, k, pos, parts, whole, charAt(s, pos, ")"), CLOSE);
            case 9:
                return optional(s, k, pos, parts, whole, signAt(s, pos), TRAIL);
            case 11:
                return optional(s, k, pos, parts, whole, code(s, pos), POST);
            case 13:
                return optional(s, k, pos, parts, whole, mark(s, pos), CRDR);
            case 14:
                return optional(s, k, pos, parts, whole, charAt(s, pos, "."), -1);
            case 15:
                return pos == s.length();
            default:
                // 1, 3, 5, 8, 10, 12: one optional white-space character (\s)
                boolean space = pos < s.length() && RegexChars.isSpace(s.charAt(pos));
                return optional(s, k, pos, parts, whole, space ? " " : null, -1);
        }
    }

    // An optional part: present if it can be and the rest then matches, otherwise absent.
    private static boolean optional(String s, int k, int pos, String[] parts, boolean whole, String token,
                                    int part) {
        if (token != null) {
            if (part >= 0) {
                parts[part] = token;
            }
            if (from(s, k + 1, pos + token.length(), parts, whole)) {
                return true;
            }
            if (part >= 0) {
                parts[part] = null;
            }
        }
        return from(s, k + 1, pos, parts, whole);
    }

    // NUMBER, each way the pattern would try it: 1-3 digits and groups of three (most groups first), then plain
    // digits, then 1-2 digits, groups of two and a last group of three (Indian grouping).
    private static boolean number(String s, int pos, String[] parts, boolean whole) {
        int digits = 0;
        while (pos + digits < s.length() && RegexChars.isDigit(s.charAt(pos + digits))) {
            digits++;
        }
        for (int lead = Math.min(3, digits); lead >= 1; lead--) {
            int groups = 0;
            int end = pos + lead;
            while (end + 4 <= s.length() && isSeparator(s.charAt(end)) && threeDigits(s, end + 1)) {
                end += 4;
                groups++;
            }
            for (int g = groups; g >= 1; g--) {
                if (numberEndingAt(s, pos, pos + lead + 4 * g, parts, whole)) {
                    return true;
                }
            }
        }
        for (int length = digits; length >= 1; length--) {
            if (numberEndingAt(s, pos, pos + length, parts, whole)) {
                return true;
            }
        }
        for (int lead = Math.min(2, digits); lead >= 1; lead--) {
            int pairs = 0;
            int end = pos + lead;
            while (end + 3 <= s.length() && s.charAt(end) == ',' && twoDigits(s, end + 1)) {
                end += 3;
                pairs++;
            }
            for (int g = pairs; g >= 1; g--) {
                int last = pos + lead + 3 * g;
                if (last < s.length() && s.charAt(last) == ',' && threeDigits(s, last + 1)
                        && numberEndingAt(s, pos, last + 4, parts, whole)) {
                    return true;
                }
            }
        }
        return false;
    }

    // The decimal part at end (none when whole), then the rest of the pattern.
    private static boolean numberEndingAt(String s, int start, int end, String[] parts, boolean whole) {
        if (whole) {
            parts[NUM] = s.substring(start, end);
            if (from(s, 7, end, parts, true)) {
                return true;
            }
            parts[NUM] = null;
            return false;
        }
        if (end + 3 > s.length() || (s.charAt(end) != '.' && s.charAt(end) != ',')
                || !RegexChars.isDigit(s.charAt(end + 1)) || !RegexChars.isDigit(s.charAt(end + 2))) {
            return false;
        }
        parts[NUM] = s.substring(start, end + 3);
        if (from(s, 7, end + 3, parts, false)) {
            return true;
        }
        parts[NUM] = null;
        return false;
    }

    /** The currency code or symbol that starts at {@code pos}, or null. */
    static String code(String s, int pos) {
        String code = CODE_INDEX.firstAt(s, pos);
        return code != null ? code : gluedSign(s, pos);
    }

    // A one-letter local sign is a word or an initial alone, a sign only glued to the number it prices: the rand's "R"
    // ("R6 432.18", "R-75.50"), the kina's, kwacha's and kyat's "K" ("K1,234.56"), the quetzal's "Q", the lempira's
    // and lek's "L", the pula's "P".
    private static String gluedSign(String s, int pos) {
        if (pos + 1 >= s.length() || GLUED_SIGNS.indexOf(s.charAt(pos)) < 0
                || pos > 0 && Character.isLetter(s.charAt(pos - 1))) {
            return null;
        }
        char next = s.charAt(pos + 1);
        boolean signed = (next == '-' || next == '\u2212') && pos + 2 < s.length() && RegexChars.isDigit(s.charAt(pos + 2));
        return RegexChars.isDigit(next) || signed ? String.valueOf(s.charAt(pos)) : null;
    }

    private static String mark(String s, int pos) {
        return MARK_INDEX.firstAt(s, pos);
    }

    private static String leadAt(String s, int pos) {
        String sign = signAt(s, pos);
        if (sign == null && pos < s.length() && isTriangle(s.charAt(pos))) {
            return String.valueOf(s.charAt(pos));
        }
        return sign != null ? sign : charAt(s, pos, "(");
    }

    /** Japanese accounting marks a negative number with a triangle before it ("△48,230", "▲48,230"). */
    static boolean isTriangle(char c) {
        return c == '\u25b3' || c == '\u25b2';
    }

    private static String signAt(String s, int pos) {
        if (pos >= s.length()) {
            return null;
        }
        char c = s.charAt(pos);
        return c == '-' || c == '+' || c == '\u2212' ? String.valueOf(c) : null;
    }

    private static String charAt(String s, int pos, String one) {
        return s.startsWith(one, pos) ? one : null;
    }

    private static boolean twoDigits(String s, int pos) {
        return pos + 2 <= s.length() && RegexChars.isDigit(s.charAt(pos)) && RegexChars.isDigit(s.charAt(pos + 1));
    }

    private static boolean threeDigits(String s, int pos) {
        return pos + 3 <= s.length() && RegexChars.isDigit(s.charAt(pos)) && RegexChars.isDigit(s.charAt(pos + 1))
                && RegexChars.isDigit(s.charAt(pos + 2));
    }

    // Swiss grouping is an apostrophe, which typesetting turns into U+2019 or U+02BC; space grouping may be any
    // of the typographic spaces (no-break, narrow no-break, thin).
    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u00a0'
                || c == '\u202f' || c == '\u2009' || c == ' ';
    }
}
