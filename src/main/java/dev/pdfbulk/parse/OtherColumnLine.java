package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.Map;

/**
 * A line whose every word stands in a column that is neither text, date nor money (a reference column), right under
 * the table's rows: that cell wrapped on its own, apart from the description (a long reference run on under its
 * first line, the row's text ended above). No row's text or amount, and not the table's end. Stateless and
 * thread-safe.
 */
final class OtherColumnLine {

    private OtherColumnLine() {
    }

    /** Whether every word of {@code line} stands under a column of kind {@link ColumnKind#OTHER}. */
    static boolean at(Line line, TableColumns columns) {
        if (line.words().isEmpty()) {
            return false;
        }
        float em = Math.max(line.height(), 5f);
        for (Word w : line.words()) {
            Column c = columns.otherAt(w.x(), w.right(), em);
            if (c == null || c.kind() != ColumnKind.OTHER) {
                return false;
            }
        }
        return true;
    }

    /** The line as the table keeps it: no text, no money, the row above's end. */
    static TableLine runOn(Line line) {
        return new TableLine(line.page(), line.y(), null, line.text(), Map.of(), Marker.RUN_ON, 0);
    }
}
