package dev.pdfbulk.parse;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads money as statements print it: {@code 1,234.56}, {@code 1.234,56}, {@code 1 234,56},
 * {@code -1,234.56}, {@code (1,234.56)}, {@code 1,234.56-}, {@code 1.234,56+}, {@code 1,234.56 CR}, {@code 19.42 D},
 * {@code 107,44 S} (Soll; {@code H} Haben), with currency symbols or codes before or after; Indian grouping
 * ({@code 9,45,310.50}) too. Amounts without minor units ({@code ¥12,500}) only through {@link #parseInMoneyPlace}. Stateless and thread-safe.
 */
final class AmountParser {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("$", "USD"),
            Map.entry("£", "GBP"), Map.entry("€", "EUR"), Map.entry("¥", "JPY"), Map.entry("us$", "USD"),
            Map.entry("c$", "CAD"), Map.entry("a$", "AUD"), Map.entry("hk$", "HKD"), Map.entry("fr.", "CHF"),
            Map.entry("kr", "SEK"), Map.entry("nz$", "NZD"), Map.entry("nt$", "TWD"), Map.entry("s$", "SGD"),
            Map.entry("r$", "BRL"), Map.entry("rd$", "DOP"), Map.entry("r", "ZAR"), Map.entry("tl", "TRY"), Map.entry("kč", "CZK"), Map.entry("ft", "HUF"),
            Map.entry("zł", "PLN"), Map.entry("lei", "RON"), Map.entry("лв", "BGN"), Map.entry("kn", "HRK"),
            Map.entry("ksh", "KES"), Map.entry("tsh", "TZS"), Map.entry("gh₵", "GHS"), Map.entry("rm", "MYR"),
            Map.entry("rp", "IDR"), Map.entry("s/", "PEN"), Map.entry("₹", "INR"), Map.entry("₺", "TRY"),
            Map.entry("₽", "RUB"), Map.entry("₸", "KZT"), Map.entry("₴", "UAH"), Map.entry("₦", "NGN"), Map.entry("₱", "PHP"),
            Map.entry("฿", "THB"), Map.entry("₫", "VND"), Map.entry("₩", "KRW"), Map.entry("₪", "ILS"),
            Map.entry("₼", "AZN"), Map.entry("₮", "MNT"), Map.entry("₾", "GEL"), Map.entry("₡", "CRC"),
            Map.entry("\uffe5", "JPY"), Map.entry("円", "JPY"), Map.entry("원", "KRW"));

    private AmountParser() {
    }

    /** Parses the whole text as one amount; empty when it is anything else. */
    static Optional<Amount> parse(String text) {
        String s = withCurrencyCode(withBracketedMark(FootnoteMarks.afterAmount(text.strip())));
        if (s.isEmpty() || s.length() > 40 || !hasCents(s) || !mayStart(s)) {
            return Optional.empty();
        }
        Optional<Amount> cents = of(AmountPattern.match(s), false);
        if (cents.isPresent()) {
            return cents;
        }
        // Three decimals, where the number says so itself: "1,703.889", "1 234,567", "0.842".
        AmountPattern.Match m = AmountPattern.matchWhole(s);
        return m != null && threeDecimalMark(m.num()) >= 0 ? of(m, true) : Optional.empty();
    }

    /** "3.940,66 Euro" as "3.940,66 EUR": the currency named in full after the digits, as German banks print it. */
    static String withCurrencyCode(String s) {
        int n = s.length();
        if (n < 8 || s.charAt(n - 5) != ' ' || !RegexChars.isDigit(s.charAt(n - 6))) {
            return s;
        }
        String tail = s.substring(n - 4);
        return tail.equals("Euro") || tail.equals("EURO") || tail.equals("euro") ? s.substring(0, n - 4) + "EUR" : s;
    }

    /**
     * The side of a balance set in parentheses after its digits ("1,84,562.40(Cr)", "(Dr)") as the mark a space
     * apart it stands for ("1,84,562.40 Cr"); any other text as it is.
     */
    static String withBracketedMark(String s) {
        int n = s.length();
        if (n >= 4 && s.charAt(n - 1) == ')' && s.charAt(n - 3) == '(' && (s.charAt(n - 2) == '-' || s.charAt(n - 2) == '+')) {
            // "39,90 (-)", "2.315,40 (+)" (Banco do Brasil's): the sign in parentheses after the digits, a trailing sign.
            String head = s.substring(0, n - 3).stripTrailing();
            return !head.isEmpty() && RegexChars.isDigit(head.charAt(head.length() - 1)) ? head + s.charAt(n - 2) : s;
        }
        if (n < 6 || s.charAt(n - 1) != ')' || s.charAt(n - 4) != '(' || !RegexChars.isDigit(s.charAt(n - 5))) {
            return s;
        }
        String mark = s.substring(n - 3, n - 1);
        return mark.equalsIgnoreCase("cr") || mark.equalsIgnoreCase("dr") ? s.substring(0, n - 4) + " " + mark : s;
    }

    /**
     * Like {@link #parse}, and also an amount printed without minor units (JPY, KRW, HUF, ISK, CLP...), for
     * text that its place already marks as money: a cell under a money column, the value of a balance label.
     * An integer alone is no evidence: reference numbers, years, card digits and quantities are integers
     * too, and a statement in a two-decimal currency may still print one near a money column. So the text
     * itself must look like money as well: digits grouped in thousands ({@code 12,500}, {@code 1.234.567},
     * {@code 12,34,500}; no leading zero) or a currency sign or code ({@code ¥500}, {@code 500 JPY}). A plain
     * {@code 1234} or {@code 2025} stays no amount anywhere, and descriptions never reach this method.
     */
    static Optional<Amount> parseInMoneyPlace(String text) {
        return parseInMoneyPlace(text, false);
    }

    /**
     * Like {@link #parseInMoneyPlace(String)}; with {@code ungrouped}, also a number of four or more digits with a
     * three-digit tail and no grouping ({@code 1703.889}, {@code -12345,678}): no thousands group has four digits,
     * so it can only be 1703.889. Whether the statement's amounts have three decimals is for the caller to judge
     * ({@link MinorDigits#readsUngrouped}); in one of two decimals such a number stays no amount.
     */
    static Optional<Amount> parseInMoneyPlace(String text, boolean ungrouped) {
        Optional<Amount> decimal = parse(text);
        return decimal.isPresent() ? decimal : undecimalInMoneyPlace(text, ungrouped);
    }

    /**
     * {@link #parseInMoneyPlace(String, boolean)} for a text {@link #parse} has already found empty: the amounts
     * without two decimals only ({@link AmountCells} tries every phrase for those after every phrase for these, and
     * parsing them again was 4-5 % of the parser's samples on C1).
     */
    static Optional<Amount> undecimalInMoneyPlace(String text, boolean ungrouped) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 40 || !mayStart(s)) {
            return Optional.empty();
        }
        AmountPattern.Match m = AmountPattern.matchWhole(s);
        if (m == null) {
            return ungrouped ? ungroupedThreeDecimals(s) : Optional.empty();
        }
        boolean grouped = m.num().length() > 1 && m.num().charAt(0) != '0' && !RegexChars.isDigits(m.num());
        boolean coded = m.pre() != null || m.pre2() != null || m.post() != null;
        return grouped || coded ? of(m, true) : Optional.empty();
    }

    // The number read without its mark ("1703889") with the marks and currency around it, then moved three places.
    private static Optional<Amount> ungroupedThreeDecimals(String s) {
        int mark = UngroupedThreeDecimals.mark(s);
        if (mark < 0) {
            return Optional.empty();
        }
        AmountPattern.Match m = AmountPattern.matchWhole(s.substring(0, mark) + s.substring(mark + 1));
        if (m == null || !RegexChars.isDigits(m.num()) || m.num().charAt(0) == '0') {
            return Optional.empty();
        }
        String num = m.num().substring(0, m.num().length() - 3) + s.charAt(mark) + m.num().substring(m.num().length() - 3);
        return of(m, true).map(a -> new Amount(a.magnitude().movePointLeft(3), a.mark(), a.currency(), num));
    }

    /** The match read as a number without decimals ({@link WholeAmounts}). */
    static Optional<Amount> whole(AmountPattern.Match m) {
        return of(m, true);
    }

    private static Optional<Amount> of(AmountPattern.Match m, boolean whole) {
        if (m == null) {
            return Optional.empty();
        }
        boolean open = "(".equals(m.lead());
        boolean close = m.close() != null;
        if (open != close) {
            return Optional.empty();
        }
        BigDecimal magnitude = whole ? wholeOrThreeDecimals(m.num()) : number(m.num(), false);
        if (magnitude == null) {
            return Optional.empty();
        }
        Amount.Mark mark = mark(m.lead(), m.trail(), m.crdr(), open);
        if (mark == null) {
            return Optional.empty();
        }
        String token = m.pre() != null ? m.pre() : m.pre2() != null ? m.pre2() : m.post();
        String currency = currency(token);
        if ("JPY".equals(currency) && magnitude.scale() > 0 && !"円".equals(token)) {
            // "¥12.50": the yuan's sign as well; yen have no minor unit, so an amount with decimals is in yuan.
            currency = "CNY";
        }
        return Optional.of(new Amount(magnitude, mark, currency, m.num()));
    }

    // Cheap pre-check: the pattern starts with a currency, a sign, a parenthesis or a digit (most phrases
    // tried, "Card payment 12.34", start with a word).
    static boolean mayStart(String s) {
        char c = s.charAt(0);
        return RegexChars.isDigit(c) || c == '-' || c == '+' || c == '\u2212' || c == '('
                || AmountPattern.isTriangle(c) || AmountPattern.code(s, 0) != null;
    }

    // Cheap pre-check, run on every word with a digit: a digit, then '.' or ',' and two digits, somewhere. Read at
    // the separators (few in a word), one character a step: it runs on every phrase tried as an amount.
    static boolean hasCents(String s) {
        for (int i = 1; i + 2 < s.length(); i++) {
            char separator = s.charAt(i);
            if ((separator == '.' || separator == ',') && RegexChars.isDigit(s.charAt(i - 1))
                    && RegexChars.isDigit(s.charAt(i + 1)) && RegexChars.isDigit(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static Amount.Mark mark(String lead, String trail, String crdr, boolean parens) {
        int marks = (lead != null ? 1 : 0) + (trail != null ? 1 : 0) + (crdr != null ? 1 : 0);
        if (marks > 1) {
            return null;
        }
        if (parens || isMinus(lead) || isMinus(trail)) {
            return Amount.Mark.MINUS;
        }
        if ("+".equals(lead) || "+".equals(trail)) {
            return Amount.Mark.PLUS;
        }
        if (crdr != null) {
            // OD (overdrawn) marks a debit balance, like DR; a lone C or D is the short form of CR or DR.
            return switch (crdr) {
                case "S" -> Amount.Mark.SOLL;
                case "H" -> Amount.Mark.HABEN;
                case "ΠΙΣΤ" -> Amount.Mark.CR;
                default -> crdr.charAt(0) == 'C' || crdr.charAt(0) == 'c' ? Amount.Mark.CR : Amount.Mark.DR;
            };
        }
        return Amount.Mark.NONE;
    }

    private static boolean isMinus(String s) {
        return "-".equals(s) || "\u2212".equals(s)
                || s != null && s.length() == 1 && AmountPattern.isTriangle(s.charAt(0));
    }

    // The last separator followed by exactly two digits is the decimal point; every other one groups thousands.
    // A whole number has no decimal part: every separator groups, and the scale is 0, as printed.
    private static BigDecimal number(String raw, boolean whole) {
        int decimal = whole ? raw.length() : raw.length() - 3;
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < decimal; i++) {
            char c = raw.charAt(i);
            if (RegexChars.isDigit(c)) {
                digits.append(c);
            }
        }
        if (digits.length() == 0) {
            return null;
        }
        return new BigDecimal(whole ? digits.toString()
                : digits.append('.').append(raw, decimal + 1, raw.length()).toString());
    }

    /**
     * Where a number without two decimals has its decimal mark, if it shows one itself: the last separator when
     * every one before it is another, single kind ({@code 1,703.889}, {@code 1'234.567}), or a lone separator after
     * a single 0 ({@code 0.842}: no thousands group starts so). -1 when the number shows none.
     */
    static int threeDecimalMark(String num) {
        int last = Math.max(num.lastIndexOf('.'), num.lastIndexOf(','));
        if (last < 0 || last != num.length() - 4) {
            return -1;
        }
        char group = 0;
        for (int i = 0; i < last; i++) {
            char c = num.charAt(i);
            if (!RegexChars.isDigit(c)) {
                if (group != 0 && c != group || c == num.charAt(last)) {
                    return -1;
                }
                group = c;
            }
        }
        return group != 0 || last == 1 && num.charAt(0) == '0' ? last : -1;
    }

    // A number printed without two decimals: with three where it shows its decimal mark, else whole. Groups
    // that mix separators otherwise ("1,234.567.890") make no amount: null.
    private static BigDecimal wholeOrThreeDecimals(String num) {
        int mark = threeDecimalMark(num);
        if (mark >= 0) {
            return new BigDecimal(digitsOf(num.substring(0, mark)) + "." + num.substring(mark + 1));
        }
        char group = 0;
        for (int i = 0; i < num.length(); i++) {
            char c = num.charAt(i);
            if (!RegexChars.isDigit(c)) {
                if (group != 0 && c != group) {
                    return null;
                }
                group = c;
            }
        }
        return number(num, true);
    }

    private static String digitsOf(String s) {
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (RegexChars.isDigit(s.charAt(i))) {
                digits.append(s.charAt(i));
            }
        }
        return digits.toString();
    }

    private static String currency(String token) {
        if (token == null) {
            return null;
        }
        String known = SYMBOLS.get(token.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return token.length() == 3 && token.chars().allMatch(Character::isUpperCase) ? token : null;
    }
}
