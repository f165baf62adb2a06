package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of one account merged into one file ("all statements" downloaded as one PDF): each prints its own
 * period ("Statement Period: Feb 1, 2025 to Feb 28, 2025"), and a line naming a period ({@link PeriodReader}, by its
 * word) that differs from the one before starts a part, at the top of its page (its letterhead above the period is
 * its own), or at the line itself where the month before ends on that page (a fragment of the table above it). The
 * table's fragments from there down to the next part's start are the part's, and so are the lines outside the
 * tables (those above the first part's start are the first part's). A period printed again on a part's later page
 * goes on with it. Nothing here says the parts are real: {@link MergedStatement} keeps them only where each reads as
 * a statement of its own. Stateless.
 */
final class MonthlyParts {

    private MonthlyParts() {
    }

    /**
     * One month's statement of the file.
     *
     * @param periodLine the line printing its period
     * @param fragments  its table fragments, in order
     * @param lines      the lines outside the tables from its start down to the next part's
     */
    record Part(Line periodLine, List<TableFragment> fragments, List<Line> lines) {
    }

    /**
     * The parts of the statement, or an empty list when it prints fewer than two periods, when a period comes back
     * after another's part (a statement's period and another it mentions, not months in turn), when a fragment of the
     * table stands above the first period, or when a part has no table.
     */
    static List<Part> of(List<TableFragment> table, List<Line> otherLines) {
        // Cheap necessary condition: a table header at least for each month.
        if (table.size() < 2) {
            return List.of();
        }
        List<Line> starts = new ArrayList<>();
        List<PeriodReader.Found> periods = new ArrayList<>();
        for (Line line : otherLines) {
            if (!RegexChars.hasDigit(line.text())) {
                continue;
            }
            PeriodReader.Found found = PeriodReader.find(line);
            if (found == null || !found.byWord() || found.start().year() == null || found.end().year() == null) {
                continue;
            }
            PeriodReader.Found current = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (current != null && same(current, found)) {
                continue;
            }
            for (PeriodReader.Found earlier : periods) {
                if (same(earlier, found)) {
                    return List.of();
                }
            }
            starts.add(line);
            periods.add(found);
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>(starts.size());
        float[] tops = new float[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            Line start = starts.get(i);
            parts.add(new Part(start, new ArrayList<>(), new ArrayList<>()));
            tops[i] = tableAbove(table, start) ? start.y() : Float.NEGATIVE_INFINITY;
        }
        for (TableFragment f : table) {
            int p = partOf(starts, tops, f.page(), top(f));
            if (p < 0) {
                return List.of();
            }
            parts.get(p).fragments().add(f);
        }
        for (Line line : otherLines) {
            parts.get(Math.max(0, partOf(starts, tops, line.page(), line.y()))).lines().add(line);
        }
        for (Part part : parts) {
            if (part.fragments().isEmpty()) {
                return List.of();
            }
        }
        return parts;
    }

    private static boolean same(PeriodReader.Found a, PeriodReader.Found b) {
        return a.start().equals(b.start()) && a.end().equals(b.end());
    }

    // Whether a fragment of the table starts on the line's page above it: the month before ends on that page.
    private static boolean tableAbove(List<TableFragment> table, Line line) {
        for (TableFragment f : table) {
            if (f.page() == line.page() && top(f) < line.y()) {
                return true;
            }
        }
        return false;
    }

    // The last part starting at or above the place, or -1 when it is above them all.
    private static int partOf(List<Line> starts, float[] tops, int page, float y) {
        int p = -1;
        for (int i = 0; i < starts.size(); i++) {
            Line s = starts.get(i);
            if (s.page() < page || s.page() == page && tops[i] <= y) {
                p = i;
            }
        }
        return p;
    }

    // Where a fragment starts: its header, else its first line, else the page's top.
    private static float top(TableFragment f) {
        if (!Float.isNaN(f.headerY())) {
            return f.headerY();
        }
        return f.lines().isEmpty() ? Float.NEGATIVE_INFINITY : f.lines().get(0).y();
    }
}
