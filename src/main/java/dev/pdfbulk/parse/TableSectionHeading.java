package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A section heading the table cannot read as a row ("Payments and Credits", "JANE DOE Card ending 1234
 * Transactions"): a short line of words, set from the date column across the text column, right above a dated row
 * of the table. It holds no amount (no number under a money column, none with a decimal mark or a date's), though it
 * may name a card or account by its number. The table goes on under it and its rows learn their kind from it;
 * headings the table reads as text between rows are {@link RowHeading}'s. Stateless and thread-safe.
 */
final class TableSectionHeading {

    private static final int MAX_WORDS = 6;

    private TableSectionHeading() {
    }

    /** The heading row line {@code i} makes, or empty when it is no section heading. */
    static Optional<TableLine> at(List<Line> lines, int i, TableColumns columns, float pageWidth, CellReading cellReading) {
        if (!isHeading(lines, i, columns, pageWidth, cellReading)) {
            return Optional.empty();
        }
        Line line = lines.get(i);
        return Optional.of(new TableLine(line.page(), line.y(), null, line.text(), Map.of(), Marker.SECTION, 0));
    }

    private static boolean isHeading(List<Line> lines, int i, TableColumns columns, float pageWidth,
                                     CellReading cellReading) {
        Line line = lines.get(i);
        // A card member's title may run longer ("Card Member: JOHN A SMITH Card Ending 7-51004", "JOHN SMITH - Card
        // number XXXX XXXX XXXX 1004"): it still heads the member's rows, which would otherwise run on in the section
        // above (a card's credits).
        if (i + 1 >= lines.size() || line.words().size() > MAX_WORDS && !RowHeading.titlesACardMember(line.text())
                && !RowHeading.titlesACard(line) || line.words().get(0).x() >= columns.textLeft()) {
            return false;
        }
        float em = Math.max(line.height(), 5f);
        boolean named = false;
        for (Word w : line.words()) {
            String t = w.text();
            if (t.chars().anyMatch(c -> RegexChars.isDigit((char) c))
                    && (separatesDigits(t) || UnreadRow.underMoney(w, columns, em))) {
                return false;
            }
            named |= t.chars().anyMatch(Character::isLetter);
        }
        if (!named) {
            return false;
        }
        Optional<TableLine> next = LineClassifier.classify(lines.get(i + 1), columns, pageWidth, cellReading);
        if (next.isPresent() && next.get().date() != null && next.get().hasTransactionMoney()
                && next.get().marker() == null) {
            return true;
        }
        // An empty section: its heading over its own total of nothing ("Fees Charged" over "Total Fees Charged for
        // this Period $0.00"), the table going on below it under the next heading or with a dated row.
        return next.isPresent() && next.get().marker() == Marker.TOTAL && nil(next.get()) && i + 2 < lines.size()
                && (isHeading(lines, i + 2, columns, pageWidth, cellReading) || datedRow(lines.get(i + 2), columns,
                pageWidth, cellReading));
    }

    // A line with a date and money of the table: a row.
    private static boolean datedRow(Line line, TableColumns columns, float pageWidth, CellReading cellReading) {
        Optional<TableLine> row = LineClassifier.classify(line, columns, pageWidth, cellReading);
        return row.isPresent() && row.get().date() != null && row.get().hasTransactionMoney()
                && row.get().marker() == null;
    }

    // Every amount on the line is zero.
    static boolean nil(TableLine line) {
        return !line.money().isEmpty() && line.money().values().stream().allMatch(a -> a.magnitude().signum() == 0);
    }

    // "12.50", "1,234", "31/05", "10:42": a mark between two digits makes an amount, a date or a time.
    private static boolean separatesDigits(String t) {
        for (int k = 1; k + 1 < t.length(); k++) {
            if (".,'\u2019/:".indexOf(t.charAt(k)) >= 0 && RegexChars.isDigit(t.charAt(k - 1))
                    && RegexChars.isDigit(t.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }
}
