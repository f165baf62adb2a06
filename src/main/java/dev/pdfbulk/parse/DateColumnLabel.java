package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/**
 * A balance label set from the date column across the cells beside it, its amount under the balance
 * ("Số dư đầu kỳ / Opening balance ... 42.815.500" right under Vietcombank's header): the table's opening balance
 * row, not a line that ends the table before its first row. Only an opening (or brought forward) label qualifies; a
 * closing or carried forward one there ends the table as before. Stateless.
 */
final class DateColumnLabel {

    private DateColumnLabel() {
    }

    /**
     * Whether {@code cell}, the first of its line, starts under the date column and reads as an opening balance label
     * ("Opening balance", "Số dư đầu kỳ", "Balance brought forward"), no date before it.
     */
    static boolean opens(Phrase cell, TableColumns columns, float em) {
        Column date = columns.date();
        List<Word> words = cell.words();
        // Cheap tests first: a letter to start, under the date column's cell.
        if (date == null || !Character.isLetter(words.get(0).text().charAt(0)) || cell.left() < date.start() - em
                || cell.left() > date.right() || DatePrefix.of(words, LineClassifier.DATE_WORDS) > 0) {
            return false;
        }
        String text = Phrase.join(words);
        if (Marker.of(text, false) != Marker.BALANCE) {
            return false;
        }
        StringBuilder folded = new StringBuilder();
        for (Word w : words) {
            folded.append(folded.length() == 0 ? "" : " ").append(Folding.fold(w.text()));
        }
        // An opening label only: "Übertrag auf Blatt 2", a carried forward line there, stays a row the table lost.
        return BalanceLabelWords.namesOpeningOnly(folded);
    }
}
