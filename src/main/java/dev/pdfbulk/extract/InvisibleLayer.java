package dev.pdfbulk.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops the strings of an invisible text layer (render mode 3: an OCR or "searchable text" layer) that lie over
 * printed glyphs, which already say what they say: read both and every word comes twice. An invisible string over
 * nothing printed (the OCR layer of a scanned page) is the page's only text and is kept.
 */
final class InvisibleLayer {

    // Rows of this many points index the printed glyphs, so each invisible one is compared with its neighbours only.
    private static final float ROW = 8f;
    // An invisible glyph covering this share of a printed glyph's width and height (or its own) duplicates it.
    private static final float OVERLAP = 0.5f;

    private InvisibleLayer() {
    }

    /** The glyphs in drawing order without the invisible runs (marked in invisible) lying mostly over printed glyphs. */
    static List<WordAssembler.Glyph> withoutDuplicates(List<WordAssembler.Glyph> glyphs, BitSet invisible) {
        if (invisible.isEmpty()) {
            return glyphs;
        }
        Map<Integer, List<WordAssembler.Glyph>> rows = new HashMap<>();
        for (int i = 0; i < glyphs.size(); i++) {
            if (!invisible.get(i)) {
                WordAssembler.Glyph g = glyphs.get(i);
                rows.computeIfAbsent(row(g.y()), r -> new ArrayList<>()).add(g);
            }
        }
        if (rows.isEmpty()) {
            return glyphs;
        }
        // Judged by runs (an invisible string's glyphs drawn one after another on one baseline): a layer fitted to
        // the print in another font has glyphs over the gaps between printed words too, duplicates all the same.
        BitSet drop = new BitSet();
        int i = invisible.nextSetBit(0);
        while (i >= 0) {
            int end = i + 1;
            while (end < glyphs.size() && invisible.get(end) && sameBaseline(glyphs.get(i), glyphs.get(end))) {
                end++;
            }
            int over = 0;
            for (int k = i; k < end; k++) {
                over += overPrinted(glyphs.get(k), rows) ? 1 : 0;
            }
            if (2 * over >= end - i) {
                drop.set(i, end);
            }
            i = invisible.nextSetBit(end);
        }
        List<WordAssembler.Glyph> kept = new ArrayList<>(glyphs.size());
        for (int k = 0; k < glyphs.size(); k++) {
            if (!drop.get(k)) {
                kept.add(glyphs.get(k));
            }
        }
        return kept;
    }

    private static boolean sameBaseline(WordAssembler.Glyph a, WordAssembler.Glyph b) {
        return Math.abs(a.y() - b.y()) <= 0.5f * Math.max(Math.abs(a.height()), 1);
    }

    private static boolean overPrinted(WordAssembler.Glyph g, Map<Integer, List<WordAssembler.Glyph>> rows) {
        float height = Math.max(Math.abs(g.height()), 1);
        for (int r = row(g.y() - height) - 1; r <= row(g.y() + height) + 1; r++) {
            for (WordAssembler.Glyph p : rows.getOrDefault(r, List.of())) {
                if (overlaps(g, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    // Boxes from the baseline (y, growing down the page) up by the glyph's height.
    private static boolean overlaps(WordAssembler.Glyph a, WordAssembler.Glyph b) {
        float across = Math.min(a.x() + Math.abs(a.width()), b.x() + Math.abs(b.width())) - Math.max(a.x(), b.x());
        float ha = Math.max(Math.abs(a.height()), 1);
        float hb = Math.max(Math.abs(b.height()), 1);
        float down = Math.min(a.y(), b.y()) - Math.max(a.y() - ha, b.y() - hb);
        return across >= OVERLAP * Math.min(Math.abs(a.width()), Math.abs(b.width()))
                && across > 0 && down >= OVERLAP * Math.min(ha, hb);
    }

    private static int row(float y) {
        return (int) Math.floor(y / ROW);
    }
}
