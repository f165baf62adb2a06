package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opening and closing balance read by their labels outside the table ("Previous balance", "Solde précédent",
 * "Neuer Saldo", "Statement balance"): the amount to the label's right on its line, past linking words, a date and
 * an item count, else the first amount set under the label on the next lines. Side words after the label ("Nouveau
 * solde débiteur") sign an unmarked amount ({@link BalanceSide}). A value printed with three decimals and no grouping
 * ("1865.420") is read so here; it stays only where the statement's amounts have three decimals ({@link
 * MinorDigits#apply(MetadataReader.Raw)}). Stateless and thread-safe.
 */
final class BalanceLabels {

    // An amount under a label is on one of the next lines, at most this many and within so many text heights.
    private static final int LINES_BELOW = 3;
    private static final float HEIGHTS_BELOW = 5f;
    // Points kept clear between one label's cell and the next.
    private static final float CELL_GAP = 3f;

    private BalanceLabels() {
    }

    /** The opening balance labelled on line {@code index}, or null when the line has no opening label or no value. */
    static Amount opening(List<Line> lines, int index) {
        return labelled(lines, index, BalanceLabelWords.OPENING);
    }

    /** The closing balance labelled on line {@code index}, or null when the line has no closing label or no value. */
    static Amount closing(List<Line> lines, int index) {
        return labelled(lines, index, BalanceLabelWords.CLOSING);
    }

    /**
     * The balance labelled "Current Balance" on line {@code index} ({@link BalanceLabelWords#CURRENT}), or null when the line has no such
     * label or no value.
     */
    static Amount current(List<Line> lines, int index) {
        String text = lines.get(index).text();
        return text.indexOf("urrent") < 0 && text.indexOf("URRENT") < 0 ? null : labelled(lines, index, BalanceLabelWords.CURRENT);
    }

    // A label's amount is to its right on the same line (left, for a right-to-left label), or below it on one of the
    // next lines.
    static Amount labelled(List<Line> lines, int index, Pattern label) {
        Line line = lines.get(index);
        PrintedLabel found = PrintedLabel.find(line, label);
        if (found == null) {
            return null;
        }
        float labelLeft = line.words().get(found.first()).x();
        // The side words right after the label are part of it ("Nouveau solde débiteur").
        int sideEnd = found.last() + 1;
        while (sideEnd < line.words().size() && BalanceSide.isSideWord(line.words().get(sideEnd).text())) {
            sideEnd++;
        }
        String labelText = Phrase.join(line.words(), found.first(), sideEnd);
        float labelRight = line.words().get(sideEnd - 1).right();
        Amount sameLine = amountAfter(line.words(), pastOtherScript(line.words(), sideEnd), true);
        if (sameLine == null && RightToLeftLabels.isRightToLeft(line.words().get(found.first()).text())) {
            // A right-to-left label (Hebrew, Arabic) reads leftwards: its amount stands to its left.
            sameLine = RightToLeftLabels.amountBefore(line.words(), found.first());
        }
        Amount below = sameLine != null ? null : amountBelow(lines, index, labelLeft, labelRight);
        float cellRight = sameLine != null || below != null ? Float.NaN : cellRight(line, labelLeft, labelRight);
        if (!Float.isNaN(cellRight)) {
            below = amountBelow(lines, index, labelLeft, cellRight);
        }
        return BalanceSide.signed(sameLine != null ? sameLine : below, labelText);
    }

    // The label said again in the bank's own script after its Latin words ("Opening Balance  الرصيد الافتتاحي
    // 84,215.40", as Egyptian and Gulf banks print a summary box): its value follows those words.
    private static int pastOtherScript(List<Word> words, int from) {
        if (from == 0 || from >= words.size() || !BilingualCell.latin(words.get(from - 1).text())) {
            return from;
        }
        int k = from;
        while (k < words.size() && BilingualCell.otherScript(words.get(k).text())) {
            k++;
        }
        return k;
    }

    // In a row of labels each heading a cell ("Opening Balance | Total Withdrawals | ... | Closing Balance"), a value
    // may stand right-aligned in its label's cell, past the label's end: the cell runs to the next label, the last as
    // wide as the one before it. NaN for a label with no other phrase on its line, or on a line that holds values or
    // dates of its own ("Počáteční zůstatek k 1. 5. 2025  48 210,40 Kč"), which is no row of labels.
    private static float cellRight(Line line, float labelLeft, float labelRight) {
        if (line.words().stream().anyMatch(w -> w.text().chars().anyMatch(Character::isDigit))) {
            return Float.NaN;
        }
        List<Phrase> phrases = Phrase.split(line);
        float previous = Float.NaN;
        for (Phrase p : phrases) {
            if (p.left() > labelRight) {
                return p.left() - CELL_GAP;
            }
            if (p.right() < labelLeft) {
                previous = p.left();
            }
        }
        return Float.isNaN(previous) ? Float.NaN : 2 * labelLeft - previous - CELL_GAP;
    }

    /**
     * The first amount on the lines after line {@code index} (a few, close below it) that lies under
     * [labelLeft, labelRight], or null.
     */
    static Amount amountBelow(List<Line> lines, int index, float labelLeft, float labelRight) {
        Line line = lines.get(index);
        Amount first = null;
        for (int k = index + 1; k < Math.min(lines.size(), index + 1 + LINES_BELOW); k++) {
            Line below = lines.get(k);
            if (below.y() - line.y() > HEIGHTS_BELOW * line.height()) {
                break;
            }
            Amount a = amountUnder(below, labelLeft, labelRight);
            if (a != null && first == null) {
                first = a;
                if (!namesItsRow(below, labelLeft)) {
                    return first;
                }
            } else if (a != null && namesItsRow(below, labelLeft) && Marker.of(below.text(), false) != Marker.TOTAL
                    && a.signed().compareTo(first.signed()) != 0) {
                // A grid of several accounts, a row each ("Regular Savings 0001", "Share Draft Checking 0010"): the
                // label heads every account's balance, so it gives none of them. Their total row, or a row with the
                // same balance, leaves no doubt.
                return null;
            }
        }
        return first;
    }

    // The first amount on the line set under [labelLeft, labelRight], or null.
    private static Amount amountUnder(Line below, float labelLeft, float labelRight) {
        for (Phrase p : Phrase.split(below)) {
            boolean under = p.right() >= labelLeft - 2 && p.left() <= labelRight + 2;
            Optional<Amount> a = under ? AmountParser.parseInMoneyPlace(p.text(), true) : Optional.empty();
            if (a.isPresent()) {
                return a.get();
            }
        }
        return null;
    }

    // Whether a grid row starts with its own name, words left of the label's column: an account's row.
    private static boolean namesItsRow(Line row, float labelLeft) {
        Word first = row.words().get(0);
        return first.right() < labelLeft && AmountParser.parseInMoneyPlace(first.text()).isEmpty()
                && first.text().chars().anyMatch(Character::isLetter);
    }

    // The amount printed after a label, past a colon and a date ("Beginning balance on 11/20/2025 $2,794.08").
    private static Amount amountAfter(List<Word> words, int from, boolean mayCount) {
        int k = PrintedLabel.pastLinkingWords(words, from, words.size());
        if (k + 1 < words.size() && LoneSigns.sign(words.get(k).text()) == 1) {
            // A local sign that is also a letter or a word alone, a space before the value ("Saldo Inicial Bs. 45.842,37").
            Optional<Amount> signed = AmountParser.parseInMoneyPlace(words.get(k + 1).text(), true);
            if (signed.isPresent()) {
                return signed.get();
            }
        }
        List<DateMention> dates = DateMention.find(words.subList(k, words.size()));
        if (!dates.isEmpty() && dates.get(0).from() == 0) {
            // The date may be followed by a colon of its own ("Closing Balance as on 31 Aug 2025 : 60,734.76").
            k = PrintedLabel.pastColons(words, k + dates.get(0).to(), words.size());
        }
        for (int n = Math.min(4, words.size() - k); n >= 1; n--) {
            String text = Phrase.join(words, k, k + n);
            // An equals sign glued before the value, as a summary box's last line sums the lines above it ("Total
            // balance =$2,167.28", CIBC's): the value is what follows it.
            Optional<Amount> a = AmountParser.parseInMoneyPlace(text.startsWith("=") ? text.substring(1) : text, true);
            if (a.isPresent()) {
                return a.get();
            }
        }
        // A summary box may count the items before their amount ("Ending Balance 49 $567.39"): the count is no money.
        if (mayCount && k + 1 < words.size() && RegexChars.isDigits(words.get(k).text())) {
            return amountAfter(words, k + 1, false);
        }
        return null;
    }
}
