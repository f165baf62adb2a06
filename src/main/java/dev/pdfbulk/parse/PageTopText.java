package dev.pdfbulk.parse;

import java.util.ArrayList;
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

    // A title carried over the break stands at most this many text heights above the rest it heads.
    private static final float TITLE_HEIGHTS = 4f;

    private PageTopText() {
    }

    /**
     * The rest of a row alone on a page with no row of its own: its text lines; whether a title carried over the
     * break ("Your transactions (continued)") or the table's header repeated stands right above them, either showing
     * the table goes on there; and whether the block stands apart from the text below it (no line of the page within
     * a row's pitch under it), as the end of a table does, unlike a box's heading over its lines.
     */
    record Rest(List<Line> printed, List<TableLine> lines, boolean titled, boolean headed, boolean apart) {
    }

    /**
     * On a page that continues a table and holds none of its rows, the first block of text lines set as a row's
     * wrapped text (text only, from the description column and ending before the next column, each within a line's
     * pitch or two of the one above, in one type, at most a few), or null, also where any other line of the page reads
     * as a row: the previous page's last row split by the page break; no row on its page may own it.
     */
    static Rest alone(List<Line> lines, TableColumns columns, float pageWidth, CellReading cellReading) {
        Column text = columns.description();
        if (text == null) {
            return null;
        }
        float right = columns.textRight(pageWidth);
        for (int k = 0; k < lines.size(); k++) {
            TableLine first = restLine(lines.get(k), text, right, columns, pageWidth, cellReading);
            if (first == null) {
                continue;
            }
            List<Line> printed = new ArrayList<>(List.of(lines.get(k)));
            List<TableLine> read = new ArrayList<>(List.of(first));
            for (int j = k + 1; j < lines.size() && read.size() < MAX_LINES; j++) {
                Line line = lines.get(j);
                Line above = lines.get(j - 1);
                float em = Math.max(above.height(), 5f);
                TableLine next = line.y() - above.y() <= PITCH_HEIGHTS * em
                        && Math.abs(line.height() - above.height()) <= 0.1f * em
                        ? restLine(line, text, right, columns, pageWidth, cellReading) : null;
                if (next == null) {
                    break;
                }
                printed.add(line);
                read.add(next);
            }
            Line title = k > 0 ? lines.get(k - 1) : null;
            boolean near = title != null && !title.words().isEmpty()
                    && lines.get(k).y() - title.y() <= TITLE_HEIGHTS * Math.max(title.height(), lines.get(k).height());
            boolean titled = near && MarginWrap.continuedTitle(title.words());
            // A header naming no date column is found only over dated rows: repeated over none, it is read here.
            boolean headed = near && HeaderRow.columns(title.words()).filter(columns::sameHeader).isPresent();
            int after = k + printed.size();
            Line last = printed.get(printed.size() - 1);
            boolean apart = after >= lines.size()
                    || lines.get(after).y() - last.y() > PITCH_HEIGHTS * Math.max(last.height(), 5f);
            return rowsBesides(lines, printed, columns, pageWidth, cellReading) ? null
                    : new Rest(printed, read, titled, headed, apart);
        }
        return null;
    }

    /**
     * Whether {@code rest} is surely the rest of {@code open}'s last row, the table ending on a row: under a title
     * carried over the break; or under the table's header repeated, standing alone, where the table's rows are shown
     * to wrap (a line of text only among them): nothing but the page break stands between that row and its rest.
     */
    static boolean endsLastRow(Rest rest, TableFragment open) {
        return open.endsOpen() && (rest.titled()
                || rest.headed() && rest.apart() && open.lines().stream().anyMatch(TableLine::isTextOnly));
    }

    /**
     * Whether the page shows the table goes on where {@code rest} stands, with no title to say so: a line of the
     * page reads as the table's total or balance (a page total, a closing or brought-forward balance), the previous
     * page's table ends on a row's wrapped text (its rows wrap below their date, the last one to the page's end), or
     * on a row with the text standing alone on the page (nothing within a row's pitch under it), where only the
     * row's rest or a line of furniture can stand. A box's heading over its lines or a page number shows none.
     */
    static boolean goesOn(Rest rest, List<Line> lines, TableFragment open, TableColumns columns, float pageWidth,
                          CellReading cellReading) {
        List<TableLine> before = open.lines();
        if (!before.isEmpty() && before.get(before.size() - 1).isTextOnly() || rest.apart() && open.endsOpen()) {
            return true;
        }
        for (Line line : lines) {
            if (!rest.printed().contains(line) && LineClassifier.classify(line, columns, pageWidth, cellReading)
                    .filter(t -> t.marker() == Marker.TOTAL || t.marker() == Marker.BALANCE).isPresent()) {
                return true;
            }
        }
        return false;
    }

    // Whether a line of the page besides the block reads as a row (undated amounts under a day's heading): the page
    // holds rows after all, which the block may be part of.
    private static boolean rowsBesides(List<Line> lines, List<Line> block, TableColumns columns, float pageWidth,
                                       CellReading cellReading) {
        for (Line line : lines) {
            if (!block.contains(line) && LineClassifier.classify(line, columns, pageWidth, cellReading)
                    .filter(t -> t.marker() == null && (t.date() != null || t.hasTransactionMoney())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    // The line read as a row's wrapped text in the description column, or null.
    private static TableLine restLine(Line line, Column text, float right, TableColumns columns, float pageWidth,
                                      CellReading cellReading) {
        if (line.words().isEmpty()) {
            return null;
        }
        float em = Math.max(line.height(), 5f);
        if (line.words().get(0).x() < text.start() - em || line.words().get(line.words().size() - 1).right() > right
                || MarginWrap.continuedTitle(line.words())) {
            return null;
        }
        Optional<TableLine> t = LineClassifier.classify(line, columns, pageWidth, cellReading);
        if (t.isEmpty() || !t.get().isTextOnly() || Marker.sectionDirection(t.get().description()) != 0
                || RowHeading.titlesACardMember(t.get()) || RowHeading.namesACard(t.get())) {
            return null;
        }
        return t.get();
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

    /**
     * The index of the first line of a block of text set as a row's wrapped text right over the table's total lines
     * right above line {@code from} (the page's first row or its wrapped text), or {@code from} itself when there is
     * none. A total closes the rows above it, so such text over it cannot begin a row of this page: it is the rest of
     * the previous page's last row, split by the break, or page furniture set where that rest would stand.
     */
    static int overTotal(List<Line> lines, int from, TableColumns columns, float pageWidth, CellReading cellReading) {
        Column text = columns.description();
        int total = from;
        while (text != null && total > 0 && LineClassifier.classify(lines.get(total - 1), columns, pageWidth,
                cellReading).filter(t -> t.marker() == Marker.TOTAL).isPresent()) {
            total--;
        }
        if (total == from) {
            return from;
        }
        float right = columns.textRight(pageWidth);
        int k = total;
        while (k > 0 && total - k < MAX_LINES
                && lines.get(k).y() - lines.get(k - 1).y() <= PITCH_HEIGHTS * Math.max(lines.get(k).height(), 5f)
                && restLine(lines.get(k - 1), text, right, columns, pageWidth, cellReading) != null) {
            k--;
        }
        return k < total ? k : from;
    }

    /**
     * The index of a balance line (brought forward) right above line {@code from}, the first line of a page's rows,
     * or {@code from} itself when there is none: its one value in the balance column, nothing else of money or date.
     * A page that repeats no header still carries its balance over the break; left outside the table it would be
     * read as the statement's opening. Between it and the rows may stand what the previous page's table left over
     * the break, each line within 2.6 text heights of the next: a reference cell of its last row run on alone
     * ("223038-0385/07" under "Reference") or a section's total (a card's "Total card ending 4821" closing its
     * rows); they are the table's as well, under it.
     */
    static int broughtForward(List<Line> lines, int from, TableColumns columns, float pageWidth,
                              CellReading cellReading) {
        if (from == 0 || columns.description() == null) {
            return from;
        }
        int k = from - 1;
        while (k > 0 && from - k <= MAX_LINES && near(lines.get(k), lines.get(k + 1))
                && leftOver(lines.get(k), columns, pageWidth, cellReading)) {
            k--;
        }
        Line line = lines.get(k);
        if (!near(line, lines.get(k + 1))) {
            return from;
        }
        Optional<TableLine> t = LineClassifier.classify(line, columns, pageWidth, cellReading);
        boolean balance = t.isPresent() && t.get().marker() == Marker.BALANCE && t.get().date() == null
                && t.get().money().size() == 1 && t.get().money().containsKey(ColumnKind.BALANCE);
        return balance ? k : from;
    }

    /** The lines {@link #broughtForward} takes, as the table reads them: the balance, run-ons, totals. */
    static List<TableLine> tableLines(List<Line> lines, TableColumns columns, float pageWidth, CellReading cellReading) {
        List<TableLine> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            out.add(OtherColumnLine.at(line, columns) ? OtherColumnLine.runOn(line)
                    : LineClassifier.classify(line, columns, pageWidth, cellReading).orElseThrow());
        }
        return out;
    }

    // Whether {@code below} stands within a row's pitch or two under {@code line}.
    private static boolean near(Line line, Line below) {
        float gap = below.y() - line.y();
        return gap > 0 && gap <= PITCH_HEIGHTS * Math.max(Math.max(line.height(), below.height()), 5f);
    }

    // A line the previous page's table leaves over the break: a reference cell run on alone, or a total.
    private static boolean leftOver(Line line, TableColumns columns, float pageWidth, CellReading cellReading) {
        return OtherColumnLine.at(line, columns) || LineClassifier.classify(line, columns, pageWidth, cellReading)
                .filter(t -> t.marker() == Marker.TOTAL && t.date() == null).isPresent();
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
