package dev.pdfbulk.parse;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A currency spelled out in brackets as what a box's amounts are in: "Sommaire du compte (en dollars canadiens)",
 * "Account summary (in Canadian dollars)". Only after "in" or "en" right inside the bracket, and only names that say
 * which dollar they are: "(in dollars)" names none, nor does a foreign amount's "U.S. DOLLAR 64.50" with no bracket.
 * Stateless.
 */
final class SpelledCurrency {

    // Folded to lower case, spaces single.
    // Compiled once: String.replaceAll and split compile their pattern again on every call, here on every line.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("canadian dollars", "CAD"), Map.entry("dollars canadiens", "CAD"),
            Map.entry("dólares canadienses", "CAD"),
            Map.entry("us dollars", "USD"), Map.entry("u.s. dollars", "USD"), Map.entry("dollars américains", "USD"),
            Map.entry("australian dollars", "AUD"), Map.entry("new zealand dollars", "NZD"),
            Map.entry("singapore dollars", "SGD"), Map.entry("hong kong dollars", "HKD"));
    // Longer than any name (19 characters), with room for wide gaps between its words: a bracket holding more names none.
    private static final int LONGEST = 24;

    private SpelledCurrency() {
    }

    /** The currency the line spells out in brackets as its amounts', or null. */
    static String of(Line line) {
        String text = line.text();
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = text.indexOf(')', open);
            if (close < 0) {
                return null;
            }
            String inside = text.substring(open + 1, close).trim().toLowerCase(Locale.ROOT);
            if (inside.length() > 3 && inside.length() <= LONGEST + 3
                    && (inside.startsWith("en ") || inside.startsWith("in "))) {
                String code = NAMES.get(SPACES.matcher(inside.substring(3).trim()).replaceAll(" "));
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }
}
