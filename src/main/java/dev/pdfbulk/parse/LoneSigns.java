package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Map;

/**
 * A local currency sign that is also a letter or a word alone ("Q" quetzal, "L" lempira, "Bs" boliviano), which
 * {@link AmountPattern} leaves out, set a space before an amount in the amount's own cell ("Q 669.24",
 * "-Q 3,632.10"): the amount's sign, its minus the amount's, no text of the row. Only where it starts its cell (a
 * phrase apart from the text) or stands outside every text area, so an initial ending a description ("JOHN Q")
 * stays text. Stateless and thread-safe.
 */
final class LoneSigns {

    private LoneSigns() {
    }

    // 1 for a sign, -1 for a sign with a minus before it ("-Q"), 0 for anything else.
    static int sign(String text) {
        int n = text.length();
        if (n == 0 || n > 4) {
            return 0;
        }
        boolean minus = text.charAt(0) == '-' || text.charAt(0) == '\u2212';
        String s = minus ? text.substring(1) : text;
        boolean sign = switch (s) {
            case "Q", "L", "K", "Bs", "Bs.", "B/.", "Gs", "₲" -> true;
            default -> false;
        };
        return !sign ? 0 : minus ? -1 : 1;
    }

    /**
     * Where words[to - 1] is such a sign, first of the cell's words or outside every text area, right before the amount just filed under
     * {@code placed}: takes it into the amount (its minus too) and returns to - 1; else returns to.
     */
    static int take(List<Word> words, int from, int to, ColumnKind placed, Map<ColumnKind, Amount> money,
                    List<TableColumns.TextArea> areas, float em) {
        if (to <= from || placed == null) {
            return to;
        }
        Word w = words.get(to - 1);
        int sign = sign(w.text());
        Amount a = money.get(placed);
        if (sign == 0 || a == null || to - 1 != from && TableColumns.textArea(areas, w.x(), w.right(), em) >= 0
                || sign < 0 && a.mark() != Amount.Mark.NONE) {
            return to;
        }
        if (sign < 0) {
            money.put(placed, new Amount(a.magnitude(), Amount.Mark.MINUS, a.currency(), a.number()));
        }
        return to - 1;
    }
}
