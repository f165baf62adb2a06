package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/**
 * A line's header facts ({@link HeaderWords#lineFacts}) remembered for the lines looked at last: header detection
 * asks about a line with a header word, then about the lines above and below it, and each of those is asked again
 * as a line of its own (four lines in ten on the bench corpus). A line's words are an unmodifiable list that the
 * stitchers pass on unchanged when they rebuild a line, so the list itself is the key, compared by identity.
 * Thread-safe: each slot holds an immutable entry, read and written without locks; a slot lost to another thread only
 * costs a look-up.
 */
final class LineFacts {

    private static final int SLOT_BITS = 6;
    private static final Known[] RECENT = new Known[1 << SLOT_BITS];

    private record Known(List<Word> words, int facts) {
    }

    private LineFacts() {
    }

    /** {@link HeaderWords#lineFacts} of the line's words. */
    static int of(Line line) {
        List<Word> words = line.words();
        // A line's baseline and page tell the lines of a page and its neighbours apart, and cost no hashing.
        int slot = (Float.floatToRawIntBits(line.y()) + line.page()) * 0x9E3779B9 >>> (Integer.SIZE - SLOT_BITS);
        Known known = RECENT[slot];
        if (known != null && known.words == words) {
            return known.facts;
        }
        int facts = HeaderWords.lineFacts(words);
        RECENT[slot] = new Known(words, facts);
        return facts;
    }
}
