package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a header set over two or three rows for {@link HeaderDetector}: the words of the rows are stacked column by
 * column (words that overlap in x form one stack, read top down) and read by {@link HeaderRow}, either plainly or
 * with a group word over the cells below it ({@link GroupHeaders}); a reading whose columns overlap is none.
 * Stateless and thread-safe; the lines given are never null and are only read.
 */
final class StackedHeaderRows {

    /** How far, in points, a glued word's shared-out parting may be off: a word starting that far left is past it. */
    private static final float TOUCH = 1f;

    private StackedHeaderRows() {
    }

    // Orders the words of stacked header rows column by column: words that overlap in x form one stack, read top down.
    private static List<Word> stacked(List<Line> rows) {
        return stacked(rows, Set.of());
    }

    // As above, where the right edges of the words in estimated (first parts of glued words) may be a point too far.
    private static List<Word> stacked(List<Line> rows, Set<Word> estimated) {
        List<Word> all = new ArrayList<>();
        for (Line row : rows) {
            all.addAll(row.words());
        }
        all.sort(Comparator.comparingDouble(Word::x));
        List<List<Word>> stacks = new ArrayList<>();
        float stackRight = -1;
        boolean estimatedEdge = false;
        for (Word w : all) {
            // A word starting less than a point inside a glued word's estimated parting is past it, not under it.
            if (stacks.isEmpty() || w.x() > stackRight - (estimatedEdge ? TOUCH : 0)) {
                stacks.add(new ArrayList<>());
                stackRight = w.right();
                estimatedEdge = estimated.contains(w);
            } else if (w.right() > stackRight) {
                stackRight = w.right();
                estimatedEdge = estimated.contains(w);
            }
            stacks.get(stacks.size() - 1).add(w);
        }
        List<Word> out = new ArrayList<>();
        for (List<Word> stack : stacks) {
            stack.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x));
            out.addAll(stack);
        }
        return out;
    }

    // Header cells set over several rows stack into one column each; a reading whose columns overlap stacked two
    // names in one place, taking a line that is no part of the header (a section heading such as "Payments and
    // Credits" right under it).
    static Optional<TableColumns> columns(List<Line> rows) {
        // Glued cells ("TransactionPosting" over "Date Date") part row by row, before the stacks are formed.
        Set<Word> firstParts = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Line> parted = rows.stream()
                .map(r -> new Line(r.page(), r.y(), r.height(), GluedHeaderWords.parted(r.words(), firstParts)))
                .toList();
        return HeaderRow.columns(stacked(parted, firstParts)).filter(c -> !overlapping(c.columns()));
    }

    // A group word over cells of the row below ("SALDO" over "OPERACIÓN | LIQUIDACIÓN") names no column of its own:
    // the cells under it are its columns, of the kind it gives them; the other words stack as usual.
    static Optional<TableColumns> grouped(Line upper, Line lower) {
        GroupHeaders.Reading groups = GroupHeaders.of(upper, lower);
        if (groups == null) {
            return Optional.empty();
        }
        List<Word> rest = new ArrayList<>(upper.words());
        rest.removeAll(groups.groups());
        List<Word> words = stacked(List.of(new Line(upper.page(), upper.y(), upper.height(), rest), lower));
        return HeaderRow.columns(words, groups.subCells()).filter(c -> !overlapping(c.columns()));
    }

    private static boolean overlapping(List<Column> ordered) {
        for (int k = 1; k < ordered.size(); k++) {
            Column a = ordered.get(k - 1);
            Column b = ordered.get(k);
            if (b.left() < a.right() - 1) {
                return true;
            }
        }
        return false;
    }
}
