package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads spanning (group) headers: a header word in one row set over the cells of the row below ("FECHA" over
 * "OPER | LIQ", "SALDO" over "OPERACIÓN | LIQUIDACIÓN", "Amount" over "Debit | Credit", "Balance" over "Ledger |
 * Available") names the kind of every column under it; the cells under it say which one. Stateless and thread-safe.
 */
final class GroupHeaders {

    /** The kinds a group word may give the cells under it: dates, money and balances. */
    private static final Set<ColumnKind> GROUP_KINDS = Set.of(ColumnKind.DATE, ColumnKind.POSTING_DATE,
            ColumnKind.OTHER_DATE, ColumnKind.DEBIT, ColumnKind.CREDIT, ColumnKind.AMOUNT, ColumnKind.BALANCE);

    /**
     * A cell under a group word, read as one column.
     *
     * @param kind  the kind the cell names under its group word
     * @param words the cell's words
     */
    record SubCell(ColumnKind kind, List<Word> words) {
    }

    /**
     * The group words of two stacked header rows and the cells under them.
     *
     * @param groups   the group words of the upper row, no column of their own
     * @param subCells every word of a cell under a group word, and its cell
     */
    record Reading(Set<Word> groups, Map<Word, SubCell> subCells) {
    }

    private GroupHeaders() {
    }

    /** The group words of {@code upper} over cells of {@code lower}, or null when it has none. */
    static Reading of(Line upper, Line lower) {
        Set<Word> groups = new HashSet<>();
        Map<Word, SubCell> subCells = new HashMap<>();
        List<Phrase> below = Phrase.split(lower);
        for (Phrase top : Phrase.split(upper)) {
            ColumnKind group = HeaderVocabulary.kindOf(top.text());
            if (group == null || !GROUP_KINDS.contains(group)) {
                continue;
            }
            boolean any = false;
            for (Phrase cell : below) {
                if (cell.right() > top.left() && cell.left() < top.right() && !subCells.containsKey(cell.words().get(0))) {
                    SubCell sub = new SubCell(kindUnder(group, top.text(), cell.text()), cell.words());
                    cell.words().forEach(w -> subCells.put(w, sub));
                    any = true;
                }
            }
            if (any) {
                groups.addAll(top.words());
            }
        }
        return groups.isEmpty() ? null : new Reading(groups, subCells);
    }

    /**
     * True when every word of {@code lower} that is no header word lies under a group word of {@code upper} spanning
     * two cells or more, and starts with no digit: the sub-headers ("Book" under "Balance") of a group header.
     */
    static boolean subHeadersOnly(Line upper, Line lower) {
        List<Phrase> below = Phrase.split(lower);
        for (Phrase cell : below) {
            for (Word w : cell.words()) {
                if (!HeaderWords.isHeaderWord(w.text()) && !HeaderQualifiers.isQualifier(w.text())
                        && (Character.isDigit(w.text().charAt(0)) || !underSpanningWord(upper, below, cell))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean underSpanningWord(Line upper, List<Phrase> below, Phrase cell) {
        for (Phrase top : Phrase.split(upper)) {
            ColumnKind group = HeaderVocabulary.kindOf(top.text());
            if (group == null || !GROUP_KINDS.contains(group) || !overlaps(top, cell)) {
                continue;
            }
            long spanned = below.stream().filter(c -> overlaps(top, c)).count();
            if (spanned >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Phrase a, Phrase b) {
        return a.right() > b.left() && a.left() < b.right();
    }

    /**
     * The kind of a cell under a group word: the two read together when they name a column ("Transaction" under
     * "Date", "Ledger" under "Balance"); else the cell's own kind when it names one of the group's family or a column
     * of its own ("Debit" under "Amount", "Ref" under anything); else, unknown ("LIQ") or a word naming text elsewhere
     * ("OPERACIÓN" under "SALDO": the operation's balance), the group's kind.
     */
    static ColumnKind kindUnder(ColumnKind group, String groupText, String cellText) {
        ColumnKind together = HeaderVocabulary.kindOf(cellText + " " + groupText);
        if (together == null) {
            together = HeaderVocabulary.kindOf(groupText + " " + cellText);
        }
        if (together != null) {
            return together;
        }
        ColumnKind own = HeaderVocabulary.kindOf(cellText);
        boolean keeps = own != null && (family(own) == family(group) || own == ColumnKind.OTHER || own == ColumnKind.FEE
                || own == ColumnKind.SIGN);
        return keeps ? own : group;
    }

    // Dates, money that moves, balances.
    private static int family(ColumnKind kind) {
        return switch (kind) {
            case DATE, POSTING_DATE, OTHER_DATE -> 0;
            case DEBIT, CREDIT, AMOUNT -> 1;
            case BALANCE, AVAILABLE_BALANCE -> 2;
            default -> 3;
        };
    }
}
