package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A date printed once for a day's rows in a band down the left, set at the vertical centre of those rows (a cell
 * spanning them): with an odd count it shares the middle row's line, with an even count it stands alone between two
 * rows, and the rows above it print no date. Read as dates of the row below them, the top rows of each day would get
 * the day before's date and the table's first rows none. Where a table's first row prints no date and every day's
 * date stands at the centre of a run of whole rows (its first line's and its last line's baselines, within
 * {@link #SLACK}), the runs following each other from the first row to the last, each row takes its run's date and
 * a date standing alone is no row; one standing between a row and its wrapped text leaves the text the row's. Any date off its run's centre leaves the table as printed. A later page of the
 * same table is read so once its first page was. Stateless.
 */
final class DateBand {

    /** How far, in points, a day's date may stand from the centre of its rows. */
    static final float SLACK = 2f;

    private DateBand() {
    }

    /** Dates the rows of every fragment read as a date band, in place; the others are left as they are. */
    static void restamp(List<TableFragment> fragments) {
        String proven = null;
        String refuted = null;
        for (TableFragment f : fragments) {
            // The columns' signature is built only where a band was proven or is found: most tables are no band.
            boolean continues = proven != null && proven.equals(f.columns().signature());
            // A table whose earlier page dated its rows by day headings over them goes on so: a later page's headings
            // that happen to stand at the centres of its runs (its first rows the day before's) are no band.
            if (!continues && refuted != null && undatedFirstRow(f.lines())
                    && refuted.equals(f.columns().signature())) {
                continue;
            }
            if (restamp(f.lines(), continues)) {
                proven = f.columns().signature();
            } else {
                if (!continues) {
                    proven = null;
                }
                if (headed(f.lines())) {
                    refuted = f.columns().signature();
                }
            }
        }
    }

    // Whether a day heading stands among the fragment's lines (read as printed, it dates the rows under it).
    private static boolean headed(List<TableLine> lines) {
        for (TableLine l : lines) {
            if (DayHeading.is(l)) {
                return true;
            }
        }
        return false;
    }

    // One fragment's lines: whether they were read as a date band (and dated so).
    static boolean restamp(List<TableLine> lines, boolean continues) {
        // Cheap test first: a band's first row prints no date, and no date stands above it.
        if (!continues && !undatedFirstRow(lines)) {
            return false;
        }
        List<int[]> units = new ArrayList<>();   // {first line, last line} of each row with its wrapped text
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TableLine l = lines.get(i);
            if (l.marker() == null && l.hasTransactionMoney()) {
                units.add(new int[] {i, i});
                if (l.date() != null) {
                    anchors.add(i);
                }
            } else if (l.isTextOnly()) {
                int[] unit = units.isEmpty() ? null : units.get(units.size() - 1);
                // The day's date, alone at the centre of its rows, may stand between a row and its wrapped text.
                boolean pastDate = unit != null && unit[1] == i - 2 && !anchors.isEmpty()
                        && anchors.get(anchors.size() - 1) == i - 1 && DayHeading.is(lines.get(i - 1));
                if (unit == null || unit[1] != i - 1 && !pastDate) {
                    return false;
                }
                unit[1] = i;
            } else if (DayHeading.is(l)) {
                anchors.add(i);
            } else if (l.date() != null && l.marker() == null) {
                return false;
            }
        }
        if (anchors.size() < 2 || units.isEmpty()) {
            return false;
        }
        int[] group = new int[units.size()];
        int s = 0;
        for (int a : anchors) {
            if (s >= units.size()) {
                return false;
            }
            float y = lines.get(a).y();
            int e = s;
            while (e < units.size() && centre(lines, units.get(s), units.get(e)) < y - SLACK) {
                e++;
            }
            if (e == units.size() || Math.abs(centre(lines, units.get(s), units.get(e)) - y) > SLACK) {
                return false;
            }
            int first = units.get(s)[0];
            int last = units.get(e)[1];
            // The date lies within its run, and the run holds no other day's date nor a balance or total line.
            if (a < first || a > last || !plain(lines, first, last, a)) {
                return false;
            }
            for (int u = s; u <= e; u++) {
                group[u] = a;
            }
            s = e + 1;
        }
        if (s != units.size()) {
            return false;
        }
        for (int u = 0; u < units.size(); u++) {
            int i = units.get(u)[0];
            TableLine l = lines.get(i);
            if (l.date() == null) {
                lines.set(i, l.withDate(lines.get(group[u]).date()));
            }
        }
        for (int k = anchors.size() - 1; k >= 0; k--) {
            if (DayHeading.is(lines.get(anchors.get(k)))) {
                lines.remove((int) anchors.get(k));
            }
        }
        return true;
    }

    // The first row with an amount prints no date, and no line above it is a date alone.
    private static boolean undatedFirstRow(List<TableLine> lines) {
        for (TableLine l : lines) {
            if (l.marker() == null && l.hasTransactionMoney()) {
                return l.date() == null;
            }
            if (l.date() != null && l.marker() == null) {
                return false;
            }
        }
        return false;
    }

    private static float centre(List<TableLine> lines, int[] top, int[] bottom) {
        return (lines.get(top[0]).y() + lines.get(bottom[1]).y()) / 2;
    }

    // Between first and last only rows, their wrapped text and the one date at anchor.
    private static boolean plain(List<TableLine> lines, int first, int last, int anchor) {
        for (int i = first; i <= last; i++) {
            TableLine l = lines.get(i);
            if (i != anchor && (l.marker() != null || l.date() != null)) {
                return false;
            }
        }
        return true;
    }
}
