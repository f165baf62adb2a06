package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the column header row of a transaction table: a line naming a date column and at least
 * one money column, with few words that are not header words; or, where the rows print their dates at the
 * start of the text ({@link DatedTextRows}), a text column and a money column. Stateless and thread-safe.
 */
final class HeaderDetector {

    /** A header found at a line, possibly spread over that line and the next. */
    record Found(TableColumns columns, int linesUsed) {
    }

    private HeaderDetector() {
    }

    /**
     * Looks for a header at {@code lines.get(index)}, alone or with the rows just above and below it:
     * header cells set in two or three rows ("Money" over "out", or "Paid" above and "out" below a
     * vertically centred header row) read as one header. A header found at its top row of three uses all three.
     */
    static Optional<Found> detect(List<Line> lines, int index) {
        Line line = lines.get(index);
        if (line.words().size() < 2 || line.words().size() > 16 || headerWords(line) < 1) {
            return Optional.empty();
        }
        Line previous = index > 0 && close(lines.get(index - 1), line) && onlyHeaderWords(lines.get(index - 1))
                && onlyHeaderWords(line) ? lines.get(index - 1) : null;
        Line next = index + 1 < lines.size() && close(line, lines.get(index + 1))
                && onlyHeaderWords(lines.get(index + 1)) ? lines.get(index + 1) : null;
        // A header names a money column and a date or text column; most lines that get here (descriptions with a
        // word like "Payment") do not, and skip the costly phrase matching.
        if (!namesColumns(line, previous, next)) {
            return Optional.empty();
        }
        Found best = better(null, columns(line.words()), 1);
        if (next != null) {
            best = better(best, stackedColumns(List.of(line, next)), 2);
            // The top row of a header set in three rows (cells wrapped and centred): only all three name every column.
            Line last = index + 2 < lines.size() && onlyHeaderWords(line) && close(next, lines.get(index + 2))
                    && onlyHeaderWords(lines.get(index + 2)) ? lines.get(index + 2) : null;
            if (last != null) {
                best = better(best, stackedColumns(List.of(line, next, last)), 3);
            }
        }
        if (previous != null) {
            best = better(best, stackedColumns(List.of(previous, line)), 1);
            if (next != null) {
                best = better(best, stackedColumns(List.of(previous, line, next)), 2);
            }
        }
        // Without a date column the rows below must say where the dates are: the header alone is no table.
        if (best != null && best.columns().date() == null
                && !DatedTextRows.confirmed(lines, index + best.linesUsed(), best.columns())) {
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    private static boolean namesColumns(Line line, Line previous, Line next) {
        boolean date = false;
        boolean text = false;
        boolean money = false;
        for (Line l : new Line[] {line, previous, next}) {
            if (l == null) {
                continue;
            }
            for (Word w : l.words()) {
                date |= HeaderVocabulary.isDateKey(w.text());
                text |= HeaderVocabulary.isTextKey(w.text());
                money |= HeaderVocabulary.isMoneyKey(w.text());
            }
        }
        return (date || text) && money;
    }

    // A row that continues a header holds nothing but header words: a data row never does.
    private static boolean onlyHeaderWords(Line line) {
        for (Word w : line.words()) {
            if (!HeaderVocabulary.isHeaderWord(w.text()) && !HeaderVocabulary.isQualifier(w.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(Line upper, Line lower) {
        return lower.page() == upper.page() && lower.y() - upper.y() < 1.8f * Math.max(upper.height(), lower.height())
                && lower.words().size() <= 16 && upper.words().size() <= 16;
    }

    // A reading with a date column wins; then more recognised columns; on a tie the reading that uses fewer rows.
    private static Found better(Found best, Optional<TableColumns> candidate, int linesUsed) {
        if (candidate.isEmpty()) {
            return best;
        }
        boolean dated = candidate.get().date() != null;
        boolean bestDated = best != null && best.columns().date() != null;
        if (best == null || (dated != bestDated ? dated
                : candidate.get().columns().size() > best.columns().columns().size())) {
            return new Found(candidate.get(), linesUsed);
        }
        return best;
    }

    private static int headerWords(Line line) {
        int n = 0;
        for (Word w : line.words()) {
            if (HeaderVocabulary.isHeaderWord(w.text())) {
                n++;
            }
        }
        return n;
    }

    // Orders the words of stacked header rows column by column: words that overlap in x form one stack, read top down.
    private static List<Word> stacked(List<Line> rows) {
        List<Word> all = new ArrayList<>();
        for (Line row : rows) {
            all.addAll(row.words());
        }
        all.sort(Comparator.comparingDouble(Word::x));
        List<List<Word>> stacks = new ArrayList<>();
        float stackRight = -1;
        for (Word w : all) {
            if (stacks.isEmpty() || w.x() > stackRight) {
                stacks.add(new ArrayList<>());
                stackRight = w.right();
            } else {
                stackRight = Math.max(stackRight, w.right());
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

    static Optional<TableColumns> columns(List<Word> words) {
        List<Column> cells = new ArrayList<>();
        List<Word> orphans = new ArrayList<>();
        int unknown = 0;
        int absorbed = 0;
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            ColumnKind kind = null;
            for (int n = Math.min(3, words.size() - i); n >= 1 && kind == null; n--) {
                if (n > 1 && !adjacent(words, i, n)) {
                    continue;
                }
                kind = HeaderVocabulary.kindOf(Phrase.join(words, i, i + n));
                matched = n;
            }
            Word first = words.get(i);
            boolean qualifies = !cells.isEmpty() && HeaderVocabulary.isQualifier(first.text())
                    && first.x() - cells.get(cells.size() - 1).right() < 2.5f * first.height();
            // A word that names a money column of its own ("Bij" after "Af") is no qualifier, however short.
            if (qualifies && (kind == null || matched == 1 && !kind.isTransactionMoney())) {
                Column last = cells.remove(cells.size() - 1);
                cells.add(new Column(last.kind(), last.left(), Math.max(last.right(), first.right())));
                i++;
                continue;
            }
            if (kind == null) {
                Column last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                if (last != null && orphans.isEmpty() && first.x() - last.right() < Phrase.cellGap(first, first)) {
                    // An unknown word right after a header word belongs to it ("Libellé de l'opération").
                    cells.set(cells.size() - 1, new Column(last.kind(), last.left(), Math.max(last.right(),
                            first.right())));
                    absorbed++;
                } else {
                    orphans.add(first);
                }
                i++;
                continue;
            }
            Word end = words.get(i + matched - 1);
            float left = Math.min(first.x(), end.x());
            float right = Math.max(first.right(), end.right());
            for (int k = i; k < i + matched; k++) {
                Word w = words.get(k);
                left = Math.min(left, w.x());
                right = Math.max(right, w.right());
            }
            // Unknown words just before a header word belong to it ("Your transaction details").
            while (!orphans.isEmpty() && left - orphans.get(orphans.size() - 1).right() < Phrase.cellGap(first, first)) {
                left = Math.min(left, orphans.remove(orphans.size() - 1).x());
                absorbed++;
            }
            unknown += orphans.size();
            orphans.clear();
            Column previous = cells.isEmpty() ? null : cells.get(cells.size() - 1);
            float gap = previous == null ? Float.MAX_VALUE : left - previous.right();
            if (gap > -1 && gap < Phrase.cellGap(first, first) && namesOneColumn(previous.kind(), kind)) {
                // Two known words a space apart name one column ("Withdrawal Amount", "Transaction Date").
                cells.set(cells.size() - 1, new Column(stronger(previous.kind(), kind), previous.left(), right));
            } else {
                cells.add(new Column(kind, left, right));
            }
            i += matched;
        }
        // A sentence that happens to say "date" and "amount" glues many small words to them; a header does not.
        if (absorbed > cells.size()) {
            return Optional.empty();
        }
        return validate(cells, unknown + orphans.size());
    }

    private static final List<ColumnKind> SPECIFICITY = List.of(ColumnKind.OTHER_DATE, ColumnKind.DATE,
            ColumnKind.DEBIT, ColumnKind.CREDIT, ColumnKind.BALANCE, ColumnKind.AMOUNT, ColumnKind.SIGN,
            ColumnKind.OTHER, ColumnKind.DESCRIPTION);

    // "Withdrawal Amount", "Amount Credited", "Transaction Date": a qualifier and a kind. "Date Details" are two.
    private static boolean namesOneColumn(ColumnKind first, ColumnKind second) {
        boolean money = first.isTransactionMoney() && second == ColumnKind.AMOUNT
                || first == ColumnKind.AMOUNT && second.isTransactionMoney() && second != ColumnKind.AMOUNT;
        boolean described = first == ColumnKind.DESCRIPTION && second != ColumnKind.DESCRIPTION;
        return money || described;
    }

    private static ColumnKind stronger(ColumnKind a, ColumnKind b) {
        return SPECIFICITY.indexOf(a) <= SPECIFICITY.indexOf(b) ? a : b;
    }

    private static boolean adjacent(List<Word> words, int from, int n) {
        for (int k = from + 1; k < from + n; k++) {
            Word a = words.get(k - 1);
            Word b = words.get(k);
            boolean sameLine = Math.abs(a.y() - b.y()) < 0.5f * a.height();
            if (sameLine && b.x() - a.right() > 1.2f * Math.max(a.height(), 4f)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<TableColumns> validate(List<Column> cells, int unknown) {
        if (unknown > 1 || cells.size() < 2) {
            return Optional.empty();
        }
        List<Column> ordered = new ArrayList<>(cells);
        ordered.sort(Comparator.comparingDouble(Column::left));
        promoteDates(ordered);
        long dates = ordered.stream().filter(c -> c.kind() == ColumnKind.DATE).count();
        long descriptions = ordered.stream().filter(c -> c.kind() == ColumnKind.DESCRIPTION).count();
        boolean money = ordered.stream().anyMatch(c -> c.kind().isTransactionMoney());
        // No date column: then the one text column holds the dates (confirmed by the rows, in detect).
        if (dates > 1 || !money || descriptions > 1 || dates == 0 && descriptions == 0) {
            return Optional.empty();
        }
        return Optional.of(new TableColumns(ordered));
    }

    // Header cells set over several rows stack into one column each; a reading whose columns overlap stacked two
    // names in one place, taking a line that is no part of the header (a section heading such as "Payments and
    // Credits" right under it).
    private static Optional<TableColumns> stackedColumns(List<Line> rows) {
        return columns(stacked(rows)).filter(c -> !overlapping(c.columns()));
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

    // Of several date columns the transaction date wins; a lone posting date serves as the date.
    private static void promoteDates(List<Column> ordered) {
        boolean seenDate = false;
        for (int k = 0; k < ordered.size(); k++) {
            Column c = ordered.get(k);
            if (c.kind() == ColumnKind.DATE) {
                if (seenDate) {
                    ordered.set(k, new Column(ColumnKind.OTHER_DATE, c.left(), c.right()));
                }
                seenDate = true;
            }
        }
        if (!seenDate) {
            for (int k = 0; k < ordered.size(); k++) {
                Column c = ordered.get(k);
                if (c.kind() == ColumnKind.OTHER_DATE) {
                    ordered.set(k, new Column(ColumnKind.DATE, c.left(), c.right()));
                    return;
                }
            }
        }
    }
}
