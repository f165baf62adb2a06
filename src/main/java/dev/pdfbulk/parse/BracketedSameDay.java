package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A date followed by the same day in brackets, in another calendar (Japan Post's "令和7年5月1日（2025年5月1日）", the
 * Reiwa era's day then the Common Era's), read as the one date it is: the bracket dropped, whether glued to the date
 * and its range or set as a word of its own. A bracketed date naming another day stays. Stateless.
 */
final class BracketedSameDay {

    private static final String OPEN = "(（";
    private static final String CLOSE = ")）";

    private BracketedSameDay() {
    }

    /** The words with each bracketed repeat of the date before it dropped; the same list when there is none. */
    static List<Word> dropped(List<Word> words) {
        List<Word> out = words;
        for (int i = 0; i < out.size(); i++) {
            Word w = out.get(i);
            String t = w.text();
            // Cheap test first: only a word holding a bracket may repeat a date.
            if (t.indexOf('（') < 0 && t.indexOf('(') < 0) {
                continue;
            }
            if (i > 0 && OPEN.indexOf(t.charAt(0)) >= 0 && closes(t, 0) == t.length() - 1) {
                if (sameDay(out.get(i - 1).text(), t.substring(1, t.length() - 1))) {
                    out = new ArrayList<>(out);
                    out.remove(i--);
                }
                continue;
            }
            String kept = stripped(t);
            if (kept != null) {
                out = new ArrayList<>(out);
                out.set(i, new Word(kept, w.x(), w.y(), w.width(), w.height(), w.space()));
            }
        }
        return out;
    }

    // The word without each bracket repeating the date right before it, or null when it holds none.
    private static String stripped(String t) {
        StringBuilder out = new StringBuilder(t.length());
        int from = 0;
        for (int open = next(t, 0); open > 0; open = next(t, from)) {
            int close = closes(t, open);
            if (close < 0) {
                break;
            }
            out.append(t, from, open);
            if (!sameDay(t.substring(from, open), t.substring(open + 1, close))) {
                out.append(t, open, close + 1);
            }
            from = close + 1;
        }
        if (from == 0) {
            return null;
        }
        out.append(t, from, t.length());
        return out.length() < t.length() ? out.toString() : null;
    }

    private static int next(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            if (OPEN.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int closes(String t, int open) {
        for (int i = open + 1; i < t.length(); i++) {
            if (CLOSE.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    // Whether the text before a bracket ends with a date (past a label or a range's joint) naming the bracket's day.
    private static boolean sameDay(String before, String inner) {
        Optional<RawDate> repeat = DateParser.parse(inner);
        if (repeat.isEmpty() || repeat.get().year() == null) {
            return false;
        }
        for (int s = 0; s < before.length(); s++) {
            Optional<RawDate> date = DateParser.parse(before.substring(s));
            if (date.isPresent()) {
                RawDate a = date.get();
                RawDate b = repeat.get();
                return Objects.equals(a.year(), b.year()) && a.month(RawDate.Order.DAY_FIRST) == b.month(
                        RawDate.Order.DAY_FIRST) && a.day(RawDate.Order.DAY_FIRST) == b.day(RawDate.Order.DAY_FIRST);
            }
        }
        return false;
    }
}
