package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One table line as {@link LineClassifier} reads it phrase by phrase: what the phrases read so far left (the date,
 * the amounts, the text of each text column) and the parts each phrase runs, a method per role (its date cell, its
 * amounts, its text cells). Parted so the JIT compiles each part on its own, and a part a line seldom runs (the date
 * cell once a line has its date) stays out of the others' compiled code (docs/performance.md, item 24). Not
 * thread-safe: one per line.
 */
final class LineCells {

    /** {@link #readDate}: the phrase goes on to its amounts and text. */
    static final int GO_ON = 0;
    /** {@link #readDate}: the phrase is no cell of the row (a time or code under the date): the next one. */
    static final int SKIP = 1;
    /** {@link #readDate}: the line is none of the table's. */
    static final int NONE = 2;

    final TableColumns columns;
    final List<TableColumns.TextArea> areas;
    final float em;
    private final CellReading cellReading;
    private final boolean wholeRow;

    RawDate date;
    // The posting date beside a transaction date column: the row's date only when the transaction date is blank.
    RawDate posted;
    // One text per text column: a row's description joins them cell by cell, left to right.
    final StringBuilder[] texts;
    boolean anyText;
    final Map<ColumnKind, Amount> money = new EnumMap<>(ColumnKind.class);
    final SignWords signs = new SignWords();
    // Words right after the row's date, until something else: a time of day there belongs to the date's cell.
    boolean afterDate;
    // The amount that ended the cell before, with its column: a Soll/Haben letter set apart may sign it.
    SollHaben.Cell lastAmount;
    // Whether the previous cell was a leading date alone: a separator may start this one.
    boolean dateCell;
    // The first and last words of text, the last one's place among the line's words: where the text ends.
    Word firstText;
    Word lastText;
    int lastTextAt = -1;
    // The words of the phrase at hand still to read: [from, to).
    int from;
    int to;

    LineCells(TableColumns columns, List<TableColumns.TextArea> areas, float em, CellReading cellReading,
              boolean wholeRow) {
        this.columns = columns;
        this.areas = areas;
        this.em = em;
        this.cellReading = cellReading;
        this.wholeRow = wholeRow;
        this.texts = new StringBuilder[areas.size()];
    }

    /** Starts a phrase of {@code words}: all of them still to read, after a date cell's separator. */
    void start(List<Word> words) {
        from = dateCell ? DatedTextRows.textStart(words, 0) : 0;
        dateCell = false;
        to = words.size();
    }

    /**
     * Reads the row's date from the phrase while the row has none: {@link #GO_ON}, {@link #SKIP} or {@link #NONE}.
     * {@code more}: a phrase follows this one.
     */
    int readDate(List<Word> words, boolean more) {
        boolean leading = !anyText && money.isEmpty();
        if (columns.date() == null) {
            // No date column: the row's date, if any, is the first word(s) of its text.
            int taken = leading ? DatedTextRows.leadingDate(words, columns, em) : 0;
            if (taken > 0) {
                date = DateParser.parse(Phrase.join(words, 0, taken)).orElseThrow();
                from = DatedTextRows.textStart(words, taken);
                dateCell = taken == words.size();
            }
            return GO_ON;
        }
        // The date column may come anywhere: first, between the text and the amounts, or last.
        int taken = DatePrefix.of(words, LineClassifier.DATE_WORDS);
        if (taken == 0) {
            taken = DayMonthCell.words(words, columns, money.keySet(), em);
        }
        if (taken == 0 && leading && DateCells.isTimeUnderDate(words, columns, em)) {
            // "22:04" alone under the row's date ("03.06.2024" above it): the time it was made, no text of it.
            return SKIP;
        }
        if (taken == 0 && leading && DateCells.isCodeUnderDate(words, more, columns, em)) {
            // "365121" alone under the row's date, its text beside: the row's authorisation code, no text.
            return SKIP;
        }
        if (taken == 0 && leading && DateCells.isValueDateCell(words, columns, em)) {
            // "Wertstellung 01.06.2025" under the row's date: its value date, no text of it.
            return SKIP;
        }
        if (taken > 0 && DateCells.underDateColumn(words, 0, taken, columns, leading, em)) {
            if (DateCells.yearRunsOn(words, taken, columns)) {
                return NONE;
            }
            date = DateParser.parseInDateColumn(Phrase.join(words, 0, taken)).orElseThrow();
            from = taken;
            afterDate = true;
        } else if (taken == 0 && leading && (taken = DayHeading.weekdayBefore(words)) > 0
                && DateCells.underDateColumn(words, 0, taken, columns, true, em)) {
            // "Mon 06/02/2025" in the date cell: the weekday is no text of the row.
            date = DateParser.parseInDateColumn(Phrase.join(words, 1, taken)).orElseThrow();
            from = taken;
            afterDate = true;
        } else if (taken > 0 && posted == null && DateCells.underPostingColumn(words, taken, columns, em)) {
            posted = DateParser.parseInDateColumn(Phrase.join(words, 0, taken)).orElseThrow();
            from = taken;
        } else if ((taken = DateCells.dateSuffix(words)) > 0
                && DateCells.underDateColumn(words, to - taken, to, columns, false, em)) {
            // A date column set tight after the balance shares its cell ("15 230.10 01/02/2025").
            date = DateParser.parse(Phrase.join(words, to - taken, to)).orElseThrow();
            to -= taken;
        }
        return GO_ON;
    }

    /** Right after the row's date: a second date beside it and a time of day belong to its cell, not the text. */
    void passDateCell(List<Word> words) {
        // "05.06 / 06.06" under "Date / Valeur": the value date after a slash is the date cell's too, under a value
        // date column of its own or none.
        if (from + 1 < to && DateCells.isDateSeparator(words.get(from).text())
                && DateCells.isDateBeside(words.get(from + 1), areas, em, true)) {
            from += 2;
        } else if (from < to && DateCells.isDateBeside(words.get(from), areas, em)
                && columns.otherAt(words.get(from).x(), words.get(from).right(), em) == null) {
            from++;
        }
        // "2025-05-01 10:36": the time the transaction was made, printed in or beside the date cell, is no text.
        for (int time; from < to && (time = TimeOfDay.startsAt(words, from)) > 0; ) {
            from += time;
        }
        afterDate = from == to;
    }

    /** Reads the amounts that end the phrase; {@code right}: where the phrase ends. */
    void readAmounts(List<Word> words, float right) {
        // Several amounts may share a cell when columns are set tight ("962.80 (1,816.00)").
        int before;
        ColumnKind[] placed = new ColumnKind[1];
        lastAmount = null;
        do {
            before = to;
            to = AmountCells.take(words, from, to, columns, money, em, cellReading, wholeRow, placed);
            if (to != before) {
                // "Q 669.24": a one-letter local sign a space before the amount, in its cell, is its sign.
                to = LoneSigns.take(words, from, to, placed[0], money, areas, em);
            }
            if (before == words.size() && to != before) {
                lastAmount = new SollHaben.Cell(placed[0], Phrase.join(words, to, before), right);
            }
        } while (to != before && to > from);
    }

    /**
     * Reads the phrase's words left before its amounts into the text cells and the sign columns; false when a word
     * lies under no column (the line is none of the table's). {@code wordsBefore}: the line's words before the phrase.
     */
    boolean readText(List<Word> words, int wordsBefore) {
        // Word by word: a narrow gap may join a cheque number to the description it precedes.
        float cellLeft = Float.NaN;
        // The text area the cell's previous word was read in (-1: none), and the one its text ran on past.
        int previousArea = -1;
        int overrun = -1;
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            int area = overrun >= 0 ? overrun : TableColumns.textArea(areas, w.x(), w.right(), em);
            // Text that runs on past its text area, word after word of its cell, is still the description:
            // once a word of the cell started inside the area and ended beyond it, the rest follows it.
            if (area < 0 && i > from && previousArea >= 0 && w.x() < areas.get(previousArea).right()
                    && w.x() >= areas.get(previousArea).left()) {
                area = previousArea;
                overrun = previousArea;
            }
            if (area < 0 && i == from) {
                // A long word from the text's left edge running past its area is text, not a cell beyond.
                area = TableColumns.runsOnFrom(areas, w.x(), w.right(), em);
            }
            previousArea = area;
            if (area >= 0) {
                if (texts[area] == null) {
                    texts[area] = new StringBuilder();
                } else {
                    texts[area].append(' ');
                }
                texts[area].append(w.text());
                anyText = true;
                firstText = firstText == null ? w : firstText;
                lastText = w;
                lastTextAt = wordsBefore + i;
                cellLeft = Float.NaN;
                continue;
            }
            // A cell of several words ("SEPA CT") lines up with its column as a whole, not word by word.
            cellLeft = Float.isNaN(cellLeft) ? w.x() : cellLeft;
            if (!readOther(w, cellLeft)) {
                return false;
            }
        }
        return true;
    }

    // A word outside the text columns: a sign or reference column's, or (false) no column's.
    private boolean readOther(Word w, float cellLeft) {
        Column other = columns.otherAt(w.x(), w.right(), em);
        if (other == null) {
            other = columns.otherAt(cellLeft, w.right(), em);
        }
        if (other == null) {
            other = OtherCellRunOn.column(signs.lastColumn(), w, columns);
        }
        // A posting or value date cell holds a date, as the row's date cell does: words there that are
        // part of none (a footer set from the left margin) make the line none of the table's, never text lost.
        if (other == null || DateCells.isOtherDate(other.kind()) && !DateCells.partOfDate(w.text())) {
            return false;
        }
        signs.add(other, w);
        return true;
    }

    /**
     * "537.60 | Dr": the cell of a sign column right after the balance column marks the balance. A CR or DR set apart
     * after the amount before, under no column of its own ("329,000.00  DB"), marks that amount.
     */
    boolean signsLastAmount(Phrase phrase) {
        return TableColumns.textArea(areas, phrase.left(), phrase.right(), em) < 0
                && (lastAmount.signedBy(phrase, money, em)
                || BalanceSignColumn.signs(lastAmount, phrase, columns, money, em)
                || columns.otherAt(phrase.left(), phrase.right(), em) == null
                        && lastAmount.markedBy(phrase, money, em));
    }
}
