package dev.pdfbulk.testing;

/**
 * Width of a text as the writer will draw it, so composition can wrap and right-align without PDFBox.
 * Implementations throw {@link IllegalArgumentException} for a character the font cannot encode.
 */
@FunctionalInterface
interface TextMeasure {

    /** Advance width in points of {@code text} at {@code size}, in the bold face when {@code bold}. */
    float width(String text, boolean bold, float size);
}
