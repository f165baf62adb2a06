package dev.pdfbulk.extract;

/**
 * Digits of other scripts read as the ASCII digits of their value: pages set in an Arabic (or Persian, Devanagari,
 * Bengali, Thai...) locale print amounts, dates and account numbers in that script's digits ("١٢٬٣٤٥٫٦٧" for
 * 12,345.67, "٠٥/٠٦/٢٠٢٥"), which every reader of numbers here expects in ASCII. The Arabic decimal and thousands
 * separators (U+066B, U+066C) read as "." and ",", which they always are. Full-width digits (U+FF10-U+FF19) stay:
 * they are the ASCII digits' wide forms, read as such where text is compared. Stateless and thread-safe.
 */
final class NativeDigits {

    // The first script digit in the BMP past ASCII (ARABIC-INDIC DIGIT ZERO): every char below it is left as it is.
    private static final char FIRST = '\u0660';
    private static final char ARABIC_DECIMAL = '\u066B';
    private static final char ARABIC_THOUSANDS = '\u066C';

    private NativeDigits() {
    }

    /** The glyph's text with script digits and the Arabic separators in ASCII; the same string when it has none. */
    static String ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST && folded(text.charAt(i)) != text.charAt(i)) {
                return asciiFrom(text, i);
            }
        }
        return text;
    }

    private static String asciiFrom(String text, int from) {
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, from);
        for (int i = from; i < text.length(); i++) {
            out.append(folded(text.charAt(i)));
        }
        return out.toString();
    }

    private static char folded(char c) {
        if (c < FIRST || c >= '\uFF10' && c <= '\uFF19') {
            return c;
        }
        if (c == ARABIC_DECIMAL) {
            return '.';
        }
        if (c == ARABIC_THOUSANDS) {
            return ',';
        }
        return Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c;
    }
}
