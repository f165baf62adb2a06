package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One reading of a header's words, in reading order, as {@link HeaderRow} makes it: known phrases become columns,
 * unknown words next to them belong to them, qualifiers widen them. A method per kind of word (a phrase the vocabulary
 * names, a qualifier, an unknown word, a cell under a group word), so the JIT compiles each on its own and the rare
 * ones stay out of the common path's compiled code (docs/performance.md, item 28). Not thread-safe: one per reading.
 */
final class HeaderCells {

    private final List<Word> words;
    private final UnaryOperator<ColumnKind> twoWay;
    private final ColumnKind value;
    private final Map<Word, GroupHeaders.SubCell> subCells;
    private final List<Column> cells = new ArrayList<>();
    // Indices into cells: a unit or an unknown word joined to such a column keeps it one.
    private final Set<Integer> secondary = new HashSet<>();
    // The one word each cell of one header word was named by ("particulars"), by index into cells.
    private final Map<Integer, String> named = new HashMap<>();
    private final List<Word> orphans = new ArrayList<>();
    private int unknown;
    private int absorbed;
    // Whether the last word taken into the last cell joins it to the next ("Payment type and details").
    private boolean joined;
    // Whether the last cell's last words name it again in another script ("Debit مدين").
    private boolean translating;
    // The word that opened the last cell: a cell named again under it in another script is that cell.
    private Word opening;
    private int i;
    // The words the phrase at i was matched over ({@link #phraseAt}).
    private int matched;

    private HeaderCells(List<Word> words, UnaryOperator<ColumnKind> twoWay, ColumnKind value,
                        Map<Word, GroupHeaders.SubCell> subCells) {
        this.words = words;
        this.twoWay = twoWay;
        this.value = value;
        this.subCells = subCells;
    }

    /**
     * One reading of the words; a two-way word ("Payments") reads as twoWay makes of its lone kind, "Value" alone as
     * value (null: no column); a word under a group word as the group's kind ({@code subCells}).
     */
    static HeaderRow.Reading read(List<Word> words, UnaryOperator<ColumnKind> twoWay, ColumnKind value,
                                  Map<Word, GroupHeaders.SubCell> subCells) {
        return new HeaderCells(words, twoWay, value, subCells).read();
    }

    private HeaderRow.Reading read() {
        while (i < words.size()) {
            GroupHeaders.SubCell sub = subCells.isEmpty() ? null : subCells.get(words.get(i));
            if (sub != null) {
                takeSubCell(sub);
                continue;
            }
            ColumnKind kind = phraseAt();
            Word first = words.get(i);
            if (qualifies(first, kind)) {
                Column last = cells.remove(cells.size() - 1);
                cells.add(new Column(last.kind(), last.left(), Math.max(last.right(), first.right())));
                joined = MergedHeaderCells.isConjunction(first.text());
                i++;
            } else if (kind == null) {
                takeUnknown(first);
                i++;
            } else if (!restated(first)) {
                takeNamed(first, kind);
            }
        }
        unknown += orphans.size();
        OrphanHeaderWords.trailingApart(orphans, cells);
        OrphanHeaderWords.standApart(orphans, cells, null);
        return new HeaderRow.Reading(cells, unknown, absorbed, secondary, named);
    }

    // A cell under a group word is a column of the kind the group gives it, whatever its words.
    private void takeSubCell(GroupHeaders.SubCell sub) {
        unknown += orphans.size();
        orphans.clear();
        Word last = sub.words().get(sub.words().size() - 1);
        cells.add(new Column(sub.kind(), sub.words().get(0).x(), last.right()));
        joined = false;
        while (i < words.size() && subCells.get(words.get(i)) == sub) {
            i++;
        }
    }

    // The kind the longest phrase at i names, its words in matched; null when none names one.
    private ColumnKind phraseAt() {
        matched = 0;
        ColumnKind kind = null;
        // Four words at most: "Amount in original currency" is one phrase, its "in" no credit column.
        for (int n = Math.min(4, words.size() - i); n >= 1 && kind == null; n--) {
            if (n > 1 && !adjacent(words, i, n)) {
                continue;
            }
            String phrase = Phrase.join(words, i, i + n);
            // "in" before a unit says what the column counts in ("Amount in GBP"): no "Amount In" column.
            if (n > 1 && amountInUnit(i, i + n)) {
                continue;
            }
            kind = HeaderVocabulary.kindOf(phrase);
            if (n == 1 && HeaderVocabulary.isTwoWay(phrase)) {
                kind = twoWay.apply(kind);
            }
            if (n == 1 && HeaderRow.isValue(phrase)) {
                kind = value;
            }
            matched = n;
        }
        return kind;
    }

    // A qualifier (a unit, "No.") close after the last cell widens it, unless it names a column of its own.
    private boolean qualifies(Word first, ColumnKind kind) {
        if (cells.isEmpty() || !HeaderQualifiers.isQualifier(first.text())) {
            return false;
        }
        Column last = cells.get(cells.size() - 1);
        if (!(first.x() - last.right() < 2.5f * first.height())) {
            return false;
        }
        if (kind == null) {
            return true;
        }
        // A word that names a money column of its own ("Bij" after "Af") is no qualifier, however short; but "in"
        // a space after a header word and before a currency unit ("Balance in EUR") says what it is counted in.
        return matched == 1 && (!kind.isTransactionMoney() || i + 1 < words.size() && adjacent(words, i, 2)
                && HeaderQualifiers.isCurrencyUnit(words.get(i + 1).text())
                && first.x() - last.right() < Phrase.cellGap(first, first));
    }

    private void takeUnknown(Word first) {
        Column last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
        if (last != null && orphans.isEmpty() && first.x() - last.right() < Phrase.cellGap(first, first)) {
            // An unknown word right after a header word belongs to it ("Libellé de l'opération").
            cells.set(cells.size() - 1, new Column(last.kind(), last.left(), Math.max(last.right(),
                    first.right())));
            translating = BilingualCell.otherScript(first.text())
                    && (translating || BilingualCell.latin(words.get(i - 1).text()));
            absorbed += translating ? 0 : 1;
            joined = MergedHeaderCells.isConjunction(first.text());
        } else {
            orphans.add(first);
        }
    }

    // "Залишок після операції" over "Balance": one column, of the kind its first words name.
    private boolean restated(Word first) {
        Column open = cells.isEmpty() || !orphans.isEmpty() ? null : cells.get(cells.size() - 1);
        if (open == null || !BilingualCell.restatedUnder(opening, first, open)) {
            return false;
        }
        Word last = words.get(i + matched - 1);
        cells.set(cells.size() - 1, new Column(open.kind(), Math.min(open.left(), first.x()),
                Math.max(open.right(), Math.max(first.right(), last.right()))));
        joined = false;
        i += matched;
        return true;
    }

    // The phrase at i names a column: a cell of its own, or the last one's wrapped or restated rest.
    private void takeNamed(Word first, ColumnKind kind) {
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
            Word before = orphans.remove(orphans.size() - 1);
            left = Math.min(left, before.x());
            absorbed += BilingualCell.otherScript(before.text()) && BilingualCell.latin(first.text()) ? 0 : 1;
        }
        boolean afterCell = orphans.isEmpty() && i > 0 && !cells.isEmpty(); // the word before is the last cell's
        unknown += orphans.size();
        OrphanHeaderWords.standApart(orphans, cells, kind);
        Column previous = cells.isEmpty() ? null : cells.get(cells.size() - 1);
        float gap = previous == null ? Float.MAX_VALUE : left - previous.right();
        // A cell wrapped onto the row below ("Details of" over "transaction") goes on under its first words.
        if (gap > -1 && gap < Phrase.cellGap(first, first)
                && (MergedHeaderCells.namesOneColumn(previous.kind(), kind, joined) || afterCell
                && MergedHeaderCells.restatedBeside(words.get(i - 1), first, previous.kind(), kind))
                || afterCell && MergedHeaderCells.wrapsUnder(words.get(i - 1), first, previous, kind, joined)) {
            // Two known words a space apart name one column ("Withdrawal Amount", "Transaction Date"); a wider
            // row wrapped under a right-aligned cell ("CARGOS" under "MONTO") widens it to the left.
            cells.set(cells.size() - 1, new Column(MergedHeaderCells.stronger(previous.kind(), kind),
                    Math.min(previous.left(), left), right));
            secondary.remove(cells.size() - 1);
            named.remove(cells.size() - 1);
        } else {
            cells.add(new Column(kind, left, right));
            opening = first;
            if (matched == 1 && HeaderVocabulary.isSecondaryText(first.text())) {
                secondary.add(cells.size() - 1);
            }
            if (matched == 1) {
                named.put(cells.size() - 1, HeaderVocabulary.normalise(first.text()));
            }
        }
        joined = false;
        translating = false;
        i += matched;
    }

    // Words from..end-1 are an amount word and "in", followed in the same cell by a currency unit ("Amount in GBP"), in
    // a header naming no money out ("Amount In EUR | Amount Out EUR" is a pair of columns).
    private boolean amountInUnit(int from, int end) {
        return end < words.size() && "in".equals(HeaderVocabulary.normalise(words.get(end - 1).text()))
                && adjacent(words, end - 1, 2) && HeaderQualifiers.isCurrencyUnit(words.get(end).text())
                && HeaderVocabulary.kindOf(Phrase.join(words, from, end - 1)) == ColumnKind.AMOUNT
                && words.stream().noneMatch(w -> "out".equals(HeaderVocabulary.normalise(w.text())));
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
}
