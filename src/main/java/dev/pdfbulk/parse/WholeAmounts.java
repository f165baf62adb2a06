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
    // Whole amounts a table must have shown before a plain small number alone on its row is read as one of them: one
    // (a whole-dollar card's "302" on its second row); an amount in cents anywhere before it rules it out.
    static final int MIN_WHOLE_SEEN = 1;

    private WholeAmounts() {
    }

    /**
     * True when the row's cells hold a plain number of up to three digits, another cell reads as a whole amount
     * ({@link AmountParser#parseInMoneyPlace}: grouped or with its currency) and no word is an amount with decimals.
     */
    static boolean rowReadsWhole(List<Phrase> phrases) {
        return rowReadsWhole(phrases, Float.NEGATIVE_INFINITY);
    }

    /**
     * As {@link #rowReadsWhole(List)}, the row's leading date left of {@code moneyLeft} ("05.06", as a Korean card
     * dates its rows) no amount with decimals: it is the row's date, which a reader never takes for 5.06 won.
     */
    static boolean rowReadsWhole(List<Phrase> phrases, float moneyLeft) {
        boolean small = false;
        for (Phrase p : phrases) {
            small |= small(p.words().get(p.words().size() - 1).text()).isPresent();
        }
        if (!small || !noDecimals(phrases, moneyLeft)) {
            return false;
        }
        for (Phrase p : phrases) {
            if (AmountParser.parseInMoneyPlace(p.text()).filter(a -> a.magnitude().scale() == 0).isPresent()) {
                return true;
            }
        }
        return false;
    }

    // The row's first word when it lies left of the money and reads as a date in a date column ("05.06"), else null.
    private static Word leadingDate(List<Phrase> phrases, float moneyLeft) {
        Word first = phrases.isEmpty() ? null : phrases.get(0).words().get(0);
        return first != null && first.right() < moneyLeft && first.text().indexOf('.') > 0
                && DateParser.parseInDateColumn(first.text()).isPresent() ? first : null;
    }

    /** True when no word of the row but its leading date left of {@code moneyLeft} reads as an amount with cents. */
    static boolean noDecimals(List<Phrase> phrases, float moneyLeft) {
        Word date = leadingDate(phrases, moneyLeft);
        for (Phrase p : phrases) {
            for (Word w : p.words()) {
                if (w != date && AmountParser.parse(w.text()).isPresent()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the line holds a plain number of up to three digits and the table read so far (this page's rows, and
     * the previous page's) holds at least {@value #MIN_WHOLE_SEEN} amounts, every one whole: a forint or yen table
     * without a balance column, whose small fee ("5", "0") is alone on its row with nothing beside it to say it is
     * money. Called only for a line the table could not read otherwise.
     */
    static boolean tableReadsWhole(Line line, TableFragment fragment, TableFragment before, List<Line> page) {
        boolean small = false;
        for (Word w : line.words()) {
            small |= small(w.text()).isPresent();
        }
        if (!small) {
            return false;
        }
        int whole = wholeAmounts(fragment);
        if (whole >= 0 && whole < MIN_WHOLE_SEEN && before != null) {
            int earlier = wholeAmounts(before);
            whole = earlier < 0 ? -1 : whole + earlier;
        }
        return whole >= MIN_WHOLE_SEEN || whole >= 0 && printsWholeCurrency(page);
    }

    /**
     * True when a line of the page prints an amount with the sign of a currency without minor units ("48,620 円",
     * "₩12,000"): yen and won are whole, so the table's plain numbers are too, from its first row ("829" right under
     * the header), while none of its amounts shows decimals. "¥" is the yuan's sign as well, whose amounts show them.
     */
    static boolean printsWholeCurrency(List<Line> page) {
        for (Line l : page) {
            String text = l.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '円' || c == '원' || c == '₩' || c == '¥' || c == '￥') {
                    if (wholeAmountAt(l)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    // Whether the line holds a whole amount with its currency ("48,620 円" as two words, or "¥500").
    private static boolean wholeAmountAt(Line line) {
        List<Phrase> phrases = Phrase.split(line);
        for (Phrase p : phrases) {
            if (AmountParser.parseInMoneyPlace(p.text()).filter(a -> a.magnitude().scale() == 0 && a.currency() != null)
                    .isPresent()) {
                return true;
            }
        }
        return false;
    }

    // The number of amounts the fragment's rows hold, or -1 when one of them has minor units.
    private static int wholeAmounts(TableFragment fragment) {
        int n = 0;
        for (TableLine l : fragment.lines()) {
            for (Amount a : l.money().values()) {
                if (a.magnitude().scale() > 0) {
                    return -1;
                }
                n++;
            }
        }
        return n;
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
