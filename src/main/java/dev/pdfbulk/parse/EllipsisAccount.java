package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account of a statement that labels none, printed as the name of its kind and its last digits after an ellipsis,
 * as online banking shows it: "Fifth Third Momentum® Checking ...7781", "360 Checking...8833", "Savings …2231". The
 * visible digits are the account's. So is a whole number of eight digits or more (ten or more in groups joined by
 * dashes, more than a date's) right after a checking or savings account's kind (or after it and a dash), ending its
 * cell: "TRUIST ONE CHECKING 1100012345678", "EveryDay Checking - 7012345518", "HKD Savings 012-875-1-234567-8". The kind's word must stand right before the ellipsis (glued to it or the word
 * before): a reference's "...4410" in running text names nothing. Two such numbers that differ (a summary listing a
 * checking and a savings account) name no account. Stateless.
 */
final class EllipsisAccount {

    // An ellipsis (three dots or the one character) and four digits or more, ending the word.
    private static final Pattern DIGITS = Pattern.compile("(?:\\.{3}|\u2026)(\\d{4,})[.,;)]?$");
    // The words naming an account's kind before its masked number.
    private static final Pattern KIND = Pattern.compile("(?:checking|chequing|savings|account|card)[®™]?");

    // A whole account number after its kind's name: eight digits or more, nothing else.
    private static final int WHOLE_DIGITS = 8;
    private static final Pattern WHOLE = Pattern.compile("\\d{" + WHOLE_DIGITS + ",}");
    // Or digit groups joined by dashes ("012-875-1-234567-8"), of more digits than any date's.
    private static final Pattern DASHED = Pattern.compile("\\d+(?:-\\d+)+");
    private static final int DASHED_DIGITS = 10;
    // The kinds a whole number may follow: a card's number there would be a card's, an "account" word too loose.
    private static final Pattern WHOLE_KIND = Pattern.compile("(?:checking|chequing|savings)[®™]?");

    private EllipsisAccount() {
    }

    /** The account the one ellipsis-masked number names, or null when none is printed or two differ. */
    static AccountNumber read(List<Line> lines) {
        AccountNumber found = null;
        for (Line line : lines) {
            // Cheap test first: an ellipsis anywhere on the line.
            String text = line.text();
            boolean ellipsis = text.indexOf("...") >= 0 || text.indexOf('\u2026') >= 0;
            if (!ellipsis && !longNumber(text)) {
                continue;
            }
            List<Word> words = line.words();
            for (int i = 0; i < words.size(); i++) {
                AccountNumber number = ellipsis ? number(words, i) : null;
                number = number != null ? number : whole(line, words, i);
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

    // Whether a text holds a run of digits (dashes between them too) as long as a whole account number's (cheap test
    // first).
    private static boolean longNumber(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = Character.isDigit(c) ? run + 1 : c == '-' && run > 0 ? run : 0;
            if (run >= WHOLE_DIGITS) {
                return true;
            }
        }
        return false;
    }

    // A whole number word i prints right after the kind's name, or after it and a dash, ending its cell ("TRUIST ONE
    // CHECKING 1100012345678", "EveryDay Checking - 7012345518"), else null.
    private static AccountNumber whole(Line line, List<Word> words, int i) {
        String text = words.get(i).text();
        if (i == 0 || !WHOLE.matcher(text).matches()
                && !(DASHED.matcher(text).matches() && text.length() - dashes(text) >= DASHED_DIGITS)) {
            return null;
        }
        int kind = i - 1;
        if (kind > 0 && words.get(kind).text().equals("-")) {
            kind--;
        }
        if (!WHOLE_KIND.matcher(words.get(kind).text().toLowerCase(Locale.ROOT)).matches()) {
            return null;
        }
        for (Phrase cell : Phrase.split(line)) {
            List<Word> cellWords = cell.words();
            if (cellWords.contains(words.get(i))) {
                // The number ends its cell (the kind's name in it, or ending the cell before it).
                return cellWords.get(cellWords.size() - 1) == words.get(i)
                        ? AccountNumber.shown(text.replace("-", "")) : null;
            }
        }
        return null;
    }

    private static int dashes(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == '-' ? 1 : 0;
        }
        return n;
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
        return AccountNumber.shown(m.group(1));
    }
}
