package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The currency a table's header prints as the unit of its money columns: "Debit €", "Betrag EUR", "AMOUNT (Rs.)",
 * "출금액(원)", "AMOUNT (BAHT)", "Deposits (RM)", Hebrew "יתרה בש"ח" (in shekels). Only a unit over a debit, credit,
 * amount or balance column counts (a foreign amount's column is none of these), and only a sign that names one
 * currency: "$", "¥" and "kr" are several countries' and say nothing here. Two units that differ name no currency.
 */
final class HeaderCurrency {

    // Signs a header prints that name one currency; three capitals are checked against ISO 4217 instead.
    private static final Map<String, String> SIGNS = Map.ofEntries(Map.entry("€", "EUR"), Map.entry("£", "GBP"),
            Map.entry("₩", "KRW"), Map.entry("원", "KRW"), Map.entry("₹", "INR"), Map.entry("rs.", "INR"),
            Map.entry("rs", "INR"), Map.entry("rm", "MYR"), Map.entry("฿", "THB"), Map.entry("₦", "NGN"),
            Map.entry("₱", "PHP"), Map.entry("zł", "PLN"), Map.entry("kč", "CZK"), Map.entry("₺", "TRY"),
            Map.entry("₴", "UAH"), Map.entry("₫", "VND"), Map.entry("₪", "ILS"), Map.entry("r$", "BRL"),
            Map.entry("a$", "AUD"), Map.entry("c$", "CAD"), Map.entry("nz$", "NZD"), Map.entry("s$", "SGD"),
            Map.entry("hk$", "HKD"), Map.entry("us$", "USD"),
            // The yen's kanji, Japan's alone (the yuan is 元/圓), as a unit: "お支払金額（円）"; "¥" stays several's.
            Map.entry("円", "JPY"),
            // A dollar's sign with its country's letters: Spanish "U$S" (dólares estadounidenses, Uruguay's and
            // Argentina's print of the US dollar), Jamaica's "J$", Trinidad and Tobago's "TT$".
            Map.entry("u$s", "USD"), Map.entry("j$", "JMD"), Map.entry("tt$", "TTD"),
            // Australia's "$A", the letter after the sign ("Amount ($A)", ANZ's).
            Map.entry("$a", "AUD"),
            // Hebrew ש"ח (shekel hadash), with a quote or the gershayim, and בש"ח, in shekels ("יתרה בש"ח").
            Map.entry("ש\"ח", "ILS"), Map.entry("בש\"ח", "ILS"), Map.entry("ש\u05f4ח", "ILS"),
            Map.entry("בש\u05f4ח", "ILS"));
    private static final Set<String> CODES = Set.of(AmountPattern.CODES);
    // The length of a currency's Chinese name ("新臺幣", "人民币").
    private static final int NAME_CHARS = 3;
    // Margin, in points, by which a unit may stand beside its column's header.
    private static final float SLACK = 2f;

    private HeaderCurrency() {
    }

    /** The one currency the header lines print over money columns, or null when none or several. */
    static String of(List<Line> header, TableColumns columns) {
        String found = null;
        for (Line line : header) {
            for (Word w : line.words()) {
                String code = code(unit(w.text()));
                if (code == null || !overMoney(w, columns)) {
                    continue;
                }
                if (found != null && !found.equals(code)) {
                    return null;
                }
                found = code;
            }
        }
        return found;
    }

    // The unit a header word prints: in parentheses glued to it or alone ("출금액(원)", "(RM)"), a sign glued before its
    // name ("£Out", "£Balance", Nationwide's), or the word itself.
    static String unit(String text) {
        int open = text.lastIndexOf('(');
        if (open < 0 && text.endsWith("\uff09")) {
            // Japanese sets the unit in full-width parentheses ("お支払金額（円）"), which say what "(円)" does.
            open = text.lastIndexOf('\uff08');
        }
        if (open >= 0 && (text.endsWith(")") || text.endsWith("\uff09"))) {
            return text.substring(open + 1, text.length() - 1);
        }
        if (text.length() > 2 && !Character.isLetterOrDigit(text.charAt(0)) && Character.isLetter(text.charAt(1))
                && SIGNS.containsKey(text.substring(0, 1))) {
            return text.substring(0, 1);
        }
        // A currency's Chinese name starting the column's name, no space between ("新臺幣金額", the amount in New
        // Taiwan dollars; "人民币金额").
        if (text.length() > NAME_CHARS && text.charAt(0) >= '\u4e00'
                && CurrencyLabel.name(text.substring(0, NAME_CHARS)) != null) {
            return text.substring(0, NAME_CHARS);
        }
        return text;
    }

    static String code(String unit) {
        if (unit.isEmpty() || unit.length() > 7) {
            return null;
        }
        if (unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            // The codes an amount may carry: those that are English words ("ALL", "PEN", "MAD") are left out.
            return CODES.contains(unit) ? unit : null;
        }
        String lower = unit.toLowerCase(Locale.ROOT);
        String sign = SIGNS.get(lower);
        return sign != null ? sign : CurrencyLabel.name(lower);
    }

    private static boolean overMoney(Word w, TableColumns columns) {
        for (Column c : columns.columns()) {
            if (c.kind().isMoney() && w.x() + w.width() >= c.left() - SLACK && w.x() <= c.right() + SLACK) {
                return true;
            }
        }
        return false;
    }
}
