package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A header whose columns repeat as identical groups across the line ("Check No. | Date Paid | Amount" printed
 * three times): several narrow tables set side by side. On a line, each group's cells form one row; the rows
 * read left to right, then top to bottom. A group that names no text column is described by its first reference
 * cell (the check number, not the bank's "Ref Number" beside it), without footnote marks ("2045 *" and "2045*" are
 * check 2045).
 * Immutable and thread-safe.
 */
final class ColumnGroups {

    // Header cells of the same text are as wide as each other, within this many points.
    private static final float SAME_WIDTH = 1.5f;

    private final List<TableColumns> groups;
    // Where each group's words start on a line: halfway between the group before and this one.
    private final float[] starts;

    private ColumnGroups(List<TableColumns> groups, float[] starts) {
        this.groups = groups;
        this.starts = starts;
    }

    /** The groups of {@code header}, or null when its columns do not repeat as two or more identical groups. */
    static ColumnGroups of(TableColumns header) {
        List<Column> all = header.columns();
        for (int size = 2; size <= all.size() / 2; size++) {
            if (all.size() % size == 0 && repeats(all, size) && makesRows(all.subList(0, size))) {
                List<TableColumns> groups = new ArrayList<>();
                float[] starts = new float[all.size() / size];
                for (int g = 0; g < starts.length; g++) {
                    List<Column> own = new ArrayList<>();
                    for (int k = 0; k < size; k++) {
                        Column c = all.get(g * size + k);
                        // Every group's date column is its rows' date, though the header read the later ones as others.
                        own.add(new Column(all.get(k).kind(), c.left(), c.right(), c.valueRight(), c.cellLeft()));
                    }
                    groups.add(new TableColumns(own));
                    starts[g] = g == 0 ? Float.NEGATIVE_INFINITY
                            : (all.get(g * size - 1).right() + all.get(g * size).left()) / 2;
                }
                return new ColumnGroups(groups, starts);
            }
        }
        return null;
    }

    // Each column names what the one a group further left names, in a cell as wide.
    private static boolean repeats(List<Column> all, int size) {
        for (int k = size; k < all.size(); k++) {
            Column a = all.get(k - size);
            Column b = all.get(k);
            if (!sameKind(a.kind(), b.kind())
                    || Math.abs((a.right() - a.left()) - (b.right() - b.left())) > SAME_WIDTH) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameKind(ColumnKind a, ColumnKind b) {
        return a == b || isDate(a) && isDate(b);
    }

    private static boolean isDate(ColumnKind k) {
        return k == ColumnKind.DATE || k == ColumnKind.OTHER_DATE || k == ColumnKind.POSTING_DATE;
    }

    // A group is a table of its own: a date and an amount.
    private static boolean makesRows(List<Column> group) {
        return group.stream().anyMatch(c -> c.kind() == ColumnKind.DATE)
                && group.stream().anyMatch(c -> c.kind().isTransactionMoney());
    }

    /**
     * Whether the groups are one table continued from column to column, read down each (a newspaper page): a
     * running balance runs down a column, so the rows cannot be read across the line; nor can rows with a
     * description, whose wrapped lines run down their own half (a compact card statement's two columns of rows).
     * Only a grid of bare items (checks: number, date, amount) reads across.
     */
    boolean readDownEach() {
        return groups.get(0).first(ColumnKind.BALANCE) != null || groups.get(0).description() != null;
    }

    /** How many groups the line holds. */
    int size() {
        return groups.size();
    }

    /** The columns of group {@code g}, left to right. */
    TableColumns group(int g) {
        return groups.get(g);
    }

    /** The part of {@code line} that lies in group {@code g}, or null when none of its words do. */
    Line part(Line line, int g) {
        List<Word> words = new ArrayList<>();
        for (Word w : line.words()) {
            if (w.x() >= starts[g] && (g + 1 == groups.size() || w.x() < starts[g + 1])) {
                words.add(w);
            }
        }
        return words.isEmpty() ? null : new Line(line.page(), line.y(), line.height(), words);
    }

    /** The first group's columns: what every row of the table holds. */
    TableColumns first() {
        return groups.get(0);
    }

    /**
     * The rows the line holds, one per group it fills, left to right; empty when some group's cells are no
     * complete row (a date and an amount), so that the line is read as any other line of the table.
     */
    List<TableLine> rows(Line line, float pageWidth, CellReading cellReading) {
        List<TableLine> rows = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            Line part = part(line, g);
            if (part == null) {
                continue;
            }
            Optional<TableLine> row = LineClassifier.classify(part, groups.get(g), pageWidth, cellReading);
            if (row.isEmpty() || row.get().date() == null || !row.get().hasTransactionMoney()
                    || row.get().marker() != null) {
                return List.of();
            }
            rows.add(described(row.get(), part, groups.get(g)));
        }
        return rows;
    }

    // Without a text column the row is named by its reference: the words under the first of the other columns
    // that holds a letter or digit ("2045", not the footnote mark "*" after it). The item's own number comes first
    // ("Check | Date | Ref Number | Amount"); the bank's reference after it names the row only where that is blank
    // ("Number | Date | Ref Number | Amount", a deposit with no number of its own).
    private static TableLine described(TableLine row, Line part, TableColumns columns) {
        if (columns.description() != null) {
            return row;
        }
        float em = Math.max(part.height(), 5f);
        List<String> reference = new ArrayList<>();
        Column named = null;
        for (Word w : part.words()) {
            Column nearest = null;
            for (Column c : columns.columns()) {
                if (nearest == null || c.misalignment(w.x(), w.right()) < nearest.misalignment(w.x(), w.right())) {
                    nearest = c;
                }
            }
            if (nearest.kind() == ColumnKind.OTHER && nearest.misalignment(w.x(), w.right()) < 2f * em
                    && w.text().chars().anyMatch(Character::isLetterOrDigit) && (named == null || named == nearest)) {
                named = nearest;
                reference.add(FootnoteMarks.afterReference(w.text()));
            }
        }
        String text = String.join(" ", reference);
        return new TableLine(row.page(), row.y(), row.date(), text, List.of(text), row.money(), null,
                row.direction());
    }
}
