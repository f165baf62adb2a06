package dev.pdfbulk.parse;

import java.util.List;
import java.util.Optional;

/**
 * Text set right above the first row of a page that continues a table without repeating its header: a row's wrapped
 * description split by the page break (the rest of the previous page's last row, or the first lines of this page's
 * first row, as the table's rows wrap), not page furniture. It is text only, from the description column, in the
 * rows' type, each line within a line's pitch or two of the one below, and nothing the column is known to hold
 * besides (a label, a section name, a card's title, a heading carried over the break, "(continued)"). Which row it
 * belongs to is for {@link RowAssembler} to decide, as under a repeated header. Stateless and thread-safe.
 */
final class PageTopText {

    // At most this many text heights from the line below: a row's pitch, no gap ("Detail Continued" sits further).
    private static final float PITCH_HEIGHTS = 2.6f;
    // The rows' own type, give or take: a title in a larger type is no wrapped line.
    private static final float SAME_TYPE_LOW = 0.9f;
    private static final float SAME_TYPE_HIGH = 1.12f;
    // A row's wrapped text runs to a few lines; a longer block above the rows is prose.
    private static final int MAX_LINES = 6;

    private PageTopText() {
    }

    /**
     * The index of the first line of the block of wrapped text right above line {@code first}, the page's first
     * dated row, or {@code first} itself when there is none.
     */
    static int start(List<Line> lines, int first, TableColumns columns, float pageWidth, CellReading cellReading) {
        Column text = columns.description();
        if (text == null || first == 0) {
            return first;
        }
        Line row = lines.get(first);
        int from = first;
        while (from > 0 && first - from < MAX_LINES && wrapped(lines.get(from - 1), lines.get(from), row, text,
                columns, pageWidth, cellReading)) {
            from--;
        }
        return from;
    }

    private static boolean wrapped(Line line, Line below, Line row, Column text, TableColumns columns, float pageWidth,
                                   CellReading cellReading) {
        float em = Math.max(line.height(), 5f);
        float gap = below.y() - line.y();
        if (line.words().isEmpty() || gap <= 0 || gap > PITCH_HEIGHTS * Math.max(em, below.height())
                || line.height() < SAME_TYPE_LOW * row.height() || line.height() > SAME_TYPE_HIGH * row.height()
                || line.words().get(0).x() < text.start() - em || MarginWrap.continuedTitle(line.words())) {
            return false;
        }
        Optional<TableLine> t = LineClassifier.classify(line, columns, pageWidth, cellReading);
        return t.isPresent() && t.get().isTextOnly();
    }
}
