package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A date set under the label heading its cell in a summary grid ("STATEMENT DATE" over "15/10/25", KBank's grid of
 * CARD NUMBER | STATEMENT DATE | PAYMENT DUE DATE | CREDIT LIMIT): on the next line, no further down than a grid's
 * row, starting where the label's cell starts or centred under it. The label must fill its cell: a label with words
 * after it in its cell ("Statement date for ...") heads nothing. Stateless.
 */
final class GridDate {

    // How far down, in text heights, the row under a label may be.
    private static final float ROW_HEIGHTS = 2.5f;

    private GridDate() {
    }

    /** The date on {@code line} under the label {@code labels} finds heading a cell of {@code above}, or null. */
    static RawDate under(Line above, Line line, List<DateMention> mentions, Pattern labels) {
        if (above == null || mentions.isEmpty() || line.page() != above.page()
                || line.y() - above.y() > ROW_HEIGHTS * Math.max(above.height(), line.height())) {
            return null;
        }
        PrintedLabel label = PrintedLabel.find(above, labels);
        if (label == null) {
            return null;
        }
        Phrase cell = cellOf(above, label);
        if (cell == null) {
            return null;
        }
        float tolerance = Math.max(above.height(), line.height());
        List<Word> words = line.words();
        for (DateMention d : mentions) {
            Word first = words.get(d.from());
            Word last = words.get(d.to() - 1);
            float centre = (first.x() + last.right()) / 2;
            if (Math.abs(first.x() - cell.left()) <= tolerance || Math.abs(centre - cell.centre()) <= tolerance) {
                return d.date();
            }
        }
        return null;
    }

    /**
     * The date after a colon starting {@code line}, set between a label's two languages: the label read on the next
     * line (no further down than a grid's row), its cell starting left of the colon ("TARIKH PENYATA" over ":
     * 30/06/25" over "STATEMENT DATE", as Malaysian banks print it, and their account number, {@link
     * LabelledGrid#between}); else null. The colon and the date must be all the line holds.
     */
    static RawDate between(Line line, Line below, List<DateMention> mentions, Pattern labels) {
        List<Word> words = line.words();
        // Cheap test first: the line starts with the colon alone, the date right after it ends the line.
        if (below == null || mentions.size() != 1 || !words.get(0).text().equals(":") || mentions.get(0).from() != 1
                || mentions.get(0).to() != words.size() || below.page() != line.page()
                || below.y() - line.y() > ROW_HEIGHTS * Math.max(line.height(), below.height())) {
            return null;
        }
        PrintedLabel label = PrintedLabel.find(below, labels);
        if (label == null) {
            return null;
        }
        Phrase cell = cellOf(below, label);
        return cell != null && cell.left() < words.get(0).x() ? mentions.get(0).date() : null;
    }

    // The cell of the line the label fills (a colon after it aside), or null where other words share it.
    private static Phrase cellOf(Line line, PrintedLabel label) {
        Word first = line.words().get(label.first());
        for (Phrase cell : Phrase.split(line)) {
            if (cell.words().get(0) != first) {
                continue;
            }
            int n = label.last() - label.first() + 1;
            int size = cell.words().size();
            boolean colon = size == n + 1 && cell.words().get(n).text().equals(":");
            return size == n || colon ? cell : null;
        }
        return null;
    }
}
