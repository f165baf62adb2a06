package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/**
 * A line that is only a month and its year ("April 2025", "MAY 2025") set between the rows of a table, left of its
 * money columns: it heads the month's rows, which print their own dates, so it is no row, no description and not the
 * table's end. Stateless and thread-safe.
 */
final class MonthHeading {

    // A heading in the text column is set this much nearer the line below than the line above, or more.
    private static final float NEARER_BELOW = 1.2f;

    private MonthHeading() {
    }

    /**
     * Whether line {@code i} is a month heading of the table with these columns; {@code firstLine}: no row of the
     * table is above it, so it cannot be a row's wrapped text.
     */
    static boolean at(List<Line> lines, int i, TableColumns columns, boolean firstLine) {
        Line line = lines.get(i);
        List<Word> words = line.words();
        if (words.size() != 2 || MonthNames.month(words.get(0).text()) == null || !isYear(words.get(1).text())
                || words.get(1).right() >= columns.moneyLeft()) {
            return false;
        }
        if (firstLine || columns.date() != null && words.get(0).x() < columns.textLeft()) {
            return true;
        }
        // In the text column a month and year may be a description's last line ("SALARY" over "May 2025"), set as
        // close under its row as the row's other lines; a heading stands apart from the row above, near the one below.
        return i > 0 && i + 1 < lines.size() && lines.get(i + 1).page() == line.page()
                && line.y() - lines.get(i - 1).y() > NEARER_BELOW * (lines.get(i + 1).y() - line.y());
    }

    private static boolean isYear(String text) {
        return text.length() == 4 && (text.startsWith("19") || text.startsWith("20"))
                && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
