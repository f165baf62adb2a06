package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Money columns named by their currency alone: a header cell that is only a currency sign or code ("US$ | R$" over an
 * international purchase's dollar and real amounts, "€" over the amounts), set apart from the header word before it
 * (beside it, "Amount (€)", "Valor em R$", it qualifies that word). Read only where no header word names the money.
 * One such column is the table's amount. Of several, the last is the account's money, the sum the statement bills:
 * the ones before it give the amount in the currency of the purchase, as "Original amount" does, and are never summed.
 * Stateless.
 */
final class CurrencyColumns {

    // The signs and ISO codes amounts carry (AmountPattern.CODES): a word of three capitals that is no currency code
    // ("REF", "QTY") is no currency column, however it is set.
    private static final Set<String> SIGNS = Set.of(AmountPattern.CODES);
    // Beside the header word before it, closer than this many text heights, a unit qualifies it (HeaderRow).
    private static final float APART = 2.5f;
    private static final int LONGEST = 5;

    private CurrencyColumns() {
    }

    /** True when one of the words could head a money column by its currency alone: a cheap filter. */
    static boolean mayName(List<Word> words) {
        for (Word w : words) {
            if (isSign(w.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lone currency cells of the header words in reading order, each the cell of a column: the last an amount
     * column, the others other columns. Empty when there is none.
     */
    static Map<Word, GroupHeaders.SubCell> cells(List<Word> words) {
        List<Word> signs = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            // "Valuta / Currency : IDR": a code after a colon is the label's value, no column's name.
            if (isSign(w.text()) && apart(k == 0 ? null : words.get(k - 1), w) && !afterColon(words, k)
                    && apart(w, k + 1 < words.size() ? words.get(k + 1) : null)) {
                signs.add(w);
            }
        }
        Map<Word, GroupHeaders.SubCell> cells = new HashMap<>();
        for (int k = 0; k < signs.size(); k++) {
            ColumnKind kind = k == signs.size() - 1 ? ColumnKind.AMOUNT : ColumnKind.OTHER;
            cells.put(signs.get(k), new GroupHeaders.SubCell(kind, List.of(signs.get(k))));
        }
        return cells;
    }

    private static boolean afterColon(List<Word> words, int k) {
        if (k == 0) {
            return false;
        }
        String before = words.get(k - 1).text();
        return before.endsWith(":") || before.endsWith("\uFF1A");
    }

    // Set a cell apart on its line from the word before it (or with none before it); a word on another row of a
    // stacked header stands above or below, over the same cell when it overlaps it.
    private static boolean apart(Word before, Word after) {
        if (before == null || after == null) {
            return true;
        }
        boolean sameLine = Math.abs(before.y() - after.y()) < 0.5f * Math.max(before.height(), after.height());
        if (!sameLine) {
            return before.right() < after.x() || after.right() < before.x();
        }
        return after.x() - before.right() >= APART * Math.max(before.height(), after.height());
    }

    // A currency sign or code, maybe in parentheses: "US$", "R$", "€", "(EUR)".
    private static boolean isSign(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > LONGEST + 2) {
            return false;
        }
        int from = s.charAt(0) == '(' ? 1 : 0;
        int to = s.length() > from && s.charAt(s.length() - 1) == ')' ? s.length() - 1 : s.length();
        return from < to && to - from <= LONGEST && SIGNS.contains(s.substring(from, to));
    }
}
