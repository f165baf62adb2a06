package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/**
 * A summary grid read as a table of its own: a row of labels heading cells, the account's or card's number among
 * them, over one row of values (KBank's "CARD NUMBER | STATEMENT DATE | PAYMENT DUE DATE | CREDIT LIMIT" over
 * "4890-XXXX-XXXX-3321 | 15/10/25 | 04/11/25 | 200,000.00": its date and limit words read as a header). Such a grid,
 * beside the transaction list, is no list of transactions: its lines are the statement's metadata, as they would
 * be outside any table. Stateless.
 */
final class SummaryGrid {

    /** The most lines a grid spans: its labels, perhaps on two rows, and a row or two of values. */
    static final int MAX_LINES = 4;

    private SummaryGrid() {
    }

    /** Whether the fragment, not the transaction list, is such a grid: its header names an account's number. */
    static boolean is(TableFragment f) {
        return f.dataLines() <= 1 && namesNumber(f.printed().get(0));
    }

    // "CARD NUMBER", "Account No.": a word labelling an account or a card, a number word right after it.
    private static boolean namesNumber(Line header) {
        List<Word> words = header.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            AccountLabels.Kind kind = AccountLabels.kind(Folding.fold(words.get(i).text()));
            if ((kind == AccountLabels.Kind.ACCOUNT || kind == AccountLabels.Kind.CARD)
                    && AccountLabels.numberSign(Folding.fold(words.get(i + 1).text()))) {
                return true;
            }
        }
        return false;
    }

    /** Inserts the grid's lines into {@code lines}, each before the first line printed below it. */
    static void insert(List<Line> lines, List<Line> grid) {
        for (Line g : grid) {
            int at = lines.size();
            for (int k = 0; k < lines.size(); k++) {
                Line l = lines.get(k);
                if (l.page() > g.page() || l.page() == g.page() && l.y() > g.y()) {
                    at = k;
                    break;
                }
            }
            lines.add(at, g);
        }
    }
}
