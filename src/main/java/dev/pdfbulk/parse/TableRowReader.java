package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of one table of a page, from the line under its header to the line that ends it: a new header, a
 * wide gap, a titled block or prose below, or a line that is no row. Wrapped dates and amounts are stitched, section
 * headings, spanned totals and notes inside the table read as what they are. Stateless and thread-safe.
 */
final class TableRowReader {

    // A gap wider than this many text heights ends a table (footers sit well below the last row).
    private static final float GAP_HEIGHTS = 4f;
    private static final float GAP_PITCHES = 2.6f;

    private TableRowReader() {
    }

    /**
     * Reads the rows of a table without a header row from line {@code from} into {@code fragment}, as under a
     * header (section headings, totals, wrapped lines and the table's end alike); returns the index of the first
     * line not read.
     */
    static int read(List<Line> lines, int from, TableFragment fragment, float pageWidth, CellReading cellReading) {
        return read(lines, from, fragment, null, pageWidth, null, cellReading).index();
    }

    /** Where a table's rows ended, and the header found there if a new table starts at that line. */
    record End(int index, Optional<HeaderDetector.Found> header) {
        End(int index) {
            this(index, Optional.empty());
        }
    }

    /**
     * Reads the rows from line {@code from} into {@code fragment}; {@code before}, when not null, is the
     * previous page's fragment whose last date the first line may complete; {@code groups}, when not null,
     * the groups of a header repeated across the line.
     */
    static End read(List<Line> lines, int from, TableFragment fragment, ColumnGroups groups, float pageWidth,
                    TableFragment before, CellReading cellReading) {
        TablePitches pitches = new TablePitches();
        // The previous page's table, kept for its amounts after a carried date has used it up.
        TableFragment previousPage = before;
        Line previous = from > 0 ? lines.get(from - 1) : null;
        // The table's last line with a date or an amount: text in a smaller type under it may be a note on the rows;
        // not where an earlier row kept such a line as its own text.
        Line rowLine = null;
        boolean smallerText = false;
        // The last line read as a row's wrapped text set from the left margin: a second such line may follow it.
        Line marginWrap = null;
        // Under a title of entries not yet booked: the lines left are no rows.
        boolean notBooked = false;
        int i = from;
        while (i < lines.size()) {
            Line line = lines.get(i);
            Optional<HeaderDetector.Found> header = HeaderDetector.detect(lines, i);
            if (header.isPresent()) {
                return new End(i, header);
            }
            // "April 2025" over the month's rows, each dated: a heading, neither a row nor the title of another block.
            boolean monthHeading = MonthHeading.at(lines, i, fragment.columns(), fragment.lines().isEmpty());
            if (previous != null && !fragment.lines().isEmpty() && (tooFar(previous, line, pitches) || !monthHeading
                    && (TitledBlock.startsAt(lines, i, previous, pitches, fragment.columns(), pageWidth)
                    || ProseBelow.startsAt(lines, i, previous, pitches, fragment.columns(), pageWidth)))) {
                return new End(i);
            }
            if (monthHeading) {
                previous = line;
                i++;
                continue;
            }
            if (!fragment.lines().isEmpty() && PendingTitle.underClosing(line,
                    fragment.lines().get(fragment.lines().size() - 1), fragment.columns())) {
                // "Lançamentos futuros" under the closing "S A L D O": the entries below are not yet booked, read as
                // furniture of the table, outside its balances, to the table's end.
                notBooked = true;
            }
            if (notBooked) {
                fragment.add(TableNote.furniture(line), line);
                previous = line;
                i++;
                continue;
            }
            if (BalanceGridHeader.at(line)) {
                // "Date | Balance | Date | Balance": a grid of daily balances below, no rows of this table.
                return new End(i);
            }
            if (line.isRule()) {
                // A rule typed under the header or between rows is furniture: no row, and not the table's end.
                previous = line;
                i++;
                continue;
            }
            Line reference = rowLine != null ? rowLine : previous;
            if (reference != null && line.farTallerThan(reference)) {
                // "PROVISIONAL COPY" in 40 pt across 8 pt rows: a banner over the table, neither a row nor its text.
                i++;
                continue;
            }
            List<TableLine> grouped = groups == null ? List.of() : groups.rows(line, pageWidth, cellReading);
            if (!grouped.isEmpty()) {
                for (TableLine row : grouped) {
                    fragment.add(row, line);
                }
                if (previous != null) {
                    pitches.add(line.y() - previous.y());
                }
                previous = line;
                i++;
                continue;
            }
            // Before stitching: the orphan would otherwise pair with the next row's date.
            if (before != null && fragment.lines().isEmpty()
                    && CarriedDate.completes(lines, i, fragment.columns(), before, pageWidth, cellReading)) {
                before = null;
                i++;
                continue;
            }
            line = stitchAhead(lines, i, fragment.columns());
            Optional<TableLine> row = LineClassifier.classify(line, fragment.columns(), pageWidth, cellReading);
            if (row.isEmpty() && WholeAmounts.tableReadsWhole(line, fragment, previousPage, lines)) {
                // "2025.06.10.  KÁRTYADÍJ  0" in a table of whole forints: the small fee is one of its amounts, on a
                // dated row only (an undated "Tételek száma: 12" stays no row).
                row = LineClassifier.classify(line, fragment.columns(), pageWidth, cellReading, true)
                        .filter(r -> r.date() != null && r.hasTransactionMoney());
            }
            // The first line under a page's repeated header, the previous page's table ending on a complete row.
            boolean pageTop = row.isEmpty() && fragment.lines().isEmpty() && i == from && previousPage != null
                    && previousPage.endsOnRow();
            boolean underRow = row.isEmpty() && previous != null && (previous == rowLine || previous == marginWrap);
            if (underRow) {
                // "1012 HIGH STREET KINGSTON" from the left margin, set close under its row: the row's wrapped text.
                TableLine wrap = MarginWrap.at(lines, i, previous, fragment.columns(), pageWidth);
                if (wrap != null) {
                    row = Optional.of(wrap);
                    marginWrap = line;
                    underRow = false;
                }
            }
            if (row.isEmpty()) {
                // "Payments and Credits" over the rows it names: the table goes on, the rows learn their kind.
                row = TableSectionHeading.at(lines, i, fragment.columns(), pageWidth, cellReading);
            }
            if (row.isEmpty()) {
                // A daily or page subtotal set across the columns, rows following it: a total row, not the table's end.
                row = SpannedTotal.at(lines, i, fragment.columns(), pageWidth, cellReading);
            }
            if (row.isEmpty()) {
                // A notice set across the columns with dated rows going on below it: a note inside the table.
                row = TableNote.at(lines, i, fragment.columns(), pageWidth, cellReading);
                if (row.isPresent() && TableNote.setAsRowText(lines, i, previous, fragment.columns(), pageWidth)) {
                    fragment.unproven(row.get(), "a line between two rows (page " + line.page() + ": \""
                            + line.text() + "\"), read as a note across the columns, may be a row's description");
                }
            }
            if (row.isEmpty() && PendingTitle.inDateColumn(line, fragment.columns())) {
                // "Pending" where the date goes, an amount beside: an item not yet posted, outside the balances; its
                // wrapped text lines go with it, no posted row's.
                fragment.add(TableNote.furniture(line), line);
                previous = line;
                i++;
                while (i < lines.size() && HeaderDetector.detect(lines, i).isEmpty() && LineClassifier.classify(
                        lines.get(i), fragment.columns(), pageWidth, cellReading).filter(TableLine::isTextOnly).isPresent()) {
                    fragment.add(TableNote.furniture(lines.get(i)), lines.get(i));
                    previous = lines.get(i);
                    i++;
                }
                continue;
            }
            if (row.isEmpty() && i + 1 < lines.size() && RowHeading.titlesACard(line)) {
                if (HeaderDetector.detect(lines, i + 1).isPresent()) {
                    // "Visa-Karte 4871 22** **** 5038" right over a header: the next table's heading, read outside.
                    return new End(i);
                }
                // "Card number 4500 XXXX XXXX 7731   SOPHIE TREMBLAY" over a card member's rows: the table goes on.
                row = Optional.of(TableNote.furniture(line));
            }
            if (row.isEmpty() && previous != null && (!fragment.lines().isEmpty() || pageTop)
                    && OtherColumnLine.at(line, fragment.columns())) {
                // "460722-0948/37" alone under "Reference", close under a row: that cell wrapped apart from the text;
                // under a page's repeated header, the previous page's last row's, split from it by the page break.
                fragment.add(OtherColumnLine.runOn(line), line);
                previous = line;
                i++;
                continue;
            }
            if (row.isEmpty()) {
                // A line that reads as a total from its first word ("TOTAL DEBITS 22,488.76 TOTAL CREDITS 15,420.48",
                // set from the table's left edge across the columns) ends the table as a total, not as a row lost;
                // one that starts with a closing balance label, its amount beside ("Neuer Kontostand in EUR am
                // 30.06.2025 9.492,98", from the date column), or with a balance named by its date ("Balance on 30
                // June 2025 [GMT+02:00]"), ends it as the balance every row above must reach. A
                // forward or other balance row stays a row lost: no amount of its own shows rows missing below it.
                Marker marker = UnreadRow.looksLikeRow(line, fragment.columns(), pageWidth)
                        ? Marker.of(line.text(), false) : Marker.TOTAL;
                if (marker != Marker.TOTAL && (marker != Marker.BALANCE
                        || PrintedLabel.find(line, BalanceLabelWords.CLOSING) == null && !DatedBalances.startsLine(line))) {
                    fragment.endedOnUnreadRow(line);
                }
                if (i == lines.size() - 1) {
                    fragment.cutAt(line);
                }
                return new End(i);
            }
            if (SummaryBelow.startsAt(row.get(), lines, i, fragment.columns(), pageWidth, rowLine != null)) {
                // "SALDO AKHIR : 28,986,954.53" in the text column: a summary below the table, read outside it.
                return new End(i);
            }
            if ((row.get().marker() == Marker.SECTION || row.get().marker() == Marker.FURNITURE)
                    && (underRow && MarginWrap.loose(lines, i, previous, fragment.columns(), pageWidth)
                    || pageTop && MarginWrap.underHeader(lines, i, fragment.columns(), pageWidth))) {
                // Read as a heading or a note, yet set where a row's wrapped text would be, between two rows (under
                // its row, or under the header repeated after the previous page's last row): the text is in doubt.
                fragment.loose(row.get());
            }
            boolean note = rowLine != null && row.get().isTextOnly() && !smallerText
                    && TableNote.smallerType(lines, i, row.get(), rowLine, fragment.columns(), pageWidth);
            fragment.add(note ? TableNote.furniture(line) : row.get(), line);
            if (!note && Overprint.in(line)) {
                // Words set over each other: which cell, so which row's text, each is in, no balance can show.
                fragment.unproven(row.get(), "text printed over text (page " + line.page() + ": \"" + line.text()
                        + "\"): which cell each word is in is not proven");
            }
            // A total's or balance's label is no row's text: run on into a reference column, it loses nothing.
            Word glued = note || row.get().marker() != null ? null
                    : GluedEdge.across(line, fragment.columns(), lines, from);
            if (glued != null) {
                // "PHARMACYREF": the description's last word and the reference's first, set edge to edge.
                fragment.unproven(row.get(), "a word across a column's edge (page " + line.page() + ": \""
                        + glued.text() + "\"): which letters are the description's is not proven");
            }
            if (row.get().date() != null || row.get().hasTransactionMoney()) {
                rowLine = line;
            }
            smallerText |= !note && row.get().isTextOnly() && rowLine != null && line.height() < rowLine.height()
                    && line.height() < TableNote.textType(rowLine, fragment.columns(), pageWidth);
            if (previous != null) {
                pitches.add(line.y() - previous.y());
            }
            previous = line;
            i++;
        }
        return new End(i);
    }

    // Moves fragments of a wrapped date or amount from the next two lines into this one; returns the line.
    private static Line stitchAhead(List<Line> lines, int i, TableColumns columns) {
        for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
            Line[] pair = CellStitcher.stitch(lines.get(i), lines.get(j), columns);
            if (pair[0] != lines.get(i) || pair[1] != lines.get(j)) {
                lines.set(i, pair[0]);
                if (pair[1] == null) {
                    lines.remove(j);
                    j--;
                } else {
                    lines.set(j, pair[1]);
                }
            }
        }
        return lines.get(i);
    }

    private static boolean tooFar(Line previous, Line line, TablePitches pitches) {
        float gap = line.y() - previous.y();
        float limit = GAP_HEIGHTS * Math.max(previous.height(), line.height());
        if (pitches.size() >= 3) {
            limit = Math.max(limit, GAP_PITCHES * pitches.median());
        }
        return gap > limit;
    }

}
