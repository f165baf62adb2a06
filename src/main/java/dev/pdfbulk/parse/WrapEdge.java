package dev.pdfbulk.parse;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What the words say of where text between two rows belongs, measured in points against the edge the description
 * column wraps at ({@link WordWrap} counts characters). That edge lies between the right end of the column's widest
 * line and the reach of every line (the next column's start less the gap that sets cells apart), so the table shows
 * its width even where one row alone wraps. Between a row and the next, evenly spaced, a block of text is either the
 * rest of the row above (a grid aligned to the top of its cells) or the first lines of the row below (aligned to the
 * bottom). Where the row above had room within the widest line for the text's first word (its paragraph ended
 * there) and the text's last line had room for the next row's first word nowhere short of the next column, the text
 * begins the row below ("RECIBO IBERDROLA CLIENTES REFERENCIA 745948 TARJETA 4412" over "TRANSFERENCIA ALQUILER ...
 * OPERACION", 16 pt from the next column, over "564952 LOCALIDAD MADRID TERMINAL 694,99"); so does text with no room
 * for it within the widest line alone where the text is one of the table's full lines ({@link WordWrap#fullLines}),
 * ends short of the widest (another line proves the column reaches that far) and no block's text ends short of the
 * next row's first word (probe fz_115_L4). Where neither ends short
 * (both full, as wrapped lines are: the text against the next column, or both within a tenth of the widest line's
 * span from the column's left edge), no block's text ends short of the next row's first word (as a row's last line
 * does), and the table shows its descriptions wrap at the column's width (two lines or more between the same two
 * rows, the first too full for the second's first word: one row's lines, whichever way rows wrap; or three lines at
 * least within a tenth of its widest, counted in characters, {@link WordWrap#fullLines}: probe fz_131_L4, "BILL
 * PAYMENT TESCO ... 5446" over "PAYMENT RECEIVED ... AUTH" over "CODE 9612"), nothing tells the sides apart, and the
 * text is in doubt all the same. A block whose row and text both end short, or whose text has a
 * line with room for the next line's first word, shows descriptions broken other than by width ("Card payment" over
 * "LIDL SLOVENSKA REPUBLIKA"): the table's words then say nothing. Stateless and thread-safe.
 */
final class WrapEdge {

    // Room to spare, in points, for a word to count as fitting: glyph advances are rounded, kerning ignored.
    private static final float TOLERANCE = 0.5f;

    // The share of the widest line's span a line must reach to count as full in points, as WordWrap counts characters.
    private static final float SPARE = 0.9f;

    private WrapEdge() {
    }

    /** The text lines between two complete rows on one page that may begin the row below by their words' widths. */
    static Set<TableLine> beginningRowBelow(List<TableLine> lines) {
        float widest = Float.NEGATIVE_INFINITY;
        float reach = Float.POSITIVE_INFINITY;
        float left = Float.POSITIVE_INFINITY;
        for (TableLine line : lines) {
            TableLine.Fit fit = line.fit();
            if (fit != null) {
                reach = Math.min(reach, fit.reach());
                left = Math.min(left, fit.left());
                if (line.marker() == null && line.description().indexOf(' ') > 0) {
                    widest = Math.max(widest, fit.right());
                }
            }
        }
        if (!(widest < reach)) {
            // No text measured, or some ran past the next column's start: no edge to wrap at.
            return Set.of();
        }
        Set<TableLine> below = null;
        Set<TableLine> undecided = null;
        // Text under a row that ended short, itself ending as a wrap does though not full against the next column.
        Set<TableLine> leaning = null;
        boolean aboveShown = false;
        // Lines the column's width filled, counted in characters: a text line among them ends where a wrap would.
        Set<TableLine> full = WordWrap.fullLines(lines);
        // Three lines at least within a tenth of the widest (the descriptions run up against a width, as wrapped ones
        // do), or two lines or more between the same two rows, the first too full for the second's first word (one
        // row's lines, whichever way rows wrap, wrapped at the column's width).
        boolean widthShown = !full.isEmpty();
        for (int k = 0; k + 1 < lines.size(); k++) {
            TableLine row = lines.get(k);
            int j = WordWrap.blockEnd(lines, k);
            if (j < 0 || !measured(lines, k, j)) {
                continue;
            }
            for (int t = k + 1; t + 1 < j; t++) {
                if (fits(lines.get(t), lines.get(t + 1), widest)) {
                    // One row's text lines, one of which had room for the next's first word: no width-wrap.
                    return Set.of();
                }
            }
            widthShown |= j > k + 2;
            boolean rowShort = fits(row, lines.get(k + 1), widest);
            boolean textShort = fits(lines.get(j - 1), lines.get(j), widest);
            boolean textFull = lines.get(j - 1).fit().right() + lines.get(j).fit().lead() > reach;
            if (rowShort && textShort) {
                return Set.of();
            }
            if (rowShort && textFull) {
                below = add(below, lines.subList(k + 1, j));
            } else if (rowShort && !textShort && full.contains(lines.get(j - 1))
                    && lines.get(j - 1).fit().right() < widest - TOLERANCE) {
                // Full as the column's full lines are, short of the widest by less than the next row's first word.
                leaning = add(leaning, lines.subList(k + 1, j));
            } else if (textShort) {
                aboveShown = true;
            } else if (!rowShort && (textFull
                    || nearWidest(row, left, widest) && nearWidest(lines.get(j - 1), left, widest))) {
                // Both full, against the next column or within a tenth of the widest: either may end as a wrap.
                undecided = add(undecided, lines.subList(k + 1, j));
            }
        }
        if (leaning != null && !aboveShown) {
            below = add(below, leaning);
        }
        if (undecided != null && !aboveShown && widthShown) {
            below = add(below, undecided);
        }
        return below != null ? below : Set.of();
    }

    // Whether the line's text, measured from the column's left edge, spans nine tenths of the widest line's at least.
    private static boolean nearWidest(TableLine line, float left, float widest) {
        return line.fit().right() - left >= SPARE * (widest - left);
    }

    // Whether the line had room, within the widest line, for the first word of the one after it.
    private static boolean fits(TableLine line, TableLine after, float widest) {
        return line.fit().right() + after.fit().lead() <= widest - TOLERANCE;
    }

    private static boolean measured(List<TableLine> lines, int from, int to) {
        for (int t = from; t <= to; t++) {
            if (lines.get(t).fit() == null) {
                return false;
            }
        }
        return true;
    }

    private static Set<TableLine> add(Set<TableLine> set, Collection<TableLine> lines) {
        Set<TableLine> out = set != null ? set : Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(lines);
        return out;
    }
}
