package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Optional;

/**
 * A total line set across the table's columns that no column reads ("Total for 03/05/2025" from the date
 * column into the text, its totals under Debit and Credit): a daily or page subtotal between rows. It is a total
 * row, dropped as any other, when its label reads as a total, every word after the label is an amount lined up
 * with a money column, and a dated row follows it; otherwise it ends the table as before. Stateless.
 */
final class SpannedTotal {

    private SpannedTotal() {
    }

    /** The total row at {@code lines.get(i)}, which the table could not read, or empty when it is none. */
    static Optional<TableLine> at(List<Line> lines, int i, TableColumns columns, float pageWidth, CellReading cellReading) {
        Line line = lines.get(i);
        if (Marker.of(line.text(), false) != Marker.TOTAL) {
            return Optional.empty();
        }
        float em = Math.max(line.height(), 5f);
        List<Word> words = line.words();
        int label = 0;
        while (label < words.size() && !(AmountParser.parse(words.get(label).text()).isPresent()
                && UnreadRow.underMoney(words.get(label), columns, em))) {
            label++;
        }
        if (label == 0 || label == words.size()) {
            return Optional.empty();
        }
        // The amounts alone must read as money cells and nothing else.
        Line amounts = new Line(line.page(), line.y(), line.height(), words.subList(label, words.size()));
        Optional<TableLine> money = LineClassifier.classify(amounts, columns, pageWidth, cellReading);
        if (money.isEmpty() || money.get().money().isEmpty() || money.get().date() != null
                || !money.get().description().isEmpty() || !datedRowFollows(lines, i + 1, columns, pageWidth, cellReading)) {
            return Optional.empty();
        }
        String text = Phrase.join(words, 0, label);
        return Optional.of(new TableLine(line.page(), line.y(), null, text, money.get().money(), Marker.TOTAL, 0));
    }

    // A subtotal between rows is followed by the next dated row (past any rule); one followed by anything else,
    // or by nothing, closes the table.
    private static boolean datedRowFollows(List<Line> lines, int from, TableColumns columns, float pageWidth,
                                           CellReading cellReading) {
        for (int k = from; k < lines.size(); k++) {
            if (!lines.get(k).isRule()) {
                Optional<TableLine> next = LineClassifier.classify(lines.get(k), columns, pageWidth, cellReading);
                return next.isPresent() && next.get().date() != null && next.get().marker() == null;
            }
        }
        return false;
    }
}
