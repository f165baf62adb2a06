package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * The account of a statement that labels none, read from an IBAN printed alone in its cell in the account block:
 * "CUENTA EXPANSIÓN" over "ES69 0081 0200 1000 0123 4567", no "IBAN" before it. Only in the top half of the first
 * page (a payment slip at a page's foot prints the bank's own IBAN), never on a line holding a label the labelled
 * reading declined ("IBAN di addebito": a card's account it is debited from), only where its check digits are right
 * (ISO 13616, mod 97: a reference shaped like one is none), and two that differ name no account. Stateless.
 */
final class UnlabelledIban {

    private static final int MIN_LENGTH = 15;
    private static final int MAX_LENGTH = 34;

    private UnlabelledIban() {
    }

    /** The account the one unlabelled IBAN names, or null when none is printed or two differ. */
    static AccountNumber read(List<Line> lines) {
        int firstPage = Integer.MAX_VALUE;
        for (Line line : lines) {
            firstPage = Math.min(firstPage, line.page());
        }
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Line line : lines) {
            if (line.page() == firstPage) {
                top = Math.min(top, line.y());
                bottom = Math.max(bottom, line.y());
            }
        }
        float middle = (top + bottom) / 2;
        AccountNumber found = null;
        for (Line line : lines) {
            if (line.page() != firstPage || line.y() > middle || labelled(line)) {
                continue;
            }
            for (Phrase cell : Phrase.split(line)) {
                AccountNumber iban = iban(cell.words());
                if (iban == null) {
                    continue;
                }
                if (found != null && !found.sameAs(iban)) {
                    return null;
                }
                found = found == null ? iban : found;
            }
        }
        return found;
    }

    // A label on the line that the labelled reading did not take names the IBAN beside it as some other account's
    // (a card's "IBAN di addebito | IT60 X054 ...", the account the card is debited from).
    private static boolean labelled(Line line) {
        AccountTokens tokens = AccountTokens.of(line);
        for (int t = 0; t < tokens.size(); t++) {
            if (AccountLabels.kind(tokens.folded(t)) != null) {
                return true;
            }
        }
        return false;
    }

    // The cell's words, all of them, as one IBAN with the right check digits; else null.
    private static AccountNumber iban(List<Word> words) {
        String first = words.get(0).text();
        // Cheap test first: two capital letters, then the two check digits.
        if (first.length() < 4 || !capital(first.charAt(0)) || !capital(first.charAt(1)) || !digit(first.charAt(2))
                || !digit(first.charAt(3))) {
            return null;
        }
        StringBuilder compact = new StringBuilder();
        List<String> texts = new ArrayList<>(words.size());
        for (Word w : words) {
            String t = w.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (!capital(c) && !digit(c)) {
                    return null;
                }
            }
            compact.append(t);
            texts.add(t);
        }
        if (compact.length() < MIN_LENGTH || compact.length() > MAX_LENGTH || !checksumHolds(compact)) {
            return null;
        }
        AccountNumber number = AccountNumber.read(texts, 0, texts.size());
        return number != null && number.iban() ? number : null;
    }

    // ISO 13616: the country and check digits moved to the end, letters as 10..35, the number is 1 modulo 97.
    static boolean checksumHolds(CharSequence iban) {
        int remainder = 0;
        for (int k = 0; k < iban.length(); k++) {
            char c = iban.charAt((k + 4) % iban.length());
            int value = digit(c) ? c - '0' : c - 'A' + 10;
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
