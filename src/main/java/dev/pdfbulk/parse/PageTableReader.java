package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the transaction tables of one page: each header row starts a table, which runs until a line
 * that cannot belong to it, a wide vertical gap, or the next header. Lines outside tables are kept for
 * metadata. Stateless and thread-safe.
 */
final class PageTableReader {

    /** What one page holds: its table fragments and the lines outside them. */
    record Result(List<TableFragment> fragments, List<Line> otherLines) {
    }

    // A gap wider than this many text heights ends a table (footers sit well below the last row).
    private static final float GAP_HEIGHTS = 4f;
    private static final float GAP_PITCHES = 2.6f;

    private PageTableReader() {
    }

    /**
     * @param page      the page's words
     * @param carryOver the last table fragment of the previous page: its columns are used when this page
     *                  repeats no header, and its last date may be completed by the top of this page; may
     *                  be null
     * @param ungrouped whether a money cell like "1703.889" reads as an amount (see {@link TableReading})
     */
    static Result read(PageText page, TableFragment carryOver, boolean ungrouped) {
        List<Line> lines = new ArrayList<>(Line.of(page));
        List<TableFragment> fragments = new ArrayList<>();
        List<Line> other = new ArrayList<>();
        boolean anyHeader = false;
        boolean anyRows = false;
        int i = 0;
        Optional<HeaderDetector.Found> next = Optional.empty();
        while (i < lines.size()) {
            // A table that ended on a header has already found it: detection is the costly part of a line.
            Optional<HeaderDetector.Found> header = next.isPresent() ? next : HeaderDetector.detect(lines, i);
            next = Optional.empty();
            if (header.isEmpty()) {
                other.add(lines.get(i));
                i++;
                continue;
            }
            anyHeader = true;
            if (fragments.isEmpty() && carryOver != null && i > 0) {
                // Rows above the page's first header go on with the previous page's table ("Detail Continued" over
                // the rest of one section, then the next section's header): they are read in its columns.
                Result top = continuation(page, new ArrayList<>(lines.subList(0, i)), carryOver.columns(), ungrouped);
                if (!top.fragments().isEmpty()) {
                    other.clear();
                    other.addAll(top.otherLines());
                    fragments.addAll(top.fragments());
                    anyRows = true;
                }
            }
            int from = i + header.get().linesUsed();
            TableColumns earlier = fragments.isEmpty()
                    ? carryOver == null ? null : carryOver.columns() : fragments.get(fragments.size() - 1).columns();
            // Columns reach as far as their cells do (amounts right of a header, text left of a centred one); a table
            // continued under the same header keeps the reach its columns showed before.
            TableColumns columns = TextEdges.learn(AmountEdges.carried(
                    AmountEdges.learn(header.get().columns(), lines, from), earlier), lines, from, earlier);
            // Columns repeated as groups across the line are tables side by side: each row holds one group's cells.
            ColumnGroups groups = ColumnGroups.of(columns);
            if (groups != null) {
                columns = groups.first();
            }
            float headerY = lines.get(i).y();
            for (int k = i + 1; k < from; k++) {
                headerY = Math.max(headerY, lines.get(k).y());
            }
            if (groups != null && groups.readDownEach()) {
                i = readDownEach(lines, from, groups, page, headerY, anyRows ? null : carryOver, ungrouped,
                        fragments, other);
                anyRows |= fragments.stream().anyMatch(f -> !f.lines().isEmpty());
                continue;
            }
            TableFragment fragment = new TableFragment(page.number(), columns, title(lines, i), headerY);
            if (PendingTitle.above(lines, i)) {
                fragment.markPending();
            }
            End end = readRows(lines, from, fragment, groups, page.width(), anyRows ? null : carryOver, ungrouped);
            i = end.index();
            next = end.header();
            fragments.add(fragment);
            anyRows |= !fragment.lines().isEmpty();
        }
        if (!anyHeader && carryOver != null) {
            return continuation(page, lines, carryOver.columns(), ungrouped);
        }
        return new Result(fragments, other);
    }

    /**
     * Reads a newspaper page: each group of columns is a table of its own, read down before the next group's;
     * returns the index of the first line below all of them. Parts of lines beside or between them that no
     * table took are kept for metadata.
     */
    private static int readDownEach(List<Line> lines, int from, ColumnGroups groups, PageText page, float headerY,
                                    TableFragment carryOver, boolean ungrouped, List<TableFragment> fragments,
                                    List<Line> other) {
        List<List<Line>> parts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        float bottom = Float.NEGATIVE_INFINITY;
        for (int g = 0; g < groups.size(); g++) {
            List<Line> own = new ArrayList<>();
            for (int k = from; k < lines.size(); k++) {
                Line part = groups.part(lines.get(k), g);
                if (part != null) {
                    own.add(part);
                }
            }
            TableFragment fragment = new TableFragment(page.number(), groups.group(g), "", headerY);
            int end = readRows(own, 0, fragment, null, page.width(), g == 0 ? carryOver : null, ungrouped).index();
            fragments.add(fragment);
            parts.add(own);
            ends.add(end);
            if (end > 0) {
                bottom = Math.max(bottom, own.get(end - 1).y());
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            List<Line> own = parts.get(g);
            for (int k = ends.get(g); k < own.size() && own.get(k).y() <= bottom; k++) {
                other.add(own.get(k));
            }
        }
        int next = from;
        while (next < lines.size() && lines.get(next).y() <= bottom) {
            next++;
        }
        return next;
    }

    // A page that continues a table without repeating its header: rows start at the first dated money line.
    private static Result continuation(PageText page, List<Line> lines, TableColumns columns, boolean ungrouped) {
        List<Line> other = new ArrayList<>();
        int start = -1;
        for (int k = 0; k < lines.size() && start < 0; k++) {
            Optional<TableLine> t = LineClassifier.classify(lines.get(k), columns, page.width(), ungrouped);
            if (t.isPresent() && t.get().date() != null && t.get().hasTransactionMoney()) {
                start = k;
            } else {
                other.add(lines.get(k));
            }
        }
        if (start < 0) {
            return new Result(List.of(), other);
        }
        TableFragment fragment = new TableFragment(page.number(), columns, "");
        int end = readRows(lines, start, fragment, null, page.width(), null, ungrouped).index();
        other.addAll(lines.subList(end, lines.size()));
        return new Result(List.of(fragment), other);
    }

    /**
     * Reads the rows of a table without a header row from line {@code from} into {@code fragment}, as under a
     * header (section headings, totals, wrapped lines and the table's end alike); returns the index of the first
     * line not read.
     */
    static int readRows(List<Line> lines, int from, TableFragment fragment, float pageWidth, boolean ungrouped) {
        return readRows(lines, from, fragment, null, pageWidth, null, ungrouped).index();
    }

    /** Where a table's rows ended, and the header found there if a new table starts at that line. */
    private record End(int index, Optional<HeaderDetector.Found> header) {
        End(int index) {
            this(index, Optional.empty());
        }
    }

    /**
     * Reads the rows from line {@code from} into {@code fragment}; {@code before}, when not null, is the
     * previous page's fragment whose last date the first line may complete; {@code groups}, when not null,
     * the groups of a header repeated across the line.
     */
    private static End readRows(List<Line> lines, int from, TableFragment fragment, ColumnGroups groups,
                                float pageWidth, TableFragment before, boolean ungrouped) {
        List<Float> pitches = new ArrayList<>();
        Line previous = from > 0 ? lines.get(from - 1) : null;
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
            if (line.isRule()) {
                // A rule typed under the header or between rows is furniture: no row, and not the table's end.
                previous = line;
                i++;
                continue;
            }
            List<TableLine> grouped = groups == null ? List.of() : groups.rows(line, pageWidth, ungrouped);
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
                    && CarriedDate.completes(lines, i, fragment.columns(), before, pageWidth, ungrouped)) {
                before = null;
                i++;
                continue;
            }
            line = stitchAhead(lines, i, fragment.columns());
            Optional<TableLine> row = LineClassifier.classify(line, fragment.columns(), pageWidth, ungrouped);
            if (row.isEmpty()) {
                // "Payments and Credits" over the rows it names: the table goes on, the rows learn their kind.
                row = TableSectionHeading.at(lines, i, fragment.columns(), pageWidth, ungrouped);
            }
            if (row.isEmpty()) {
                // A daily or page subtotal set across the columns, rows following it: a total row, not the table's end.
                row = SpannedTotal.at(lines, i, fragment.columns(), pageWidth, ungrouped);
            }
            if (row.isEmpty()) {
                // A notice set across the columns with dated rows going on below it: a note inside the table.
                row = TableNote.at(lines, i, fragment.columns(), pageWidth, ungrouped);
            }
            if (row.isEmpty()) {
                // A line that reads as a total from its first word ("TOTAL DEBITS 22,488.76 TOTAL CREDITS 15,420.48",
                // set from the table's left edge across the columns) ends the table as a total, not as a row lost.
                if (UnreadRow.looksLikeRow(line, fragment.columns(), pageWidth)
                        && Marker.of(line.text(), false) != Marker.TOTAL) {
                    fragment.endedOnUnreadRow(line);
                }
                if (i == lines.size() - 1) {
                    fragment.cutAt(line);
                }
                return new End(i);
            }
            fragment.add(row.get(), line);
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

    private static boolean tooFar(Line previous, Line line, List<Float> pitches) {
        float gap = line.y() - previous.y();
        float limit = GAP_HEIGHTS * Math.max(previous.height(), line.height());
        if (pitches.size() >= 3) {
            float[] sorted = new float[pitches.size()];
            for (int k = 0; k < sorted.length; k++) {
                sorted[k] = pitches.get(k);
            }
            Arrays.sort(sorted);
            limit = Math.max(limit, GAP_PITCHES * sorted[sorted.length / 2]);
        }
        return gap > limit;
    }

    private static String title(List<Line> lines, int headerIndex) {
        if (headerIndex == 0) {
            return "";
        }
        Line above = lines.get(headerIndex - 1);
        Line header = lines.get(headerIndex);
        // A title is a short line of words just above the header, not the last row of a table before it, nor
        // cells of a summary grid set apart on one line ("purchases" ... "balance").
        boolean titleLike = above.words().size() <= 6 && above.text().chars().noneMatch(Character::isDigit)
                && Phrase.split(above).size() == 1;
        return titleLike && header.y() - above.y() < 3f * header.height() ? above.text() : "";
    }
}
