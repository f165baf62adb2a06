package dev.pdfbulk.model;

/**
 * One word as printed on a page: its text and its box in PDF user-space units, measured from the
 * page's top-left corner (y grows downwards).
 *
 * @param text   the word, never empty (a value rejoined from a wrapped cell may hold a space)
 * @param x      left edge
 * @param y      baseline
 * @param width  advance width of the whole word
 * @param height font size in points (glyph boxes are unreliable), used to tell lines and cells apart
 * @param space  width of a space in the word's font: the gap that separates words, not cells
 */
public record Word(String text, float x, float y, float width, float height, float space) {
    public Word {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty word");
        }
        if (!(space > 0)) {
            space = DEFAULT_SPACE_EM * height;
        }
    }

    /** A space in a typical proportional font is about this share of the font size. */
    public static final float DEFAULT_SPACE_EM = 0.28f;

    /** A word whose font's space width is not known: a typical proportional font's is assumed. */
    public Word(String text, float x, float y, float width, float height) {
        this(text, x, y, width, height, DEFAULT_SPACE_EM * height);
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
