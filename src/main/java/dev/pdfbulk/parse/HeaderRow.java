package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads the words of a header, in reading order, as the columns of a table: known phrases become columns,
 * unknown words next to them belong to them, qualifiers (currencies, units) widen them. Stateless and thread-safe.
 */
final class HeaderRow {

    private HeaderRow() {
    }

    /**
     * The words as read in one pass: the columns, how many words were unknown or joined to a column, and the text
     * columns that are the description only where no other is named ("Remarks").
     */
    private record Reading(List<Column> cells, int unknown, int absorbed, Set<Integer> secondary,
                           Map<Integer, String> named) {
    }

    /** The columns the words name, or empty when they are no header (no money column, too many unknowns). */
    static Optional<TableColumns> columns(List<Word> printed) {
        return columns(printed, Map.of());
    }

    /**
     * The columns the words name, where the cells under a group word ({@link GroupHeaders}) are columns of the kinds
     * their group gives them.
     */
    static Optional<TableColumns> columns(List<Word> printed, Map<Word, GroupHeaders.SubCell> subCells) {
        // Cells set a hair apart ("Transaction ID" against "Description") may have come out as one word.
        List<Word> words = subCells.isEmpty() ? GluedHeaderWords.parted(printed) : printed;
        Optional<TableColumns> named = named(words, subCells);
        if (named.isPresent() || !subCells.isEmpty() || !CurrencyColumns.mayName(words)) {
            return named;
        }
        // No header word names the money: a currency sign set apart ("US$ | R$") may name its column.
        Map<Word, GroupHeaders.SubCell> currencies = CurrencyColumns.cells(words);
        if (currencies.isEmpty() || read(words, UnaryOperator.identity(), ColumnKind.AMOUNT, Map.of()).cells().stream()
                .anyMatch(c -> c.kind().isTransactionMoney())) {
            return named;
        }
        return named(words, currencies);
    }

    // The columns the words name, the cells under a group word (or a currency column's sign) read as their kinds.
    private static Optional<TableColumns> named(List<Word> words, Map<Word, GroupHeaders.SubCell> subCells) {
        // "Value" (Portuguese and Spanish "Valor", Turkish "Valör") alone is the amount, unless other columns hold the
        // money ("Date | Value | Description | Debit | Credit"): then it is the value date, as "Valuta" or "Wert" are.
        ColumnKind value = words.stream().anyMatch(w -> isValue(w.text())) && read(words, UnaryOperator.identity(),
                null, subCells).cells().stream().anyMatch(c -> c.kind().isTransactionMoney())
                ? ColumnKind.OTHER_DATE : ColumnKind.AMOUNT;
        if (words.stream().noneMatch(w -> HeaderVocabulary.isTwoWay(w.text()))) {
            return validate(read(words, UnaryOperator.identity(), value, subCells), words);
        }
        // "Payments" or "Paid" says money moved, not which way: it goes against the money column it pairs with
        // ("Payments | Receipts" on a bank account, "Purchases | Payments" on a card). Unpaired, it keeps its own
        // meaning, if any: "Payments" alone is a card's payments, "Paid" alone no column.
        ColumnKind pair = oneDirection(read(words, alone -> null, value, subCells).cells());
        return validate(read(words, alone -> pair == ColumnKind.CREDIT ? ColumnKind.DEBIT
                : pair == ColumnKind.DEBIT ? ColumnKind.CREDIT : alone, value, subCells), words);
    }

    // Words from..end-1 are an amount word and "in", followed in the same cell by a currency unit ("Amount in GBP"), in
    // a header naming no money out ("Amount In EUR | Amount Out EUR" is a pair of columns).
    private static boolean amountInUnit(List<Word> words, int from, int end) {
        return end < words.size() && "in".equals(HeaderVocabulary.normalise(words.get(end - 1).text()))
                && adjacent(words, end - 1, 2) && HeaderQualifiers.isCurrencyUnit(words.get(end).text())
                && HeaderVocabulary.kindOf(Phrase.join(words, from, end - 1)) == ColumnKind.AMOUNT
                && words.stream().noneMatch(w -> "out".equals(HeaderVocabulary.normalise(w.text())));
    }

    private static boolean isValue(String word) {
        String w = HeaderVocabulary.normalise(word);
        return "value".equals(w) || "valor".equals(w);
    }

    // The direction of the header's debit or credit columns when they all go one way, else null.
    private static ColumnKind oneDirection(List<Column> cells) {
        ColumnKind direction = null;
        for (Column c : cells) {
            if (c.kind() == ColumnKind.DEBIT || c.kind() == ColumnKind.CREDIT) {
                if (direction != null && direction != c.kind()) {
                    return null;
                }
                direction = c.kind();
            }
        }
        return direction;
    }

    // One reading of the words; a two-way word ("Payments") reads as twoWay makes of its lone kind, "Value" alone as
    // value (null: no column).
    private static Reading read(List<Word> words, UnaryOperator<ColumnKind> twoWay, ColumnKind value,
            Map<Word, GroupHeaders.SubCell> subCells) {
        List<Column> cells = new ArrayList<>();
        // Indices into cells: a unit or an unknown word joined to such a column keeps it one.
        Set<Integer> secondary = new HashSet<>();
        // The one word each cell of one header word was named by ("particulars"), by index into cells.
        Map<Integer, String> named = new HashMap<>();
        List<Word> orphans = new ArrayList<>();
        int unknown = 0;
        int absorbed = 0;
        // Whether the last word taken into the last cell joins it to the next ("Payment type and details").
        boolean joined = false;
        // Whether the last cell's last words name it again in another script ("Debit مدين").
        boolean translating = false;
        // The word that opened the last cell: a cell named again under it in another script is that cell.
        Word opening = null;
        int i = 0;
        while (i < words.size()) {
            GroupHeaders.SubCell sub = subCells.get(words.get(i));
            if (sub != null) {
                // A cell under a group word is a column of the kind the group gives it, whatever its words.
                unknown += orphans.size();
                orphans.clear();
                Word last = sub.words().get(sub.words().size() - 1);
                cells.add(new Column(sub.kind(), sub.words().get(0).x(), last.right()));
                joined = false;
                while (i < words.size() && subCells.get(words.get(i)) == sub) {
                    i++;
                }
                continue;
            }
            int matched = 0;
            ColumnKind kind = null;
            // Four words at most: "Amount in original currency" is one phrase, its "in" no credit column.
            for (int n = Math.min(4, words.size() - i); n >= 1 && kind == null; n--) {
                if (n > 1 && !adjacent(words, i, n)) {
                    continue;
                }
                String phrase = Phrase.join(words, i, i + n);
                // "in" before a unit says what the column counts in ("Amount in GBP"): no "Amount In" column.
                if (n > 1 && amountInUnit(words, i, i + n)) {
                    continue;
                }
                kind = HeaderVocabulary.kindOf(phrase);
                if (n == 1 && HeaderVocabulary.isTwoWay(phrase)) {
                    kind = twoWay.apply(kind);
                }
                if (n == 1 && isValue(phrase)) {
                    kind = value;
                }
                matched = n;
            }
            Word first = words.get(i);
            boolean qualifies = !cells.isEmpty() && HeaderQualifiers.isQualifier(first.text())
                    && first.x() - cells.get(cells.size() - 1).right() < 2.5f * first.height();
            // A word that names a money column of its own ("Bij" after "Af") is no qualifier, however short; but "in"
            // a space after a header word and before a currency unit ("Balance in EUR") says what it is counted in.
            boolean beforeUnit = qualifies && i + 1 < words.size() && adjacent(words, i, 2)
                    && HeaderQualifiers.isCurrencyUnit(words.get(i + 1).text())
                    && first.x() - cells.get(cells.size() - 1).right() < Phrase.cellGap(first, first);
            if (qualifies && (kind == null || matched == 1 && (!kind.isTransactionMoney() || beforeUnit))) {
                Column last = cells.remove(cells.size() - 1);
                cells.add(new Column(last.kind(), last.left(), Math.max(last.right(), first.right())));
                joined = MergedHeaderCells.isConjunction(first.text());
                i++;
                continue;
            }
            if (kind == null) {
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
                i++;
                continue;
            }
            Column open = cells.isEmpty() || !orphans.isEmpty() ? null : cells.get(cells.size() - 1);
            if (open != null && BilingualCell.restatedUnder(opening, first, open)) {
                // "Залишок після операції" over "Balance": one column, of the kind its first words name.
                Word last = words.get(i + matched - 1);
                cells.set(cells.size() - 1, new Column(open.kind(), Math.min(open.left(), first.x()),
                        Math.max(open.right(), Math.max(first.right(), last.right()))));
                joined = false;
                i += matched;
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
        unknown += orphans.size();
        OrphanHeaderWords.trailingApart(orphans, cells);
        OrphanHeaderWords.standApart(orphans, cells, null);
        return new Reading(cells, unknown, absorbed, secondary, named);
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

    private static Optional<TableColumns> validate(Reading reading, List<Word> words) {
        List<Column> cells = reading.cells();
        // A sentence that happens to say "date" and "amount" glues many small words to them; a header does not.
        if (reading.absorbed() > cells.size() || reading.unknown() > 1 || cells.size() < 2) {
            return Optional.empty();
        }
        List<Column> ordered = new ArrayList<>(cells);
        ordered.sort(Comparator.comparingDouble(Column::left));
        ColumnRoles.payerFieldsAsText(ordered, cells, reading.named());
        ColumnRoles.turnoverAsText(ordered, cells, reading.named());
        ColumnRoles.chargeBesideMoneyOut(ordered, cells, reading.named());
        ColumnRoles.billedPrincipalAsAmount(ordered, cells, reading.named());
        ColumnRoles.feesApartFromPrincipalBalance(ordered, words);
        ColumnRoles.promoteDates(ordered);
        ColumnRoles.leaveOutSecondaryText(ordered, reading.secondary().stream().map(cells::get).toList());
        ColumnRoles.oneRunningBalance(ordered);
        ColumnRoles.signColumnAsAmount(ordered);
        long dates = ordered.stream().filter(c -> c.kind() == ColumnKind.DATE).count();
        long descriptions = ordered.stream().filter(c -> c.kind() == ColumnKind.DESCRIPTION).count();
        boolean money = ordered.stream().anyMatch(c -> c.kind().isTransactionMoney());
        // No date column: then the one text column holds the dates (confirmed by the rows, in detect). With a date
        // column, several text columns (the other party, then the details) are one description read left to right.
        if (dates > 1 || !money || dates == 0 && descriptions != 1) {
            return Optional.empty();
        }
        return Optional.of(new TableColumns(ordered));
    }
}
