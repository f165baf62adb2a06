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
     * @param carryOver columns of a table left open on the previous page, used when this page repeats no
     *                  header; may be null
     */
    static Result read(PageText page, TableColumns carryOver) {
        List<Line> lines = new ArrayList<>(Line.of(page));
        List<TableFragment> fragments = new ArrayList<>();
        List<Line> other = new ArrayList<>();
        boolean anyHeader = false;
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
            TableFragment fragment = new TableFragment(page.number(), header.get().columns(), title(lines, i));
            End end = readRows(lines, i + header.get().linesUsed(), fragment, page.width());
            i = end.index();
            next = end.header();
            fragments.add(fragment);
        }
        if (!anyHeader && carryOver != null) {
            return continuation(page, lines, carryOver);
        }
        return new Result(fragments, other);
    }

    // A page that continues a table without repeating its header: rows start at the first dated money line.
    private static Result continuation(PageText page, List<Line> lines, TableColumns columns) {
        List<Line> other = new ArrayList<>();
        int start = -1;
        for (int k = 0; k < lines.size() && start < 0; k++) {
            Optional<TableLine> t = LineClassifier.classify(lines.get(k), columns, page.width());
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
        int end = readRows(lines, start, fragment, page.width()).index();
        other.addAll(lines.subList(end, lines.size()));
        return new Result(List.of(fragment), other);
    }

    /** Where a table's rows ended, and the header found there if a new table starts at that line. */
    private record End(int index, Optional<HeaderDetector.Found> header) {
        End(int index) {
            this(index, Optional.empty());
        }
    }

    private static End readRows(List<Line> lines, int from, TableFragment fragment, float pageWidth) {
        List<Float> pitches = new ArrayList<>();
        Line previous = from > 0 ? lines.get(from - 1) : null;
        int i = from;
        while (i < lines.size()) {
            Line line = lines.get(i);
            Optional<HeaderDetector.Found> header = HeaderDetector.detect(lines, i);
            if (header.isPresent()) {
                return new End(i, header);
            }
            if (previous != null && !fragment.lines().isEmpty() && tooFar(previous, line, pitches)) {
                return new End(i);
            }
            line = stitchAhead(lines, i, fragment.columns());
            Optional<TableLine> row = LineClassifier.classify(line, fragment.columns(), pageWidth);
            if (row.isEmpty()) {
                return new End(i);
            }
            fragment.add(row.get());
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
        // A title is a short line of words just above the header, not the last row of a table before it.
        boolean titleLike = above.words().size() <= 6 && above.text().chars().noneMatch(Character::isDigit);
        return titleLike && header.y() - above.y() < 3f * header.height() ? above.text() : "";
    }
}
