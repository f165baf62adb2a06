package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * A summary box set beside a table's first rows ("Opening Balance  $46.58", "Deposits/Credits  8,620.15", ...): its
 * lines share baselines with the header and the rows, so each of those lines would hold the box's label and amount
 * after the table's own cells. Such a block is told by its shape: three or more lines, each ending in a label and an
 * amount that start at one left edge and end at one right edge, set off from the text left of them by a wide gap;
 * the lines between them, the line above and the lines below the block reach no further than the gap, and no other
 * lines of the page start a word at the box's left edge (a column's edge). The line above may instead end in the
 * box's heading ("Account summary" on the table header's baseline): words at the box's edge with no figure. The box's words are taken
 * out of the table's lines and read as lines of their own, outside the table. Stateless and thread-safe.
 */
final class SideBox {

    // The gap between the table and the box: this many text heights at least (wider than any gap between cells).
    private static final float GAP_HEIGHTS = 1.5f;
    // The box's left edges and right edges line up within this many points.
    private static final float ALIGN = 2f;
    // A box holds a few figures; more lines alike are a table of their own.
    private static final int MIN_LINES = 3;
    private static final int MAX_LINES = 8;
    // Lines between two of the box's are no further apart than this many text heights.
    private static final float STEP_HEIGHTS = 3f;
    // A mark after a box's amount ("D", "CR") is this many characters at most.
    private static final int MARK = 3;
    // Lines below the box that must stay left of it: the table goes on, narrowed, under the box.
    private static final int BELOW = 3;

    /** The page's lines with the box taken out, and the box's own lines. */
    record Split(List<Line> lines, List<Line> box) {
    }

    private SideBox() {
    }

    /**
     * Splits {@code lines} (one page's, top to bottom) at a box beside them, in the right half of a page
     * {@code pageWidth} wide; the same list when there is none.
     */
    static Split split(List<Line> lines, float pageWidth) {
        for (int i = 0; i < lines.size(); i++) {
            int k = start(lines.get(i));
            if (k < 0) {
                continue;
            }
            Line first = lines.get(i);
            float left = first.words().get(k).x();
            float right = first.words().get(first.words().size() - 1).right();
            boolean close = i > 0 && first.y() - lines.get(i - 1).y() <= STEP_HEIGHTS * first.height();
            int title = close && !clear(lines.get(i - 1), left) ? titleAt(lines.get(i - 1), left, right) : -1;
            if (left < pageWidth / 2 || close && !clear(lines.get(i - 1), left) && title < 0) {
                // Left of the page's middle, or close under a line reaching over it: no box standing apart.
                continue;
            }
            Split split = blockFrom(lines, i, left, right, title);
            if (split != null) {
                return split;
            }
        }
        return new Split(lines, List.of());
    }

    // The box found with its first line at index `top`, its label at `left` and amounts ending at `right`; or null.
    // A `title` >= 0 is where the box's heading starts on the line above `top` ({@link #titleAt}).
    private static Split blockFrom(List<Line> lines, int top, float left, float right, int title) {
        List<Integer> members = new ArrayList<>();
        List<Integer> cuts = new ArrayList<>();
        int titled = title >= 0 ? 1 : 0;
        if (title >= 0) {
            members.add(top - 1);
            cuts.add(title);
        }
        boolean beside = title > 0;
        int last = top;
        for (int j = top; j < lines.size() && members.size() - titled <= MAX_LINES; j++) {
            Line line = lines.get(j);
            int k = at(line, left, right);
            if (k >= 0) {
                if (!members.isEmpty() && line.y() - lines.get(last).y() > STEP_HEIGHTS * line.height()) {
                    break;
                }
                members.add(j);
                cuts.add(k);
                beside |= k > 0;
                last = j;
            } else if (!clear(line, left)) {
                break;
            }
        }
        if (members.size() - titled < MIN_LINES || members.size() - titled > MAX_LINES || !beside) {
            return null;
        }
        // The rows under the box keep left of it: a table narrowed beside the box, not a column of its own.
        int below = 0;
        for (int j = last + 1; j < lines.size() && below < BELOW; j++, below++) {
            if (!clear(lines.get(j), left)) {
                return null;
            }
        }
        if (below == 0 || edgeElsewhere(lines, members, left)) {
            return null;
        }
        List<Line> out = new ArrayList<>(lines.size());
        List<Line> box = new ArrayList<>();
        int m = 0;
        for (int j = 0; j < lines.size(); j++) {
            Line line = lines.get(j);
            if (m < members.size() && members.get(m) == j) {
                int k = cuts.get(m++);
                if (k > 0) {
                    out.add(part(line, line.words().subList(0, k)));
                }
                box.add(part(line, line.words().subList(k, line.words().size())));
            } else {
                out.add(line);
            }
        }
        return new Split(out, box);
    }

    // True when two lines of the page outside the box have a word starting at its left edge: a column's edge, no
    // box's (one such word may stand there by chance: an account number set flush right in the page's head).
    private static boolean edgeElsewhere(List<Line> lines, List<Integer> members, float left) {
        int m = 0;
        int found = 0;
        for (int j = 0; j < lines.size(); j++) {
            if (m < members.size() && members.get(m) == j) {
                m++;
                continue;
            }
            for (Word w : lines.get(j).words()) {
                if (Math.abs(w.x() - left) <= ALIGN) {
                    if (++found == 2) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    // Where the box's heading starts on the line above its first figure ("Account summary" on the table header's
    // baseline): words from the box's left edge to the line's end, within its right edge, no figure among them, set
    // off from any words before by a wide gap; -1 when the line holds none.
    private static int titleAt(Line line, float left, float right) {
        List<Word> words = line.words();
        if (words.get(words.size() - 1).right() > right + ALIGN) {
            return -1;
        }
        for (int k = 0; k < words.size() && words.get(k).x() <= left + ALIGN; k++) {
            Word w = words.get(k);
            if (Math.abs(w.x() - left) > ALIGN) {
                continue;
            }
            if (!Character.isLetter(w.text().charAt(0)) || k > 0
                    && w.x() - words.get(k - 1).right() < GAP_HEIGHTS * Math.max(w.height(), words.get(k - 1).height())) {
                return -1;
            }
            for (int j = k; j < words.size(); j++) {
                if (lastIsDigitish(words.get(j).text())) {
                    return -1;
                }
            }
            return k;
        }
        return -1;
    }

    // True when the line ends a wide gap left of `left`.
    private static boolean clear(Line line, float left) {
        return line.words().get(line.words().size() - 1).right() < left - GAP_HEIGHTS * line.height();
    }

    // The index where this line's box part starts when it starts at `left` and ends at `right`; -1 otherwise.
    private static int at(Line line, float left, float right) {
        List<Word> words = line.words();
        if (Math.abs(words.get(words.size() - 1).right() - right) > ALIGN) {
            return -1;
        }
        for (int k = 0; k < words.size(); k++) {
            if (Math.abs(words.get(k).x() - left) <= ALIGN) {
                return boxFrom(words, k) ? k : -1;
            }
        }
        return -1;
    }

    // The first index of a box part ending this line: a label then an amount after a wide gap; -1 when none.
    private static int start(Line line) {
        List<Word> words = line.words();
        int n = words.size();
        // An amount last, or a short mark after it ("396.90 D", "12.00 CR").
        if (!lastIsDigitish(words.get(n - 1).text()) && (n < 2 || words.get(n - 1).text().length() > MARK
                || !lastIsDigitish(words.get(n - 2).text()))) {
            return -1;
        }
        for (int k = 0; k < words.size() - 1; k++) {
            if (boxFrom(words, k)) {
                return k;
            }
        }
        return -1;
    }

    // "1,234,567원", "$46.58", "(12.00)", "100.00 CR": a digit among the last word's characters.
    private static boolean lastIsDigitish(String text) {
        for (int c = 0; c < text.length(); c++) {
            if (Character.isDigit(text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    // True when words[k..] are a label and an amount, set off by a wide gap from any words left of them.
    private static boolean boxFrom(List<Word> words, int k) {
        Word label = words.get(k);
        if (!Character.isLetter(label.text().charAt(0))) {
            return false;
        }
        if (k > 0) {
            Word before = words.get(k - 1);
            if (label.x() - before.right() < GAP_HEIGHTS * Math.max(label.height(), before.height())) {
                return false;
            }
        }
        // Two cells: the label (no figure in it) and the amount, short marks beside it at most ("EUR", "D", "CR").
        int cells = 1;
        boolean figure = false;
        for (int w = k + 1; w < words.size(); w++) {
            Word a = words.get(w - 1);
            Word b = words.get(w);
            boolean digits = lastIsDigitish(b.text());
            if (b.x() - a.right() > Phrase.cellGap(a, b)) {
                cells++;
                if (cells > 2) {
                    return false;
                }
            } else if (cells == 1 && digits) {
                return false;
            }
            if (cells == 2 && !digits && b.text().length() > MARK) {
                return false;
            }
            figure |= cells == 2 && digits;
        }
        return cells == 2 && figure && !lastIsDigitish(label.text());
    }

    private static Line part(Line line, List<Word> words) {
        float y = Float.MAX_VALUE;
        float height = 0;
        for (Word w : words) {
            y = Math.min(y, w.y());
            height = Math.max(height, w.height());
        }
        return new Line(line.page(), y, height > 0 ? height : line.height(), words);
    }
}
