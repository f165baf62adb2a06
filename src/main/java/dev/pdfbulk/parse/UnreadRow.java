package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/**
 * Tells a row the table could not read from a footer. A line that ends a table unread is a footer when its text
 * runs across the money columns; but a line with words in the description column and a number lined up with a
 * money column ("PROFIT CREDITED 0.842 1,082.523" with 0.842 not understood) is a row of the table: it held a
 * transaction, and balances read above it prove nothing of it. Stateless.
 */
final class UnreadRow {

    private UnreadRow() {
    }

    /** True when {@code line}, which the table could not read, has a description and a number under a money column. */
    static boolean looksLikeRow(Line line, TableColumns columns, float pageWidth) {
        float em = Math.max(line.height(), 5f);
        List<TableColumns.TextArea> areas = columns.textAreas(pageWidth);
        boolean text = false;
        boolean number = false;
        for (Word w : line.words()) {
            if (TableColumns.textArea(areas, w.x(), w.right(), em) >= 0) {
                text |= w.text().chars().anyMatch(Character::isLetter);
            } else if (isNumber(w.text()) && underMoney(w, columns, em)) {
                number = true;
            }
        }
        return text && number;
    }

    // Digits with a separator between them ("0.842", "1,082.523", "(12,50)"), nothing else: no date, no percentage.
    private static boolean isNumber(String s) {
        boolean separated = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == ',') && i > 0 && i + 1 < s.length() && RegexChars.isDigit(s.charAt(i - 1))
                    && RegexChars.isDigit(s.charAt(i + 1))) {
                separated = true;
            } else if (!RegexChars.isDigit(c) && "-+()'\u2212\u2019".indexOf(c) < 0) {
                return false;
            }
        }
        return separated && DateParser.parse(s).isEmpty();
    }

    /** True when the word lines up with a money column, within the reach an amount has. */
    static boolean underMoney(Word w, TableColumns columns, float em) {
        for (Column c : columns.money()) {
            if (c.misalignment(w.x(), w.right()) <= LineClassifier.REACH_EM * em) {
                return true;
            }
        }
        return AmountEdges.columnOf(columns, w.x(), w.right(), em, java.util.Set.of()) != null;
    }
}
