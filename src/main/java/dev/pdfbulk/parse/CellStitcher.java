package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rejoins values that a narrow column wrapped onto two lines: a date printed as "10" over "Dec", or
 * "2026-02-" over "01", an amount with its "CR" on the line below, and an amount wrapped at its thousands
 * space ("-1" over "019,06"). The fragment on the second line moves up to the first, so each line then
 * classifies as usual. Stateless.
 */
final class CellStitcher {

    // A lone mark that belongs to the amount above it.
    private static final Set<String> MARKS = Set.of("CR", "DR", "Cr", "Dr", "-", "+");
    // The first group of an amount wrapped at its thousands space, with the sign or bracket before it; never a 0, which
    // starts no grouped number (a "0" in the unused money column is an amount of its own, as won statements print it).
    private static final Pattern LEADING_GROUP = Pattern.compile("[-+\u2212(]?[1-9]\\d{0,2}");

    private CellStitcher() {
    }

    /**
     * Returns {@code first} and {@code second} with fragments of a wrapped date or amount moved from
     * one to the other, or the two lines unchanged.
     */
    static Line[] stitch(Line first, Line second, TableColumns columns) {
        if (!near(first, second)) {
            return new Line[] {first, second};
        }
        Line[] dated = stitchDate(first, second, columns);
        if (dated[1] == null) {
            return dated;
        }
        Line[] marked = stitchMarks(dated[0], dated[1], columns);
        return marked[1] == null ? marked : stitchWrappedAmounts(marked[0], marked[1], columns);
    }

    /**
     * The date of a row whose date cell wrapped and whose last part went over the page break: the
     * date-column words of {@code last} (the previous page's last dated line, read under
     * {@code columns}) completed by {@code orphan}, a line printed under the date column only. Null
     * when {@code orphan} is not the rest of that date.
     */
    static RawDate dateCompletedBy(Line last, TableColumns columns, List<Word> orphan) {
        List<Word> top = leftOf(last, dateLimit(columns));
        String text = joinedDate(top, orphan);
        return text == null ? null : DateParser.parse(text).orElse(null);
    }

    /**
     * {@code first}, a row whose date cell went over the page break, with its date completed by
     * {@code orphan}, the rest of the cell at the top of the next page; null unless all of
     * {@code orphan} joins {@code first}'s date-column words into a date.
     */
    static Line completedOver(Line first, Line orphan, TableColumns columns) {
        Line[] pair = stitchDate(first, orphan, columns);
        return pair[1] == null ? pair[0] : null;
    }

    /** Whether all of the line's words sit in the date cell: left of the text and of any column between. */
    static boolean inDateCell(Line line, TableColumns columns) {
        if (columns.date() == null) {
            return false;
        }
        float limit = dateLimit(columns);
        for (Word w : line.words()) {
            if (w.right() > limit) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #stitch} would join a date cell's parts from {@code first} and {@code second}. */
    static boolean joinsDate(Line first, Line second, TableColumns columns) {
        if (columns.date() != null && near(first, second)) {
            float limit = dateLimit(columns);
            return joinedDate(leftOf(first, limit), leftOf(second, limit)) != null;
        }
        return false;
    }

    private static Line[] stitchDate(Line first, Line second, TableColumns columns) {
        if (columns.date() == null) {
            // Dates printed in the text have no cell of their own to wrap.
            return new Line[] {first, second};
        }
        float limit = dateLimit(columns);
        List<Word> top = leftOf(first, limit);
        List<Word> bottom = leftOf(second, limit);
        String text = joinedDate(top, bottom);
        if (text == null) {
            return new Line[] {first, second};
        }
        Word a = top.get(0);
        float right = Math.max(top.get(top.size() - 1).right(), bottom.get(bottom.size() - 1).right());
        Word merged = new Word(text, a.x(), a.y(), right - a.x(), a.height(), a.space());
        return new Line[] {replace(first, top, List.of(merged)), replace(second, bottom, List.of())};
    }

    // Within a wrapped row the fragments sit at most two line pitches apart (centred cells put a line between).
    private static boolean near(Line first, Line second) {
        return second.page() == first.page()
                && second.y() - first.y() <= 2.8f * Math.max(first.height(), second.height());
    }

    // A lone CR/DR (or a minus) under an amount of the line above belongs to that amount.
    private static Line[] stitchMarks(Line first, Line second, TableColumns columns) {
        List<Word> words = null;
        List<Word> rest = null;
        boolean changed = false;
        for (Word mark : second.words()) {
            // Every pair of lines comes here and few hold a mark: the length test spares the set's hashing.
            if (mark.text().length() > 2 || !MARKS.contains(mark.text()) || !alone(mark, second)
                    || emptyCellOfItsRow(mark, second, columns)) {
                continue;
            }
            if (words == null) {
                words = new ArrayList<>(first.words());
                rest = new ArrayList<>(second.words());
            }
            for (int k = 0; k < words.size(); k++) {
                Word above = words.get(k);
                boolean under = mark.x() < above.right() + 2 * mark.height() && mark.right() > above.x() - 2;
                if (under && !inText(above, columns) && AmountParser.parse(above.text()).isPresent()
                        && AmountParser.parse(above.text() + " " + mark.text()).isPresent()) {
                    words.set(k, new Word(above.text() + " " + mark.text(), above.x(), above.y(),
                            Math.max(above.right(), mark.right()) - above.x(), above.height(), above.space()));
                    rest.remove(mark);
                    changed = true;
                    break;
                }
            }
        }
        return changed ? rebuilt(first, second, words, rest) : new Line[] {first, second};
    }

    // A dash on a row of its own (its date printed, an amount of its own beside it) is that row's cell printed empty
    // ("-" under the Balance of a row that shows none), no sign of the amount above: only a line that continues the
    // row above carries its marks. Cheap: only a dash asks.
    private static boolean emptyCellOfItsRow(Word mark, Line line, TableColumns columns) {
        if (!"-".equals(mark.text())) {
            return false;
        }
        if (columns.date() != null && !parses(leftOf(line, dateLimit(columns)))) {
            return false;
        }
        for (Word w : line.words()) {
            if (w != mark && !inText(w, columns) && AmountParser.parse(w.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    // A number inside the description column is text (a reference, an amount quoted in the details): a mark under it,
    // such as a "-" printed for an empty detail line, is a line of its own.
    private static boolean inText(Word word, TableColumns columns) {
        return columns.description() != null && word.x() >= columns.textLeft() - 1
                && word.right() <= columns.textRight(Float.MAX_VALUE);
    }

    // A narrow money column wraps an amount at its thousands space: "-1" over "019,06" is -1 019,06. The first
    // part is no amount alone (no cents, and no whole amounts beside it), each part is a cell of its own, the second
    // sits under the first, and only together do they read as one amount with its groups of three.
    private static Line[] stitchWrappedAmounts(Line first, Line second, TableColumns columns) {
        List<Word> words = new ArrayList<>(first.words());
        List<Word> rest = new ArrayList<>(second.words());
        boolean changed = false;
        for (int k = 0; k < words.size(); k++) {
            Word head = words.get(k);
            // At most four characters: most words skip the pattern.
            if (head.text().length() > 4 || !LEADING_GROUP.matcher(head.text()).matches() || !aloneInCell(head, first)
                    || !inMoneyColumn(head, columns)) {
                continue;
            }
            // Beside whole amounts ("300 | 1.489.523", pesos, yen) a plain number is an amount alone (WholeAmounts).
            if (WholeAmounts.rowReadsWhole(Phrase.split(first))) {
                break;
            }
            for (Word tail : rest) {
                boolean under = tail.x() < head.right() + head.height() && tail.right() > head.x() - head.height();
                String joined = head.text() + " " + tail.text();
                if (under && aloneInCell(tail, second) && AmountParser.parse(joined).isPresent()) {
                    float left = Math.min(head.x(), tail.x());
                    words.set(k, new Word(joined, left, head.y(), Math.max(head.right(), tail.right()) - left,
                            head.height(), head.space()));
                    rest.remove(tail);
                    changed = true;
                    break;
                }
            }
        }
        return changed ? rebuilt(first, second, words, rest) : new Line[] {first, second};
    }

    // The two lines with their words moved: the second is gone (null) when nothing is left on it.
    private static Line[] rebuilt(Line first, Line second, List<Word> words, List<Word> rest) {
        return new Line[] {new Line(first.page(), first.y(), first.height(), words), rest.isEmpty() ? null
                : new Line(second.page(), second.y(), second.height(), rest)};
    }

    // The column a word lines up with best is a money column.
    private static boolean inMoneyColumn(Word w, TableColumns columns) {
        Column best = null;
        for (Column c : columns.columns()) {
            if (best == null || c.misalignment(w.x(), w.right()) < best.misalignment(w.x(), w.right())) {
                best = c;
            }
        }
        return best != null && best.kind().isMoney();
    }

    // A word that is a cell by itself: no neighbour on its line closer than a cell gap.
    private static boolean aloneInCell(Word word, Line line) {
        for (Word w : line.words()) {
            if (w != word && (w.right() <= word.x() && word.x() - w.right() < Phrase.cellGap(w, word)
                    || w.x() >= word.right() && w.x() - word.right() < Phrase.cellGap(word, w))) {
                return false;
            }
        }
        return true;
    }

    // A mark printed right after an amount on its own line belongs to that amount, not to the line above: set a space
    // after it, or in a sign column of its own as near as an amount above could claim it ("537.60 | Dr" row by row).
    // So does a sign a space before an amount of its line ("- $15.16"): it is that amount's sign.
    private static boolean alone(Word mark, Line line) {
        for (Word w : line.words()) {
            float gap = mark.x() - w.right();
            if (w != mark && w.right() <= mark.x() && (gap < Phrase.cellGap(w, mark)
                    || gap < 2 * mark.height() && AmountParser.parse(w.text()).isPresent())) {
                return false;
            }
            if (w != mark && w.x() >= mark.right() && w.x() - mark.right() < Phrase.cellGap(mark, w)
                    && AmountParser.parse(mark.text() + " " + w.text()).isPresent()) {
                return false;
            }
        }
        return true;
    }

    // The text of one date printed in two parts, or null when the parts are no date or each is one alone.
    private static String joinedDate(List<Word> top, List<Word> bottom) {
        // Two dates are two rows; a date and its year (or a date's halves) are one.
        if (top.isEmpty() || bottom.isEmpty() || parses(bottom)) {
            return null;
        }
        String joined = Phrase.join(top) + " " + Phrase.join(bottom);
        if (DateParser.parse(joined).isPresent()) {
            return joined;
        }
        String glued = Phrase.join(top) + Phrase.join(bottom);
        return DateParser.parse(glued).isPresent() ? glued : null;
    }

    private static boolean parses(List<Word> words) {
        return DateParser.parse(Phrase.join(words)).isPresent();
    }

    // Where the date cell ends: at the text, or before a column set between the date and the text (a
    // cheque number is no part of the date).
    private static float dateLimit(TableColumns columns) {
        float limit = columns.textLeft();
        Column date = columns.date();
        for (Column c : columns.columns()) {
            if (c != date && c.left() > date.right() && c.left() < limit) {
                limit = c.left();
            }
        }
        return limit - 1;
    }

    private static List<Word> leftOf(Line line, float limit) {
        List<Word> out = new ArrayList<>();
        for (Word w : line.words()) {
            if (w.right() <= limit) {
                out.add(w);
            }
        }
        return out;
    }

    private static Line replace(Line line, List<Word> old, List<Word> replacement) {
        List<Word> words = new ArrayList<>(line.words());
        words.removeAll(old);
        words.addAll(0, replacement);
        if (words.isEmpty()) {
            return null;
        }
        words.sort(java.util.Comparator.comparingDouble(Word::x));
        return new Line(line.page(), line.y(), line.height(), words);
    }
}
