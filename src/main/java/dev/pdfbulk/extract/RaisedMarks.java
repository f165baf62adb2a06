package dev.pdfbulk.extract;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;

/**
 * Tells footnote marks set as superscripts by the text rise ({@code Ts}): a digit or reference sign raised by a
 * quarter of its size or more and smaller than the text drawn before it ("93,50¹", "... USD¹"). It points to a note
 * and is no text of its line: read on the line it would be glued to the amount ("93,501") or the description.
 * Not thread-safe: one instance per reader.
 */
final class RaisedMarks {

    // Raised by at least this share of its font size: a superscript, not jitter.
    private static final float RISE_EM = 0.25f;
    // At most this share of the size of the text on the baseline before it.
    private static final float SMALLER = 0.85f;
    private static final String SIGNS = "*\u2020\u2021\u00a7\u00b9\u00b2\u00b3";

    // The rendered size of the last glyph drawn without a rise; 0 at a page's start.
    private float baseSize;

    void startPage() {
        baseSize = 0;
    }

    /** Whether the glyph about to be shown is a raised footnote mark; remembers the size of one on its baseline. */
    boolean isMark(PDTextState state, Matrix rendering, PDFont font, int code) {
        float size = Math.abs(rendering.getScalingFactorY());
        float rise = state.getRise();
        if (rise <= 0) {
            baseSize = rise == 0 ? size : baseSize;
            return false;
        }
        if (rise < RISE_EM * Math.abs(state.getFontSize()) || size > SMALLER * baseSize) {
            return false;
        }
        String text;
        try {
            text = font.toUnicode(code);
        } catch (RuntimeException e) {
            return false;
        }
        return text != null && text.length() == 1 && (Character.isDigit(text.charAt(0))
                || SIGNS.indexOf(text.charAt(0)) >= 0);
    }
}
