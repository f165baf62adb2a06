package dev.pdfbulk.parse;

import java.util.Objects;

/**
 * A column of a transaction table, as placed by its header.
 *
 * @param kind       what it holds
 * @param left       left edge of the header text
 * @param right      right edge of the header text
 * @param valueRight the right edge the column's amounts share when they are set right of a header printed at the
 *                   column's left ({@link AmountEdges}); NaN when not learned
 * @param cellLeft   the left edge a text column's cells share when they start left of a header centred over them
 *                   ({@link TextEdges}); NaN when not learned
 */
record Column(ColumnKind kind, float left, float right, float valueRight, float cellLeft) {

    Column(ColumnKind kind, float left, float right) {
        this(kind, left, right, Float.NaN, Float.NaN);
    }

    Column withValueRight(float edge) {
        return new Column(kind, left, right, edge, cellLeft);
    }

    Column withCellLeft(float edge) {
        return new Column(kind, left, right, valueRight, edge);
    }

    /** Where the column's cells start: the header's left edge, or the cells' own when they start further left. */
    float start() {
        return Float.isNaN(cellLeft) ? left : Math.min(left, cellLeft);
    }

    float centre() {
        return (left + right) / 2;
    }

    /**
     * How far a value is from lining up with this column: the best of right-aligned, left-aligned and
     * centred readings, or the overlap when the value sits inside the header's span.
     */
    float misalignment(float valueLeft, float valueRight) {
        float byRight = Math.abs(valueRight - right);
        float byLeft = Math.abs(valueLeft - left);
        float byCentre = Math.abs((valueLeft + valueRight) / 2 - centre());
        float best = Math.min(byRight, Math.min(byLeft, byCentre));
        if (valueLeft >= left - 1 && valueRight <= right + 1) {
            return 0;
        }
        return best;
    }

    // Written out as the record's own would be (same values, so the same hash order): the generated ones spin
    // method-handle classes at run time, with the JDK's ASM, on the first lines they hash (docs/performance.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof Column c && kind == c.kind && same(left, c.left) && same(right, c.right)
                && same(valueRight, c.valueRight) && same(cellLeft, c.cellLeft);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(kind);
        h = 31 * h + Float.hashCode(left);
        h = 31 * h + Float.hashCode(right);
        h = 31 * h + Float.hashCode(valueRight);
        return 31 * h + Float.hashCode(cellLeft);
    }

    // A record's float components compare as Float.compare does: NaN equals NaN, 0.0 differs from -0.0.
    static boolean same(float a, float b) {
        return Float.floatToIntBits(a) == Float.floatToIntBits(b);
    }
}
