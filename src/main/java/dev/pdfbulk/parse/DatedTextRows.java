package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tables without a date column whose rows print their date as the first word(s) of the text
 * ("01/03 CARD PAYMENT TO TESCO", "12 Mar DIRECT DEBIT", "2025-03-04 SALARY"): the leading date is the row's
 * date and no part of its description. Only a leading date counts ("CARD PAYMENT ON 03 AUG" stays text), and
 * a header naming text and money columns but no date starts such a table only when the rows under it mostly
 * begin with a date. Stateless and thread-safe.
 */
final class DatedTextRows {

    // How many lines under a header are looked at to confirm that its rows begin with dates.
    private static final int LOOK_AHEAD = 60;
    // Marks set between a leading date and the text: a middle dot, a bullet, a bar or a dash.
    private static final Set<String> SEPARATORS = Set.of("\u00b7", "\u2022", "|", "-", "\u2013", "\u2014");

    private DatedTextRows() {
    }

    /**
     * The number of words at the start of {@code words}, the line's first cell, that are the row's date; 0 when
     * the cell does not begin with a date or starts right of the text column (a date set in a money column's place
     * is no row date). A date in a column of its own left of the text, under no header, counts as well.
     */
    static int leadingDate(List<Word> words, TableColumns columns, float em) {
        if (words.get(0).x() > columns.textLeft() + LineClassifier.REACH_EM * em) {
            return 0;
        }
        // A date alone in its cell reads whatever its month word; one running on into the text must plainly be one:
        // "03 OUT OF HOURS" is no 3 October.
        if (words.size() <= LineClassifier.DATE_WORDS && DateParser.parse(Phrase.join(words)).isPresent()) {
            return words.size();
        }
        return DatePrefix.of(words, LineClassifier.DATE_WORDS, true);
    }

    /**
     * Where the row's text starts in {@code words} when a leading date ends at {@code at} (in this cell or the one
     * before): past a lone mark that only parts the date from the text ("03.05.2025 · Standing order", "12 Mar -
     * DIRECT DEBIT", the mark perhaps a cell of its own), which, the date taken out, parts nothing.
     */
    static int textStart(List<Word> words, int at) {
        // A minus that signs the amount after it ("- 12.00" set tight against the date) is no separator.
        boolean mark = at < words.size() && SEPARATORS.contains(words.get(at).text());
        return mark && AmountParser.parse(Phrase.join(words, at, Math.min(at + 2, words.size()))).isEmpty()
                ? at + 1 : at;
    }

    /**
     * Whether the lines from {@code from}, read under {@code columns} (a header without a date column), are a
     * table whose rows begin with dates: up to the first line that cannot belong to it, at least one row with an
     * amount, and at least half as many dated lines as lines with an amount (the others share the date above).
     * A line that is only a date ({@link DayHeading}) dates the undated rows under it.
     */
    static boolean confirmed(List<Line> lines, int from, TableColumns columns) {
        int rows = 0;
        int dated = 0;
        boolean underHeading = false;
        for (int k = from; k < Math.min(lines.size(), from + LOOK_AHEAD); k++) {
            Line line = lines.get(k);
            if (line.isRule()) {
                continue;
            }
            // The page's width only bounds a text column set last; any bound will do for this count.
            Optional<TableLine> row = LineClassifier.classify(line, columns, Float.MAX_VALUE);
            if (row.isEmpty()) {
                break;
            }
            if (row.get().marker() != null) {
                continue;
            }
            if (DayHeading.is(row.get())) {
                // A date alone on its line heads the day's rows below it: they are dated by it.
                underHeading = true;
                continue;
            }
            if (row.get().date() != null || underHeading && row.get().hasTransactionMoney()) {
                dated++;
            }
            if (row.get().hasTransactionMoney()) {
                rows++;
            }
        }
        return rows > 0 && 2 * dated >= rows;
    }
}
