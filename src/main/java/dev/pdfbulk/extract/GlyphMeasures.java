package dev.pdfbulk.extract;

import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/** A glyph PDFBox reported, measured for the word assembler in top-left page coordinates. */
final class GlyphMeasures {

    private GlyphMeasures() {
    }

    static WordAssembler.Glyph glyph(TextPosition t, String text) {
        return new WordAssembler.Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir(),
                renderedSize(t), spaceWidth(t), baselineAngle(t));
    }

    // The direction the glyph's baseline runs on the page: the text rendering matrix's x axis.
    private static float baselineAngle(TextPosition t) {
        Matrix m = t.getTextMatrix();
        double degrees = Math.toDegrees(Math.atan2(m.getValue(0, 1), m.getValue(0, 0)));
        return (float) (degrees < 0 ? degrees + 360 : degrees);
    }

    // The text's size on the page: Tf size scaled by the text and graphics matrices (Chrome draws 11 px text
    // as an 11-unit font under a 0.75 scale). getFontSizeInPt ignores the graphics matrix.
    private static float renderedSize(TextPosition t) {
        float y = Math.abs(t.getYScale());
        return y > 0 ? y : t.getFontSizeInPt();
    }

    // PDFBox reports the space width in text space; scale it like the glyph widths.
    private static float spaceWidth(TextPosition t) {
        float space = t.getWidthOfSpace();
        return Float.isFinite(space) && space > 0 ? space : 0;
    }
}
