package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The money cells of a table line for {@link LineClassifier}: peels an amount off the end of a cell's words and
 * files it under the money column it lines up with (by its edges, else the nearest free column within reach, a fee
 * column first where it is one), into the line's {@code money} map and {@code placed[0]}. Stateless and
 * thread-safe; the map and array are the caller's, filled in place; no argument may be null.
 */
final class AmountCells {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private AmountCells() {
    }

    // Peels an amount off the end of words[from, to) while it lines up with a money column; returns the new end.
    static int take(List<Word> words, int from, int to, TableColumns columns, Map<ColumnKind, Amount> money,
                    float em, CellReading cellReading, boolean wholeRow, ColumnKind[] placed) {
        if (to > from && nil(words.get(to - 1).text())) {
            // "Nil" in the balance column (Commonwealth Bank's): a balance of nothing, no text of the row.
            Word w = words.get(to - 1);
            Column c = AmountEdges.columnOf(columns, w.x(), w.right(), em, money.keySet());
            c = c != null ? c : nearest(w.x(), w.right(), columns, money, em);
            if (c != null && c.kind() == ColumnKind.BALANCE) {
                money.put(ColumnKind.BALANCE, new Amount(ZERO, Amount.Mark.NONE, null, "0.00"));
                placed[0] = ColumnKind.BALANCE;
                return to - 1;
            }
        }
        int longest = Math.min(4, to - from);
        // Amounts with minor units first, as printed almost always; only a cell with none of them is tried for
        // a whole amount, which is kept only under a money column (below), so the common row pays nothing more.
        // A plain "707" last, on a row whose amounts are all whole (WholeAmounts).
        // Each pass tries the same texts: joined once. Pass 1 comes only after pass 0 read none of them.
        String[] texts = new String[Math.max(longest, 0) + 1];
        for (int pass = 0; pass < (wholeRow ? 3 : 2); pass++) {
            for (int n = longest; n >= 1; n--) {
                String text = texts[n] != null ? texts[n] : (texts[n] = Phrase.join(words, to - n, to));
                Optional<Amount> amount = pass == 0 ? AmountParser.parse(text)
                        : pass == 1 ? cellReading.undecimalInMoneyPlace(text) : WholeAmounts.small(text);
                if (amount.isPresent()) {
                    return place(words, to - n, to, amount.get(), columns, money, em, placed);
                }
            }
        }
        return to;
    }

    private static boolean nil(String text) {
        return text.length() == 3 && (text.equals("Nil") || text.equals("NIL"));
    }

    // Files the amount of words[start, to) under the money column it lines up with; returns the new end.
    private static int place(List<Word> words, int start, int to, Amount amount, TableColumns columns,
                             Map<ColumnKind, Amount> money, float em, ColumnKind[] placed) {
        float left = words.get(start).x();
        float right = words.get(to - 1).right();
        // An amount ending where its column's amounts end, between that header's start and the next header's, is
        // that column's however far it starts from the header word, and however near the next header word it ends.
        Column best = AmountEdges.columnOf(columns, left, right, em, money.keySet());
        if (best == null) {
            best = nearest(left, right, columns, money, em);
        }
        Column fee = FeeCells.column(columns, left, right, em, money, best);
        best = fee != null ? fee : best;
        if (best != null) {
            money.put(best.kind(), amount);
            placed[0] = best.kind();
            return start;
        }
        return to;
    }

    // The free money column the value lines up with best, within reach; null when none.
    private static Column nearest(float left, float right, TableColumns columns, Map<ColumnKind, Amount> money,
                                  float em) {
        Column best = null;
        float bestMiss = LineClassifier.REACH_EM * em;
        for (Column c : columns.money()) {
            float miss = c.misalignment(left, right);
            if (miss <= bestMiss && (best == null || miss < bestMiss) && !money.containsKey(c.kind())) {
                best = c;
                bestMiss = miss;
            }
        }
        return best;
    }
}
