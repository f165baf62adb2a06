package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The text outside a table read as the cells of a grid, for labels that wrap inside their cell ("Previous"
 * over "balance", with the value between the two lines in the next cell to the right). A cell is a stack of
 * phrases, each under the one above it (overlapping it horizontally, nothing else between them) and no
 * further below it than a wrapped line. A label's value is the phrase nearest to the right of the label's
 * lines, level with one of them or between them; when that phrase is no amount, the label has no value
 * (the next label's value further right is never taken) unless one is set right under the label's last line,
 * overlapping it: a label heading its cell of a grid of values ("Beginning" over "balance" over "3,184.27").
 * Immutable once built.
 */
final class LabelCells {

    // Lines of one cell are at most this many text heights apart; rows of a grid are usually further apart.
    private static final float WRAP_PITCH = 1.5f;
    // A value is level with a label line when their baselines are closer than this share of the text height.
    private static final float LEVEL = 0.45f;
    // A value under its label is on the next line, at most this many text heights below the label's last line.
    private static final float UNDER_HEIGHTS = 2.5f;

    /** One phrase of a cell and the line it is printed on. */
    private record Part(Phrase phrase, Line line) {
    }

    private final List<Line> lines;
    private final List<List<Part>> cells;

    private LabelCells(List<Line> lines, List<List<Part>> cells) {
        this.lines = lines;
        this.cells = cells;
    }

    /** Groups the phrases of {@code lines} (in page and reading order) into cells. */
    static LabelCells of(List<Line> lines) {
        List<List<Part>> cells = new ArrayList<>();
        List<List<Part>> open = new ArrayList<>();
        int page = -1;
        for (Line line : lines) {
            if (line.page() != page) {
                open.clear();
                page = line.page();
            }
            for (Phrase p : Phrase.split(line)) {
                // A phrase closes every cell it is under; under two (a wider line) it belongs to neither.
                List<List<Part>> above = new ArrayList<>();
                for (Iterator<List<Part>> it = open.iterator(); it.hasNext(); ) {
                    List<Part> cell = it.next();
                    Phrase last = cell.get(cell.size() - 1).phrase();
                    if (last.left() < p.right() && p.left() < last.right()) {
                        above.add(cell);
                        it.remove();
                    }
                }
                List<Part> cell = above.size() == 1 && wrapsFrom(above.get(0), line) ? above.get(0) : new ArrayList<>();
                if (cell.isEmpty()) {
                    cells.add(cell);
                }
                cell.add(new Part(p, line));
                open.add(cell);
            }
        }
        return new LabelCells(List.copyOf(lines), cells);
    }

    private static boolean wrapsFrom(List<Part> cell, Line line) {
        Line last = cell.get(cell.size() - 1).line();
        return line.y() - last.y() <= WRAP_PITCH * Math.max(last.height(), line.height());
    }

    /**
     * The amount beside the first cell, in reading order, whose text holds {@code label} and whose label has
     * an amount as its right-hand neighbour; null when there is none.
     */
    Amount amountBeside(Pattern label) {
        for (List<Part> cell : cells) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[cell.size()];
            for (int k = 0; k < cell.size(); k++) {
                starts[k] = text.length();
                // Folded as the labels are written: lower case, no accents.
                text.append(Folding.fold(cell.get(k).phrase().text())).append(' ');
            }
            LabelSearch search = LabelSearch.of(label);
            for (MatchResult m = search.find(text, 0); m != null; m = search.find(text, m.end())) {
                Amount value = valueRightOf(cell.subList(partAt(starts, m.start()), partAt(starts, m.end() - 1) + 1));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static int partAt(int[] starts, int offset) {
        int k = 0;
        while (k + 1 < starts.length && starts[k + 1] <= offset) {
            k++;
        }
        return k;
    }

    // The nearest phrase right of the label's lines, from level with the first to level with the last.
    private Amount valueRightOf(List<Part> label) {
        Line first = label.get(0).line();
        Line last = label.get(label.size() - 1).line();
        float right = Float.NEGATIVE_INFINITY;
        for (Part part : label) {
            right = Math.max(right, part.phrase().right());
        }
        Phrase nearest = null;
        for (Line line : lines) {
            float level = LEVEL * Math.max(line.height(), first.height());
            if (line.page() != first.page() || line.y() < first.y() - level || line.y() > last.y() + level) {
                continue;
            }
            for (Phrase p : Phrase.split(line)) {
                if (p.left() > right && (nearest == null || p.left() < nearest.left())) {
                    nearest = p;
                }
            }
        }
        Optional<Amount> value = nearest == null ? Optional.empty() : AmountParser.parseInMoneyPlace(nearest.text());
        return value.orElseGet(() -> valueUnder(label));
    }

    // A label wrapped in its cell heading a grid of values ("Beginning" over "balance", the values on the line below):
    // the phrase right under the label's last line, overlapping it, when that phrase is an amount and no second
    // such amount stands under it (a grid listing several accounts, one a row, gives none of their balances). A label
    // on one line is read line by line (BalanceLabels), never here.
    private Amount valueUnder(List<Part> label) {
        Line last = label.get(label.size() - 1).line();
        if (last == label.get(0).line()) {
            return null;
        }
        float left = Float.POSITIVE_INFINITY;
        float right = Float.NEGATIVE_INFINITY;
        for (Part part : label) {
            left = Math.min(left, part.phrase().left());
            right = Math.max(right, part.phrase().right());
        }
        Line above = last;
        Amount value = null;
        for (Line line : lines) {
            if (line.page() != last.page() || line.y() <= above.y() + LEVEL * above.height()) {
                continue;
            }
            if (line.y() - above.y() > UNDER_HEIGHTS * Math.max(line.height(), above.height())) {
                return value;
            }
            Amount under = amountUnder(line, left, right);
            if (under == null || value != null) {
                // Nothing under the label, or a second row of values: the first is the label's only when alone.
                return value != null && under != null ? null : value;
            }
            value = under;
            above = line;
        }
        return value;
    }

    private static Amount amountUnder(Line line, float left, float right) {
        for (Phrase p : Phrase.split(line)) {
            if (p.left() < right && left < p.right()) {
                return AmountParser.parseInMoneyPlace(p.text()).orElse(null);
            }
        }
        return null;
    }
}
