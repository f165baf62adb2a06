package dev.pdfbulk.model;

/**
 * One word as printed on a page: its text and its box in PDF user-space units, measured from the
 * page's top-left corner (y grows downwards).
 *
 * @param text   the word, never empty, never containing whitespace
 * @param x      left edge
 * @param y      baseline
 * @param width  advance width of the whole word
 * @param height font size in points (glyph boxes are unreliable), used to tell lines and cells apart
 */
public record Word(String text, float x, float y, float width, float height) {
    public Word {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty word");
        }
    }

    /** Right edge of the word. */
    public float right() {
        return x + width;
    }

    /** Horizontal centre, used to decide which column a value falls under. */
    public float centre() {
        return x + width / 2;
    }
}
