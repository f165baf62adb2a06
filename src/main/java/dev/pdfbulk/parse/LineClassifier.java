package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a table line into date, description and amounts by the x-position of its words under the
 * table's column headers. Stateless and thread-safe.
 */
final class LineClassifier {

    // How far, in text heights, a value may sit from the column it is read under.
    static final float REACH_EM = 3f;
    // The most words a date takes: "31 de marzo de 2025".
    static final int DATE_WORDS = 5;

    private LineClassifier() {
    }

    /** The line's cells, or empty when the line cannot belong to the table (text across money columns). */
    static Optional<TableLine> classify(Line line, TableColumns columns, float pageWidth) {
        return classify(line, columns, pageWidth, CellReading.AS_PRINTED);
    }

    /** Like {@link #classify(Line, TableColumns, float)}; {@code cellReading}: how a money cell reads ({@link CellReading}). */
    static Optional<TableLine> classify(Line line, TableColumns columns, float pageWidth, CellReading cellReading) {
        return classify(line, columns, pageWidth, cellReading, false);
    }

    /**
     * Like {@link #classify(Line, TableColumns, float, CellReading)}; {@code wholeTable}: the table's amounts are whole
     * ({@link WholeAmounts#tableReadsWhole}), so a plain "5" or "0" under a money column is one of them.
     */
    static Optional<TableLine> classify(Line line, TableColumns columns, float pageWidth, CellReading cellReading,
                                        boolean wholeTable) {
        float em = Math.max(line.height(), 5f);
        // "Thursday, 1 May 2025" alone on its line, left of the money: the date of the day's undated rows below.
        RawDate heading = DayHeading.weekdayDate(line.words());
        if (heading != null && line.words().get(0).x() < columns.moneyLeft()) {
            return Optional.of(new TableLine(line.page(), line.y(), heading, "", Map.of(), null, 0));
        }
        List<TableColumns.TextArea> areas = columns.textAreas(pageWidth);
        RawDate date = null;
        // The posting date beside a transaction date column: the row's date only when the transaction date is blank.
        RawDate posted = null;
        // One text per text column: a row's description joins them cell by cell, left to right.
        StringBuilder[] texts = new StringBuilder[areas.size()];
        boolean anyText = false;
        Map<ColumnKind, Amount> money = new EnumMap<>(ColumnKind.class);
        SignWords signs = new SignWords();
        // Words right after the row's date, until something else: a time of day there belongs to the date's cell.
        boolean afterDate = false;
        // The amount that ended the cell before, with its column: a Soll/Haben letter set apart may sign it.
        SollHaben.Cell lastAmount = null;
        // Whether the previous cell was a leading date alone: a separator may start this one.
        boolean dateCell = false;
        // Money columns whose cell the line prints empty ("-", "blank"): no amount of the line may land there too.
        List<ColumnKind> emptied = null;
        // An opening balance label set from the date column ({@link DateColumnLabel}): the row's whole text.
        String label = null;
        List<Phrase> phrases = Phrase.split(line);
        // The first and last words of text, the last one's place among the line's words: where the text ends.
        Word firstText = null;
        Word lastText = null;
        int lastTextAt = -1;
        int phraseStart = 0;
        boolean wholeRow = wholeTable ? WholeAmounts.noDecimals(phrases, columns.moneyLeft())
                : WholeAmounts.rowReadsWhole(phrases, columns.moneyLeft());
        // Index ranges over one list, not sub-lists: one list type keeps the JIT's compiled code stable.
        for (int k = 0; k < phrases.size(); k++) {
            Phrase phrase = phrases.get(k);
            List<Word> words = phrase.words();
            int wordsBefore = phraseStart;
            phraseStart += words.size();
            // "-" under a reference column is that cell printed empty: no text of the row.
            if (MarkCells.isEmptyReference(phrase, columns, em)) {
                continue;
            }
            // "##" set apart after a description marks the row from a column with no header: no text of it.
            if (anyText && MarkCells.isMark(phrases, k, areas, em)) {
                continue;
            }
            // "EUR" alone before the amount, under no header of its own (a currency column left unheaded), is its unit.
            if (MarkCells.isUnitOfNext(phrases, k, areas, em)) {
                continue;
            }
            // "537.60 | Dr": the cell of a sign column right after the balance column marks the balance. A CR or DR
            // set apart after an amount, under no column of its own ("329,000.00  DB"), marks that amount.
            if (lastAmount != null && TableColumns.textArea(areas, phrase.left(), phrase.right(), em) < 0
                    && (lastAmount.signedBy(phrase, money, em)
                    || BalanceSignColumn.signs(lastAmount, phrase, columns, money, em)
                    || columns.otherAt(phrase.left(), phrase.right(), em) == null
                            && lastAmount.markedBy(phrase, money, em))) {
                lastAmount = null;
                continue;
            }
            // "blank" or "-" alone under a money column, apart from the text: that amount cell printed empty.
            Column empty = words.size() == 1 && words.get(0).text().length() <= 5
                    ? MarkCells.emptyMoneyCell(phrase, columns, areas, em) : null;
            if (empty != null) {
                emptied = emptied == null ? new ArrayList<>(2) : emptied;
                emptied.add(empty.kind());
                continue;
            }
            if (k == 0 && date == null && DateColumnLabel.opens(phrase, columns, em)) {
                label = Phrase.join(words);
                continue;
            }
            int from = dateCell ? DatedTextRows.textStart(words, 0) : 0;
            dateCell = false;
            int to = words.size();
            boolean leading = !anyText && money.isEmpty();
            if (date == null && columns.date() == null) {
                // No date column: the row's date, if any, is the first word(s) of its text.
                int taken = leading ? DatedTextRows.leadingDate(words, columns, em) : 0;
                if (taken > 0) {
                    date = DateParser.parse(Phrase.join(words, 0, taken)).orElseThrow();
                    from = DatedTextRows.textStart(words, taken);
                    dateCell = taken == words.size();
                }
            } else if (date == null) {
                // The date column may come anywhere: first, between the text and the amounts, or last.
                int taken = DatePrefix.of(words, DATE_WORDS);
                if (taken == 0) {
                    taken = DayMonthCell.words(words, columns, money.keySet(), em);
                }
                if (taken == 0 && leading && DateCells.isTimeUnderDate(words, columns, em)) {
                    // "22:04" alone under the row's date ("03.06.2024" above it): the time it was made, no text of it.
                    continue;
                }
                if (taken == 0 && leading && DateCells.isCodeUnderDate(words, k + 1 < phrases.size(), columns, em)) {
                    // "365121" alone under the row's date, its text beside: the row's authorisation code, no text.
                    continue;
                }
                if (taken == 0 && leading && DateCells.isValueDateCell(words, columns, em)) {
                    // "Wertstellung 01.06.2025" under the row's date: its value date, no text of it.
                    continue;
                }
                if (taken > 0 && DateCells.underDateColumn(words, 0, taken, columns, leading, em)) {
                    if (DateCells.yearRunsOn(words, taken, columns)) {
                        return Optional.empty();
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
            }
            if (afterDate && from < to && DateCells.isDateBeside(words.get(from), areas, em)
                    && columns.otherAt(words.get(from).x(), words.get(from).right(), em) == null) {
                from++;
            }
            // "2025-05-01 10:36": the time the transaction was made, printed in or beside the date cell, is no text.
            for (int time; afterDate && from < to && (time = TimeOfDay.startsAt(words, from)) > 0; ) {
                from += time;
            }
            afterDate &= from == to;
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
                    lastAmount = new SollHaben.Cell(placed[0], Phrase.join(words, to, before), phrase.right());
                }
            } while (to != before && to > from);
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
                    return Optional.empty();
                }
                signs.add(other, w);
            }
        }
        if (emptied != null) {
            for (ColumnKind k : emptied) {
                if (money.containsKey(k)) {
                    return Optional.empty();
                }
            }
        }
        FeeCells.addToDebit(money);
        // US cards print interest and fees with the posting date only: that is the row's date then.
        date = date == null ? posted : date;
        List<String> cells = new ArrayList<>(texts.length);
        for (StringBuilder t : texts) {
            // "/" alone in one of several text cells marks it empty (WeChat Pay's 商品 of a transfer): no text.
            boolean empty = t == null || texts.length > 1 && t.length() == 1 && t.charAt(0) == '/';
            cells.add(empty ? "" : t.toString());
        }
        if (label != null && (date != null || money.isEmpty() || anyText)) {
            return Optional.empty();
        }
        String description = label != null ? label : TableLine.joined(cells);
        Marker marker = description.isEmpty() ? null : Marker.of(description, date != null);
        if (marker == Marker.BALANCE && money.isEmpty() && Marker.isCarryWordAlone(description)) {
            // "TAXI" over "TRANSPORT": a carry word alone with no amount is a description's wrapped line.
            marker = null;
        } else if (marker == null && date == null && !money.isEmpty() && AvailableFunds.names(description)) {
            marker = Marker.FURNITURE;
        } else if (marker == null && date == null && !money.isEmpty() && DateCells.datesAtMost(description) && signs.namesBalance()) {
            // No text but a balance label under another column ("Statement balance" under "Category"), maybe its day
            // run on into the description's ("Neuer Saldo per" under "Vorgang", "30.06.2025" under "Buchungstext"):
            // a balance.
            marker = Marker.BALANCE;
        } else if (marker == null && !money.isEmpty() && signs.neither()) {
            // A wallet's "不计收支" row: printed with its amount, counted neither in nor out.
            marker = Marker.FURNITURE;
        }
        if (date == null && money.isEmpty() && description.isEmpty()) {
            return Optional.empty();
        }
        TableLine.Fit fit = lastText != null && label == null && areas.size() == 1
                ? TableLine.Fit.of(line.words(), firstText, lastText, lastTextAt, areas.get(0).right()) : null;
        return Optional.of(new TableLine(line.page(), line.y(), date, description, cells, money, marker,
                signs.direction(), fit));
    }
}
