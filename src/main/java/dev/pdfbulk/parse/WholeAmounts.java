package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Optional;

/**
 * Small amounts printed without minor units ("707", "0", as yen and won are): a plain number of up to three digits
 * shows no grouping and no currency, so nothing in its text says it is money. Its row does: where the row's other
 * amounts are whole too, grouped in thousands or carrying a currency ("707 | 255,309", "0 | 102,541 | 3,868,891"),
 * and none of its numbers has decimals, the number under a money column is a whole amount like them. A row that
 * prints an amount with decimals, as a statement in cents does, never reads one so. Stateless and thread-safe.
 */
final class WholeAmounts {

    private static final int MOST_DIGITS = 3;

    private WholeAmounts() {
    }

    /**
     * True when the row's cells hold a plain number of up to three digits, another cell reads as a whole amount
     * ({@link AmountParser#parseInMoneyPlace}: grouped or with its currency) and no word is an amount with decimals.
     */
    static boolean rowReadsWhole(List<Phrase> phrases) {
        boolean small = false;
        for (Phrase p : phrases) {
            small |= small(p.words().get(p.words().size() - 1).text()).isPresent();
        }
        if (!small) {
            return false;
        }
        boolean whole = false;
        for (Phrase p : phrases) {
            for (Word w : p.words()) {
                if (AmountParser.parse(w.text()).isPresent()) {
                    return false;
                }
            }
            whole |= AmountParser.parseInMoneyPlace(p.text()).filter(a -> a.magnitude().scale() == 0).isPresent();
        }
        return whole;
    }

    /** The text as a plain whole number of one to three digits, maybe signed, else empty. */
    static Optional<Amount> small(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > MOST_DIGITS + 1 || !AmountParser.mayStart(s)) {
            return Optional.empty();
        }
        AmountPattern.Match m = AmountPattern.matchWhole(s);
        boolean plain = m != null && m.num().length() <= MOST_DIGITS && RegexChars.isDigits(m.num())
                && (m.num().length() == 1 || m.num().charAt(0) != '0') && m.pre() == null && m.pre2() == null
                && m.post() == null && m.crdr() == null;
        return plain ? AmountParser.whole(m) : Optional.empty();
    }
}
