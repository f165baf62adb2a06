package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
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
        List<Phrase> phrases = Phrase.split(line);
        boolean wholeRow = wholeTable ? WholeAmounts.noDecimals(phrases, columns.moneyLeft())
                : WholeAmounts.rowReadsWhole(phrases, columns.moneyLeft());
        LineCells row = new LineCells(columns, areas, em, cellReading, wholeRow);
        // Money columns whose cell the line prints empty ("-", "blank"): no amount of the line may land there too.
        List<ColumnKind> emptied = null;
        // An opening balance label set from the date column ({@link DateColumnLabel}): the row's whole text.
        String label = null;
        int phraseStart = 0;
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
            if (row.anyText && MarkCells.isMark(phrases, k, areas, em)) {
                continue;
            }
            // "EUR" alone before the amount, under no header of its own (a currency column left unheaded), is its unit.
            if (MarkCells.isUnitOfNext(phrases, k, areas, em)) {
                continue;
            }
            // A sign set apart after an amount ("537.60 | Dr", "329,000.00  DB") marks that amount.
            if (row.lastAmount != null && row.signsLastAmount(phrase)) {
                row.lastAmount = null;
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
            if (k == 0 && row.date == null && DateColumnLabel.opens(phrase, columns, em)) {
                label = Phrase.join(words);
                continue;
            }
            row.start(words);
            if (row.date == null) {
                int read = row.readDate(words, k + 1 < phrases.size());
                if (read == LineCells.SKIP) {
                    continue;
                }
                if (read == LineCells.NONE) {
                    return Optional.empty();
                }
            }
            if (row.afterDate) {
                row.passDateCell(words);
            }
            row.readAmounts(words, phrase.right());
            if (!row.readText(words, wordsBefore)) {
                return Optional.empty();
            }
        }
        Map<ColumnKind, Amount> money = row.money;
        if (emptied != null) {
            for (ColumnKind k : emptied) {
                if (money.containsKey(k)) {
                    return Optional.empty();
                }
            }
        }
        FeeCells.addToDebit(money);
        // US cards print interest and fees with the posting date only: that is the row's date then.
        RawDate date = row.date == null ? row.posted : row.date;
        StringBuilder[] texts = row.texts;
        List<String> cells = new ArrayList<>(texts.length);
        for (StringBuilder t : texts) {
            // "/" alone in one of several text cells marks it empty (WeChat Pay's 商品 of a transfer): no text.
            boolean empty = t == null || texts.length > 1 && t.length() == 1 && t.charAt(0) == '/';
            cells.add(empty ? "" : t.toString());
        }
        if (label != null && (date != null || money.isEmpty() || row.anyText)) {
            return Optional.empty();
        }
        String description = label != null ? label : TableLine.joined(cells);
        Marker marker = marker(description, date, money, row.signs);
        if (date == null && money.isEmpty() && description.isEmpty()) {
            return Optional.empty();
        }
        TableLine.Fit fit = row.lastText != null && label == null && areas.size() == 1
                ? TableLine.Fit.of(line.words(), row.firstText, row.lastText, row.lastTextAt, areas.get(0).right())
                : null;
        return Optional.of(new TableLine(line.page(), line.y(), date, description, cells, money, marker,
                row.signs.direction(), fit));
    }

    // What the row is (a balance, furniture), by its text and, where that says nothing, its amounts and sign cells.
    private static Marker marker(String description, RawDate date, Map<ColumnKind, Amount> money, SignWords signs) {
        Marker marker = description.isEmpty() ? null : Marker.of(description, date != null);
        if (marker == Marker.BALANCE && money.isEmpty() && Marker.isCarryWordAlone(description)) {
            // "TAXI" over "TRANSPORT": a carry word alone with no amount is a description's wrapped line.
            return null;
        } else if (marker == null && date == null && !money.isEmpty() && AvailableFunds.names(description)) {
            return Marker.FURNITURE;
        } else if (marker == null && date == null && !money.isEmpty() && DateCells.datesAtMost(description)
                && signs.namesBalance()) {
            // No text but a balance label under another column ("Statement balance" under "Category"), maybe its day
            // run on into the description's ("Neuer Saldo per" under "Vorgang", "30.06.2025" under "Buchungstext"):
            // a balance.
            return Marker.BALANCE;
        } else if (marker == null && !money.isEmpty() && signs.neither()) {
            // A wallet's "不计收支" row: printed with its amount, counted neither in nor out.
            return Marker.FURNITURE;
        }
        return marker;
    }
}
