package dev.pdfbulk.parse;

import java.util.Arrays;
import java.util.List;

/**
 * The edge most of a column's items line up on: the left edge left-aligned text cells share ({@link TextEdges}) or
 * the right edge right-aligned amounts share ({@link AmountEdges}). Stateless.
 */
final class SharedEdge {

    /** Aligned items meet at the same point, give or take rounding of glyph positions and widths. */
    static final float EDGE_EM = 0.15f;
    /** An edge is the column's only when several items share it, and most of the column's items do. */
    static final int MIN_SHARED = 3;

    /**
     * The edge, and how many items lie on it (within {@link #EDGE_EM} of their text height).
     *
     * @param edge  NaN when there are no items
     * @param count the items on it
     */
    record Vote(float edge, int count) {

        /** True when at least {@link #MIN_SHARED} of {@code items} and more than half of them lie on the edge. */
        boolean isMost(int items) {
            return count >= MIN_SHARED && 2 * count > items;
        }
    }

    private SharedEdge() {
    }

    /**
     * The position most items share, the first such in the list on a tie.
     *
     * @param items  each an array holding a position and a text height
     * @param at     index of the position in each array
     * @param height index of the text height in each array
     */
    static Vote of(List<float[]> items, int at, int height) {
        int n = items.size();
        float[] sorted = new float[n];
        for (int i = 0; i < n; i++) {
            float[] a = items.get(i);
            if (!Float.isFinite(a[at]) || !Float.isFinite(a[height])) {
                return byPairs(items, at, height);
            }
            sorted[i] = a[at];
        }
        // Counted in the sorted positions, not against every other item (a page's column is tens of items, each
        // counted at every column of every page): the items within reach of a position are a run of them.
        Arrays.sort(sorted);
        float best = Float.NaN;
        int bestCount = 0;
        for (float[] a : items) {
            float reach = EDGE_EM * a[height];
            int count = Math.max(0, firstBelow(sorted, a[at], -reach) - firstWithin(sorted, a[at], reach));
            if (count > bestCount) {
                best = a[at];
                bestCount = count;
            }
        }
        return new Vote(best, bestCount);
    }

    // The first sorted position b with p - b <= reach: p - b falls (never rises) as b rises, in float as in reals.
    private static int firstWithin(float[] sorted, float p, float reach) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p - sorted[mid] <= reach) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // The first sorted position b with p - b < floor.
    private static int firstBelow(float[] sorted, float p, float floor) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p - sorted[mid] < floor) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // Every item against every other: where a position or height is not finite, sorting cannot order the distances.
    private static Vote byPairs(List<float[]> items, int at, int height) {
        float best = Float.NaN;
        int bestCount = 0;
        for (float[] a : items) {
            int count = 0;
            for (float[] b : items) {
                if (Math.abs(a[at] - b[at]) <= EDGE_EM * a[height]) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = a[at];
                bestCount = count;
            }
        }
        return new Vote(best, bestCount);
    }
}
