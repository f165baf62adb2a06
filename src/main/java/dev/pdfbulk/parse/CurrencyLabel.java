package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The currency a statement names under a label of its own: "Currency : NGN", "DEVISE : MAD (DIRHAM)", "Moneda: RON",
 * "Валюта рахунку: UAH", "MONEDA: SOLES", "Currency   KES", the Chinese "币种：人民币", the Vietnamese "Loại tiền: VND",
 * a local sign before its code in brackets "Valuta: KM (BAM)", the Azerbaijani "Valyuta: AZN", the Macedonian denar's
 * Cyrillic "Валута: МКД", the Spanish "Moneda: Dólares" (the US dollar, the word alone in its cell),
 * the Turkish "Para Birimi: TRY".
 * The label, a colon within two words after it, then an ISO
 * 4217 code (any, "MAD" too, which amounts never read as a code: it is an English word) or the name of a currency only
 * one country uses; with no colon, a code in capitals right after the label; never a code with an amount after it. It
 * says what the account is kept in, so it outweighs every amount's sign. A foreign or original currency ("Foreign
 * currency: USD") is a transaction's, never the account's.
 */
final class CurrencyLabel {

    // Compiled once: String.replaceAll and split compile their pattern again on every call, here on every line.
    private static final Pattern BRACKETS_AND_POINTS = Pattern.compile("^[(\\[]+|[)\\].,;]+$");
    private static final Set<String> LABELS = Set.of("currency", "devise", "moneda", "divisa", "wahrung", "valuta",
            "валюта", "валута", "moeda", "waluta", "币种", "币别", "幣別", "貨幣", "货币",
            // Turkish "Döviz Cinsi" (currency kind), folded; Azerbaijani "Valyuta"; Icelandic "Mynt"; Albanian
            // "Monedha"; Armenian "Արժույթ".
            "doviz", "valyuta", "mynt", "monedha", "արժույթ",
            // Turkmen "Walýuta", folded.
            "walyuta",
            // Arabic "العملة" (the currency); Tajik "Асъор"; Lao "ສະກຸນເງິນ" and Burmese "ငွေကြေး", folded (their vowel
            // signs are combining marks).
            "العملة", "асъор", Folding.fold("ສະກຸນເງິນ"), Folding.fold("ငွေကြေး"),
            // Bengali "মুদ্রা" (the currency), folded.
            Folding.fold("মুদ্রা"));
    private static final Set<String> NOT_THE_ACCOUNTS = Set.of("foreign", "original", "transaction", "fremd");
    // Names of a currency that only one country uses.
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("soles", "PEN"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("naira", "NGN"), Map.entry("baht", "THB"), Map.entry("ringgit", "MYR"),
            Map.entry("rupiah", "IDR"), Map.entry("hryvnia", "UAH"), Map.entry("forint", "HUF"),
            Map.entry("人民币", "CNY"), Map.entry("人民幣", "CNY"), Map.entry("新臺幣", "TWD"), Map.entry("新台幣", "TWD"),
            Map.entry("tl", "TRY"),
            Map.entry("тенге", "KZT"), Map.entry("bolivianos", "BOB"), Map.entry("quetzales", "GTQ"),
            // Paraguay's guaraní, named in full ("Moneda: GUARANIES").
            Map.entry("guaranies", "PYG"),
            // Honduras' lempira, named in full ("Moneda: LEMPIRAS").
            Map.entry("lempiras", "HNL"),
            // Bangladesh's taka named in Bengali ("মুদ্রা : টাকা"), as printed and folded.
            Map.entry("টাকা", "BDT"), Map.entry(Folding.fold("টাকা"), "BDT"),
            // The Macedonian denar's Cyrillic code ("Валута: МКД"), as Macedonian banks print it.
            Map.entry("мкд", "MKD"),
            // Arabic names, the unit then its country's adjective ("جنيه مصري", the Egyptian pound), folded.
            arabic("جنيه مصري", "EGP"), arabic("ريال سعودي", "SAR"), arabic("درهم إماراتي", "AED"),
            arabic("دينار كويتي", "KWD"), arabic("ريال قطري", "QAR"), arabic("دينار أردني", "JOD"),
            arabic("ريال عماني", "OMR"), arabic("دينار بحريني", "BHD"), arabic("درهم مغربي", "MAD"),
            arabic("دينار تونسي", "TND"));
    // Under a label only: Spanish "dólares" alone is the US dollar ("Moneda: Dólares", as Ecuador and Panama print it);
    // another dollar is named with its country's word after it ("dólares canadienses"), which names none here.
    private static final Set<String> US_DOLLARS = Set.of("dólares", "dolares");
    // Persian "ریال" (its Farsi yeh no Arabic name spells) alone in its cell is Iran's rial; "ریال عمان" is Oman's.
    private static final String PERSIAN_RIAL = "ریال";
    private static final String PERSIAN_UNIT = Folding.fold("واحد");
    private static final String PERSIAN_MONEY = Folding.fold("پول");
    // Words between the label and its colon ("Валюта рахунку: UAH", "Currency code: USD").
    private static final int MAX_GAP = 2;
    // Wider than this many spaces, a gap parts two cells of a line.
    private static final float CELL_GAP_SPACES = 3f;

    private CurrencyLabel() {
    }

    /** Whether the folded word is a currency's label ("currency", "币种", "货币"). */
    static boolean isLabel(String folded) {
        return LABELS.contains(folded);
    }

    /** The currency a name only one country uses names ("人民币", "euros"), or null. */
    static String named(String name) {
        return NAMES.get(Folding.fold(name));
    }

    private static Map.Entry<String, String> arabic(String name, String code) {
        return Map.entry(Folding.fold(name), code);
    }

    /** The currency the first labelled line names, or null when none does. */
    static String in(List<Line> lines) {
        for (Line line : lines) {
            String code = of(line);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** The currency the line names under its label, or null. */
    static String of(Line line) {
        String text = line.text();
        // Every label but "Currency" is followed by a colon: a line without either names none. Chinese prints the
        // full-width colon ("币种：人民币"), read as the colon.
        // So is the Armenian "՝" after a label ("Արժույթ՝ AMD").
        if (text.indexOf('\uFF1A') >= 0 || text.indexOf('\u055D') >= 0) {
            text = text.replace('\uFF1A', ':').replace('\u055D', ':');
        } else if (text.indexOf(':') < 0 && !text.contains("urrency") && !text.contains("URRENCY")
                && !hasCapitalsCode(text)) {
            // With no colon a label is read only in a grid, its code in capitals beside it ("Währung  CHF", "Mynt
            // ISK"): a line with no word of three capitals names none.
            return null;
        }
        List<Word> placed = line.words();
        String[] words = new String[placed.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = placed.get(i).text().replace('\uFF1A', ':').replace('\u055D', ':');
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int colon = w.indexOf(':');
            String label = Folding.fold(colon >= 0 ? w.substring(0, colon) : w);
            // The label in two languages joined by a slash ("Loại tiền/Currency: VND"): its last part.
            label = label.indexOf('/') > 0 ? label.substring(label.lastIndexOf('/') + 1) : label;
            // Vietnamese "Loại tiền: VND" (the kind of money), "tiền" alone being money.
            boolean twoWordLabel = label.equals("tien") && i > 0 && Folding.fold(words[i - 1]).equals("loai");
            // Turkish "Para Birimi: TRY" (the unit of money), "birimi" alone being any unit.
            twoWordLabel |= label.equals("birimi") && i > 0 && Folding.fold(words[i - 1]).equals("para");
            // Persian "واحد پول" (the unit of money), "پول" alone being money.
            twoWordLabel |= label.equals(PERSIAN_MONEY) && i > 0 && Folding.fold(words[i - 1]).equals(PERSIAN_UNIT);
            if (!twoWordLabel && !LABELS.contains(label)
                    || i > 0 && NOT_THE_ACCOUNTS.contains(Folding.fold(words[i - 1]))) {
                continue;
            }
            int k = i;
            while (colon < 0 && k < i + MAX_GAP && k + 1 < words.length) {
                k++;
                colon = words[k].indexOf(':');
            }
            if (colon < 0) {
                // A label in a grid, its value set apart with no colon ("Currency        KES"): a code in capitals.
                String code = i + 1 < words.length && words[i + 1].length() == 3 ? code(words[i + 1]) : null;
                if (code != null && code.equals(words[i + 1]) && !amountAfter(words, placed, i + 1)) {
                    return code;
                }
                continue;
            }
            String rest = words[k].substring(colon + 1);
            int at = !rest.isEmpty() ? k : k + 1;
            String value = !rest.isEmpty() ? rest : k + 1 < words.length ? words[k + 1] : "";
            String code = code(value);
            if (code == null && at + 1 < words.length && RightToLeftLabels.isRightToLeft(value)) {
                // A name of two words, the unit then its country ("جنيه مصري"): a unit alone names no one currency.
                code = name(Folding.fold(value + " " + words[at + 1]));
                at += code == null ? 0 : 1;
            }
            if (code == null && US_DOLLARS.contains(value.toLowerCase(Locale.ROOT)) && alone(placed, at)) {
                return "USD";
            }
            if (code == null && value.equals(PERSIAN_RIAL) && alone(placed, at)) {
                return "IRR";
            }
            if (code == null && at + 1 < words.length && bracketed(words[at + 1])) {
                // A local sign then its ISO code in brackets ("Valuta: KM (BAM)", "Moneda: lei (RON)"): the code.
                code = code(words[at + 1]);
                at++;
            }
            // A code with an amount after it is that amount's ("Currency exchange: GBP 12.00"), not a label's value.
            if (code != null && !amountAfter(words, placed, at)) {
                return code;
            }
        }
        return null;
    }

    // A number in the next cell ("Divisa: EURO" beside an address's "20123 MILANO") is not the code's amount.
    private static boolean amountAfter(String[] words, List<Word> placed, int at) {
        if (at + 1 >= words.length || words[at + 1].isEmpty() || !RegexChars.isDigit(words[at + 1].charAt(0))) {
            return false;
        }
        return nextInCell(placed, at);
    }

    // The value ends its cell: no word follows it closer than a cell's gap ("Moneda: Dólares" then the next cell).
    private static boolean alone(List<Word> placed, int at) {
        return at + 1 >= placed.size() || !nextInCell(placed, at);
    }

    // Whether the word after the one at `at` follows it within a cell's gap.
    private static boolean nextInCell(List<Word> placed, int at) {
        Word word = placed.get(at);
        Word next = placed.get(at + 1);
        return next.x() - (word.x() + word.width()) <= CELL_GAP_SPACES * Math.max(word.space(), word.height() / 4);
    }

    // A word of three capital letters alone ("ISK" in "Mynt ISK").
    private static boolean hasCapitalsCode(String text) {
        for (int i = 0; i + 3 <= text.length(); i++) {
            if ((i == 0 || text.charAt(i - 1) == ' ') && isCapital(text.charAt(i)) && isCapital(text.charAt(i + 1))
                    && isCapital(text.charAt(i + 2)) && (i + 3 == text.length() || text.charAt(i + 3) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    // "(BAM)": a word wholly in brackets.
    private static boolean bracketed(String word) {
        return word.length() == 5 && word.charAt(0) == '(' && word.charAt(4) == ')';
    }

    private static String code(String value) {
        String v = BRACKETS_AND_POINTS.matcher(value).replaceAll("");
        if (v.length() == 3 && v.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            try {
                return Currency.getInstance(v).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String name = name(v.toLowerCase(Locale.ROOT));
        // A dollar's sign with its country's letters names one currency ("Moneda: U$S", "Currency: J$"); "$" alone none.
        return name != null || v.indexOf('$') < 0 ? name : HeaderCurrency.code(v);
    }

    /** The currency a name (in small letters) names when one country alone uses it ("soles", "baht"), else null. */
    static String name(String lower) {
        return NAMES.get(lower);
    }
}
