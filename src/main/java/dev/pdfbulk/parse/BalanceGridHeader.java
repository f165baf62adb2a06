package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

/**
 * The header of a grid of balances day by day ("Date | Balance | Date | Balance", under "Daily Balance Detail"): a
 * line of column names naming dates and balances and nothing else, a date first. Its rows are balances, never
 * transactions: the table above ends at it, and a page it heads continues no table. Stateless and thread-safe.
 */
final class BalanceGridHeader {

    private static final int MAX_WORDS = 16;

    private BalanceGridHeader() {
    }

    static boolean at(Line line) {
        // The first word names the date column: a cheap test that almost every row fails (its first word a date).
        if (line.words().size() < 2 || line.words().size() > MAX_WORDS
                || !HeaderWords.isDateKey(line.words().get(0).text())) {
            return false;
        }
        boolean balance = false;
        for (Word w : line.words()) {
            ColumnKind kind = HeaderVocabulary.kindOf(w.text());
            if (kind == ColumnKind.BALANCE) {
                balance = true;
            } else if (kind != ColumnKind.DATE) {
                return false;
            }
        }
        return balance;
    }
}
