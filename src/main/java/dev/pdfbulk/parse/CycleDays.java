package dev.pdfbulk.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a billing cycle a card statement prints beside its closing date ("Days in Billing Cycle 31", as
 * Synchrony, Chase and Citi print it): with the closing date it says where the period starts. Stateless.
 */
final class CycleDays {

    private static final Pattern DAYS = Pattern.compile(
            "\\bdays in (?:this |the )?billing (?:cycle|period)\\s*:?\\s*(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    // A cycle is about a month: a number outside these bounds is no cycle's length.
    private static final int FEWEST = 25;
    private static final int MOST = 35;

    private CycleDays() {
    }

    /** The days of the billing cycle the line prints, or null. */
    static Integer of(String text) {
        // Cheap test first: the wording's "ays in", any case.
        if (!text.contains("ays in") && !text.contains("AYS IN")) {
            return null;
        }
        Matcher m = DAYS.matcher(text);
        if (!m.find()) {
            return null;
        }
        int days = Integer.parseInt(m.group(1));
        return days >= FEWEST && days <= MOST ? days : null;
    }
}
