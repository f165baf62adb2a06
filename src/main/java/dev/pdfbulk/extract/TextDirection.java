package dev.pdfbulk.extract;

import dev.pdfbulk.extract.WordAssembler.Glyph;

import java.util.List;

/**
 * Keeps the glyphs that run the way the page's text runs. A watermark set at 45° across a table, or a
 * notice printed up the margin, is not part of any horizontal line: its glyphs land on the table's
 * lines at positions that mean nothing there (a giant letter over a header cell), so they are dropped.
 */
final class TextDirection {

    // Deskewed scans and hand-placed stamps tilt by a degree or two; a decoration is set well past this.
    private static final float TOLERANCE_DEGREES = 5;
    private static final int AXES = 4;

    private TextDirection() {
    }

    /**
     * The glyphs whose baseline runs along the page's main text direction: the one of the four axis
     * directions most glyphs take, so a page turned by its /Rotate entry (text drawn at 90° to read
     * upright) or drawn sideways keeps its text. A page with no glyph on an axis is left as it is.
     */
    static List<Glyph> alongLines(List<Glyph> glyphs) {
        int[] counts = new int[AXES];
        for (Glyph g : glyphs) {
            int axis = axis(g.angle());
            if (axis >= 0) {
                counts[axis]++;
            }
        }
        int main = 0;
        for (int axis = 1; axis < AXES; axis++) {
            if (counts[axis] > counts[main]) {
                main = axis;
            }
        }
        if (counts[main] == 0 || counts[main] == glyphs.size()) {
            return glyphs;
        }
        int along = main;
        return glyphs.stream().filter(g -> axis(g.angle()) == along).toList();
    }

    // The axis (0 = 0°, 1 = 90°, 2 = 180°, 3 = 270°) the angle lies on, or -1 when it lies between them.
    private static int axis(float angle) {
        float turns = angle / 90f;
        long nearest = Math.round(turns);
        if (Math.abs(turns - nearest) * 90f > TOLERANCE_DEGREES) {
            return -1;
        }
        return (int) Math.floorMod(nearest, AXES);
    }
}
