package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns a page implies where the statement prints no column header at all (Amex, many UK cards): a run of
 * at least three consecutive lines that each start with a date, go on with text and end with one amount, the
 * amounts' right edges aligned, is a table of DATE | DESCRIPTION | AMOUNT, placed at the dates' left edge, the
 * text's left edge and the amounts' common right edge. Of several runs on a page the longest places the columns.
 * A second date set as a cell of its own between the date and the text ("2025-05-22   2025-05-24   ICA ...") on
 * (nearly) every row of the run is a posting-date column, never the start of the description; on only some of its
 * rows it cannot be told from text, and the run implies no table. Stateless and thread-safe.
 */
final class ImpliedColumns {

    // Fewer lines than this could be any list of dated figures in a letter: three rows make a table's rhythm.
    static final int MIN_RUN = 3;
    // Amounts set right-aligned at one edge end within this many points of each other.
    private static final float ALIGNED = 1f;
    // Of a run's rows, at least this share (in quarters) print a second date cell for it to be a column.
    private static final int SECOND_DATE_QUARTERS = 3;

    private ImpliedColumns() {
    }

    /** The columns the page's longest run of dated text-and-amount lines implies, or null when it has none. */
    static TableColumns of(List<Line> lines) {
        List<Cells> best = List.of();
        List<Cells> run = new ArrayList<>();
        for (Line line : lines) {
            Cells cells = Cells.of(line);
            if (cells == null && wraps(line, run)) {
                continue;
            }
            if (cells == null || !run.isEmpty() && Math.abs(cells.edge() - run.get(0).edge()) > ALIGNED) {
                best = longer(best, run);
                run = new ArrayList<>();
            }
            if (cells != null) {
                run.add(cells);
            }
        }
        best = longer(best, run);
        return best.size() < MIN_RUN ? null : columns(best);
    }

    // A line of a row's wrapped text ("GAS/SERVICE STATION" under "CHEVRON 0209981 PASADENA CA"), set at the text's
    // left edge and ending before the amounts, keeps the run going: rows that wrap are rows all the same.
    private static boolean wraps(Line line, List<Cells> run) {
        if (run.isEmpty() || line.words().isEmpty()) {
            return false;
        }
        Cells last = run.get(run.size() - 1);
        List<Word> words = line.words();
        return Math.abs(words.get(0).x() - last.textLeft()) <= ALIGNED
                && words.get(words.size() - 1).right() < last.amountLeft();
    }

    private static List<Cells> longer(List<Cells> best, List<Cells> run) {
        return run.size() > best.size() ? run : best;
    }

    private static TableColumns columns(List<Cells> run) {
        float dateLeft = Float.MAX_VALUE;
        float dateRight = 0;
        float textLeft = Float.MAX_VALUE;
        float amountLeft = Float.MAX_VALUE;
        float edge = 0;
        float secondLeft = Float.MAX_VALUE;
        float secondRight = 0;
        int seconds = 0;
        for (Cells c : run) {
            if (c.secondRight() < 0) {
                return null;
            }
            dateLeft = Math.min(dateLeft, c.dateLeft());
            dateRight = Math.max(dateRight, c.dateRight());
            textLeft = Math.min(textLeft, c.textLeft());
            amountLeft = Math.min(amountLeft, c.amountLeft());
            edge = Math.max(edge, c.edge());
            if (c.secondRight() > 0) {
                seconds++;
                secondLeft = Math.min(secondLeft, c.textLeft());
                secondRight = Math.max(secondRight, c.secondRight());
            }
        }
        if (seconds > 0 && seconds * 4 < run.size() * SECOND_DATE_QUARTERS) {
            // A date starting the text on only some rows: a date column or the text's own words, no telling which.
            return null;
        }
        if (seconds > 0) {
            // The text starts after the second date: the leftmost text start right of that column.
            textLeft = Float.MAX_VALUE;
            for (Cells c : run) {
                textLeft = Math.min(textLeft, c.secondRight() > 0 ? c.afterSecond() : c.textLeft());
            }
            if (textLeft <= secondRight) {
                return null;
            }
        }
        // The text column reaches to the widest amount's start: descriptions run up to the amounts.
        Column date = new Column(ColumnKind.DATE, dateLeft, dateRight);
        Column text = new Column(ColumnKind.DESCRIPTION, textLeft, Math.max(textLeft, amountLeft - 1));
        Column amount = new Column(ColumnKind.AMOUNT, amountLeft, edge).withValueRight(edge);
        return seconds == 0 ? new TableColumns(List.of(date, text, amount))
                : new TableColumns(List.of(date, new Column(ColumnKind.POSTING_DATE, secondLeft, secondRight), text,
                        amount));
    }

    /** One line read as date, text and one amount: where each starts and where the amount ends. */
    // secondRight: where a second date cell right after the date ends (0: none; -1: a date run on into the text, not
    // to be told from it), the text then starting at
    // afterSecond; textLeft is where the words after the first date start either way.
    private record Cells(float dateLeft, float dateRight, float textLeft, float amountLeft, float edge,
                         float secondRight, float afterSecond) {

        // The line's cells, or null when it is not a date cell, text, and one amount cell last.
        static Cells of(Line line) {
            List<Phrase> phrases = Phrase.split(line);
            if (phrases.size() < 2) {
                return null;
            }
            List<Word> first = phrases.get(0).words();
            int taken = DatePrefix.of(first, LineClassifier.DATE_WORDS);
            if (taken == 0) {
                return null;
            }
            List<Word> last = phrases.get(phrases.size() - 1).words();
            if (AmountParser.parseInMoneyPlace(Phrase.join(last)).isEmpty()) {
                return null;
            }
            // The text: every word between the date and the amount; no other amount among them (that is a balance).
            Word text = null;
            boolean letters = false;
            for (int p = 0; p < phrases.size() - 1; p++) {
                List<Word> words = phrases.get(p).words();
                if (p > 0 && AmountParser.parseInMoneyPlace(Phrase.join(words)).isPresent()) {
                    return null;
                }
                for (int k = p == 0 ? taken : 0; k < words.size(); k++) {
                    text = text == null ? words.get(k) : text;
                    letters |= words.get(k).text().chars().anyMatch(Character::isLetter);
                }
            }
            if (text == null || !letters) {
                return null;
            }
            Word end = last.get(last.size() - 1);
            float secondRight = 0;
            float afterSecond = 0;
            // A second date filling a phrase of its own right after the date's ("2025-05-24" alone between gaps).
            if (taken == first.size() && phrases.size() > 3) {
                List<Word> next = phrases.get(1).words();
                if (DatePrefix.of(next, LineClassifier.DATE_WORDS) == next.size()
                        && Phrase.join(phrases.get(2).words()).chars().anyMatch(Character::isLetter)) {
                    secondRight = next.get(next.size() - 1).right();
                    afterSecond = phrases.get(2).words().get(0).x();
                }
            } else if (taken < first.size() && Character.isDigit(first.get(taken).text().charAt(0))
                    && DatePrefix.of(first.subList(taken, first.size()), LineClassifier.DATE_WORDS) > 0) {
                // A second date run on into the text ("2025-05-22 2025-05-24 ICA ..." set close): a date column
                // or the text's own words, no telling which.
                secondRight = -1;
            }
            return new Cells(first.get(0).x(), first.get(taken - 1).right(), text.x(), last.get(0).x(), end.right(),
                    secondRight, afterSecond);
        }
    }
}
