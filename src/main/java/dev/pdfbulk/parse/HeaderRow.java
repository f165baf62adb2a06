package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads the words of a header, in reading order, as the columns of a table: known phrases become columns,
 * unknown words next to them belong to them, qualifiers (currencies, units) widen them ({@link HeaderCells}, one
 * reading). Stateless and thread-safe.
 */
final class HeaderRow {

    private HeaderRow() {
    }

    /**
     * The words as read in one pass: the columns, how many words were unknown or joined to a column, and the text
     * columns that are the description only where no other is named ("Remarks").
     */
    record Reading(List<Column> cells, int unknown, int absorbed, Set<Integer> secondary,
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
        if (currencies.isEmpty() || HeaderCells.read(words, UnaryOperator.identity(), ColumnKind.AMOUNT, Map.of())
                .cells().stream().anyMatch(c -> c.kind().isTransactionMoney())) {
            return named;
        }
        return named(words, currencies);
    }

    // The columns the words name, the cells under a group word (or a currency column's sign) read as their kinds.
    private static Optional<TableColumns> named(List<Word> words, Map<Word, GroupHeaders.SubCell> subCells) {
        // "Value" (Portuguese and Spanish "Valor", Turkish "Valör") alone is the amount, unless other columns hold the
        // money ("Date | Value | Description | Debit | Credit"): then it is the value date, as "Valuta" or "Wert" are.
        ColumnKind value = words.stream().anyMatch(w -> isValue(w.text())) && HeaderCells.read(words,
                UnaryOperator.identity(), null, subCells).cells().stream().anyMatch(c -> c.kind().isTransactionMoney())
                ? ColumnKind.OTHER_DATE : ColumnKind.AMOUNT;
        if (words.stream().noneMatch(w -> HeaderVocabulary.isTwoWay(w.text()))) {
            return validate(HeaderCells.read(words, UnaryOperator.identity(), value, subCells), words);
        }
        // "Payments" or "Paid" says money moved, not which way: it goes against the money column it pairs with
        // ("Payments | Receipts" on a bank account, "Purchases | Payments" on a card). Unpaired, it keeps its own
        // meaning, if any: "Payments" alone is a card's payments, "Paid" alone no column.
        ColumnKind pair = oneDirection(HeaderCells.read(words, alone -> null, value, subCells).cells());
        return validate(HeaderCells.read(words, alone -> pair == ColumnKind.CREDIT ? ColumnKind.DEBIT
                : pair == ColumnKind.DEBIT ? ColumnKind.CREDIT : alone, value, subCells), words);
    }

    /** "Value" or "Valor" alone: the amount, or the value date beside other money columns ({@link #named}). */
    static boolean isValue(String word) {
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
        ColumnRoles.balanceBeforeTheRow(ordered);
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
