package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account of a statement that labels none, printed as the name of its kind and its last digits after an ellipsis,
 * as online banking shows it: "Fifth Third Momentum® Checking ...7781", "360 Checking...8833", "Savings …2231". The
 * visible digits are the account's. The kind's word must stand right before the ellipsis (glued to it or the word
 * before): a reference's "...4410" in running text names nothing. Two such numbers that differ (a summary listing a
 * checking and a savings account) name no account. Stateless.
 */
final class EllipsisAccount {

    // An ellipsis (three dots or the one character) and four digits or more, ending the word.
    private static final Pattern DIGITS = Pattern.compile("(?:\\.{3}|\u2026)(\\d{4,})[.,;)]?$");
    // The words naming an account's kind before its masked number.
    private static final Pattern KIND = Pattern.compile("(?:checking|chequing|savings|account|card)[®™]?");

    private EllipsisAccount() {
    }

    /** The account the one ellipsis-masked number names, or null when none is printed or two differ. */
    static AccountNumber read(List<Line> lines) {
        AccountNumber found = null;
        for (Line line : lines) {
            // Cheap test first: an ellipsis anywhere on the line.
            String text = line.text();
            if (text.indexOf("...") < 0 && text.indexOf('\u2026') < 0) {
                continue;
            }
            List<Word> words = line.words();
            for (int i = 0; i < words.size(); i++) {
                AccountNumber number = number(words, i);
                if (number == null) {
                    continue;
                }
                if (found != null && !found.sameAs(number)) {
                    return null;
                }
                found = found == null ? number : found;
            }
        }
        return found;
    }

    // The number word i prints after the kind's name ("Checking...8833", or "Checking" then "...7781"), else null.
    private static AccountNumber number(List<Word> words, int i) {
        String w = words.get(i).text();
        Matcher m = DIGITS.matcher(w);
        if (!m.find()) {
            return null;
        }
        String before = w.substring(0, m.start());
        if (before.isEmpty()) {
            before = i > 0 ? words.get(i - 1).text() : "";
        }
        if (!KIND.matcher(before.toLowerCase(Locale.ROOT)).matches()) {
            return null;
        }
        return new AccountNumber(m.group(1), true, false);
    }
}
