package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Set;

/**
 * Whether a statement's bare "$" is the US dollar. The Australian, Canadian and New Zealand dollars print "$" alone
 * too, and so do the Argentine, Chilean and Mexican pesos. What the statement prints beside it tells: dates with the
 * day first ("01 Oct", "31/08/2025", "01-FEB-25", "05 Apr 25", whose "Apr 25" is no month-first date) outnumbering
 * those with the month first (a US statement prints one only in passing: "AuthDate 20-Jul"), a peso named ("Cuenta en Pesos", "(PESOS)"), the code of another dollar or
 * peso (CAD, MXN), or a Canadian postal code ("TORONTO ON M5J 0B8"). Then the currency is unknown, recorded as null
 * rather than a guess, unless a label names it ("Currency: USD") or the page labels a BSB, Australia's alone (AUD).
 * Fed every page from the first printing a bare "$";
 * pages before it are not read.
 */
final class BareDollar {

    // Currencies whose sign is "$" too: named anywhere, they put the US dollar in doubt.
    private static final Set<String> OTHER_DOLLARS = Set.of("AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "MXN", "ARS",
            "CLP", "COP", "UYU", "BND", "FJD", "JMD", "TTD", "BBD", "BSD", "BZD", "KYD", "LRD", "NAD", "SBD", "SRD",
            "XCD", "DOP", "BMD", "GYD");
    // Enough dates read to say which order the statement prints: the rest of it is not scanned.
    private static final int ENOUGH_DATES = 40;

    private boolean dollar;
    private int dayFirst;
    private int monthFirst;
    private boolean otherNamed;

    /**
     * Reads a page, its words grouped into {@code lines}: nothing until a bare "$" is printed, then its lines' dates
     * and currency names.
     */
    void accept(PageText page, List<Line> lines) {
        for (int i = 0; !dollar && i < page.words().size(); i++) {
            dollar = isBare(page.words().get(i).text());
        }
        if (!dollar || otherNamed || dayFirst + monthFirst >= ENOUGH_DATES) {
            return;
        }
        for (Line line : lines) {
            read(line.words());
        }
    }

    /** True when a bare "$" is printed and what is printed beside it says it may not be the US dollar. */
    boolean notUs() {
        return dollar && (otherNamed || dayFirst > monthFirst);
    }

    /**
     * The statement with its currency as recorded: the one read outside the table, else the one its headers name, else
     * the first carried by an amount of the table; null instead of a US dollar that is only a bare "$" beside evidence
     * it is another, unless the headers name which.
     */
    Statement recorded(Statement s, List<TableEvent> events, List<Line> otherLines, List<TableFragment> table) {
        StatementMetadata m = s.metadata();
        String header = inHeaders(table);
        String currency = m.currency() != null ? m.currency() : header != null ? header : firstInTable(events);
        if ("USD".equals(currency) && notUs() && !"USD".equals(CurrencyLabel.in(otherLines))) {
            // A bare "$" beside evidence it is another dollar: the one the table's headers name ("Amount ($A)", or
            // "USD" itself, a column of US dollars), or none.
            currency = header;
        }
        if (currency == null && dollar && namesBsb(otherLines)) {
            // A BSB (bank-state-branch number) is Australia's alone: its bare "$" is the Australian dollar.
            currency = "AUD";
        }
        if (currency == null) {
            // Nothing names the money: the country the page places the statement in may prove it.
            currency = CountryCurrency.of(otherLines, m.account());
        }
        if (currency == null ? m.currency() == null : currency.equals(m.currency())) {
            return s;
        }
        return new Statement(new StatementMetadata(m.account(), currency, m.periodStart(), m.periodEnd(),
                m.openingBalance(), m.closingBalance()), s.transactions(), s.pageCount(), s.reconciliation(),
                s.sections());
    }

    // Whether a line outside the table labels a BSB ("BSB 032-088", "BSB number", "BSB:").
    private static boolean namesBsb(List<Line> lines) {
        for (Line line : lines) {
            for (Word w : line.words()) {
                String t = w.text();
                if (t.startsWith("BSB")
                        && (t.length() == 3 || t.length() == 4 && (t.charAt(3) == ':' || t.charAt(3) == '.'))) {
                    return true;
                }
            }
        }
        return false;
    }

    // The one currency the table's headers print over its money columns, or null when none or several.
    private static String inHeaders(List<TableFragment> table) {
        String found = null;
        for (TableFragment f : table) {
            String code = f.headerCurrency();
            if (code != null) {
                if (found != null && !found.equals(code)) {
                    return null;
                }
                found = code;
            }
        }
        return found;
    }

    private static String firstInTable(List<TableEvent> events) {
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row r) {
                for (Amount a : r.money().values()) {
                    if (a.currency() != null) {
                        return a.currency();
                    }
                }
            }
        }
        return null;
    }

    // "$" with no letter glued before it: "US$", "C$", "NZ$" and "R$" name their currency.
    static boolean isBare(String text) {
        int at = text.indexOf('$');
        return at >= 0 && (at == 0 || !Character.isLetter(text.charAt(at - 1)));
    }

    private void read(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            String core = strip(words.get(i).text());
            if (core.isEmpty()) {
                continue;
            }
            char c = core.charAt(0);
            String next = i + 1 < words.size() ? words.get(i + 1).text() : "";
            if (RegexChars.isDigit(c)) {
                numericDate(core);
                if (dayThenMonth(core, next)) {
                    dayFirst++;
                    if (digits(core, 0) == core.length()) {
                        // The month was the next word ("05 Apr 25"): the number after it is the year, no day.
                        i++;
                    }
                }
            } else if (Character.isLetter(c)) {
                if (core.length() == 3 && (OTHER_DOLLARS.contains(core) || isCanadianPostalCode(core, next))
                        || core.length() >= 4 && core.length() <= 5 && isPeso(core)) {
                    otherNamed = true;
                } else if (isMonth(core) && startsWithDay(next)) {
                    monthFirst++;
                }
            }
        }
    }

    // "31/08/2025", "16.10.25", "09/16": a first part over 12 is the day, a second part over 12 the day.
    private void numericDate(String s) {
        int a = digits(s, 0);
        if (a < 1 || a > 2 || a >= s.length()) {
            return;
        }
        char sep = s.charAt(a);
        if (sep != '/' && sep != '.' && sep != '-') {
            return;
        }
        int b = digits(s, a + 1);
        int y = a + 1 + b;
        if (b < 1 || b > 2) {
            return;
        }
        // Without a year only a slash marks a date ("09/16", "16/09"): "12.50" is an amount.
        boolean yearless = y == s.length() && sep == '/';
        int year = yearless || y >= s.length() || s.charAt(y) != sep ? 0 : digits(s, y + 1);
        if (!yearless && (year != 2 && year != 4 || y + 1 + year != s.length())) {
            return;
        }
        int first = Integer.parseInt(s.substring(0, a));
        int second = Integer.parseInt(s.substring(a + 1, y));
        if (first > 12 && second >= 1 && second <= 12) {
            dayFirst++;
        } else if (second > 12 && first >= 1 && first <= 12) {
            monthFirst++;
        }
    }

    // "01 Oct", "1er mars", "01-FEB-25", "01Oct": a day of one or two digits, then a month's name.
    private static boolean dayThenMonth(String t, String next) {
        int d = digits(t, 0);
        if (d > 2) {
            return false;
        }
        int i = d;
        if (t.startsWith("er", i)) {
            i += 2;
        }
        if (i == t.length()) {
            return isMonth(strip(leadingLetters(next, 0)));
        }
        if (t.charAt(i) == '-' || t.charAt(i) == '.') {
            i++;
        }
        return isMonth(leadingLetters(t, i));
    }

    private static boolean isMonth(String word) {
        return word.length() >= 3 && word.length() <= MonthNames.LONGEST && MonthNames.month(word) != null
                && !MonthNames.isCommonWord(word);
    }

    // "20", "15,", "1st": a day after a month's name.
    private static boolean startsWithDay(String next) {
        int d = digits(next, 0);
        if (d < 1 || d > 2) {
            return false;
        }
        String rest = next.substring(d);
        return rest.isEmpty() || rest.equals(",") || rest.startsWith("st") || rest.startsWith("nd")
                || rest.startsWith("rd") || rest.startsWith("th");
    }

    // A Canadian address's postal code ("TORONTO ON M5J 0B8"): letter, digit, letter, then digit, letter, digit.
    private static boolean isCanadianPostalCode(String first, String next) {
        return isPostalHalf(first, true) && next.length() == 3 && isPostalHalf(next, false);
    }

    private static boolean isPostalHalf(String s, boolean letterFirst) {
        for (int i = 0; i < 3; i++) {
            char c = s.charAt(i);
            boolean letter = (i % 2 == 0) == letterFirst;
            if (letter ? c < 'A' || c > 'Z' : !RegexChars.isDigit(c)) {
                return false;
            }
        }
        // No Canadian postal code starts with D, F, I, O, Q, U, W or Z.
        return !letterFirst || "DFIOQUWZ".indexOf(s.charAt(0)) < 0;
    }

    private static boolean isPeso(String word) {
        return word.equalsIgnoreCase("peso") || word.equalsIgnoreCase("pesos");
    }

    private static String leadingLetters(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(from, i);
    }

    // The word without the punctuation around it: "(PESOS)" reads "PESOS", "31/08/2025," reads "31/08/2025".
    private static String strip(String t) {
        int from = 0;
        int to = t.length();
        while (from < to && "([\"'".indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ")]\"',.;:".indexOf(t.charAt(to - 1)) >= 0) {
            to--;
        }
        return t.substring(from, to);
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && RegexChars.isDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
